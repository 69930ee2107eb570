// Stored drafts that do not validate whole are read field by field and entry by entry (audit of
// issue 12, gap 1): one wrong field, one reserved key or one broken nominee costs that field or
// that entry only, never the unit profile, every report or the whole nominee list; what is left
// out is named as the pages name it; the rescue file of such drafts is read back by the import.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { droppedParts, FORM_LABELS } from '../../src/islands/shared/droppedParts';
import { DRAFTS_KEY, drafts, type Drafts } from '../../src/storage/drafts';
import { exportUnreadable, serializeTransfer } from '../../src/storage/exportFile';
import { parseStored, readStored, salvage, UNREADABLE_COPY_KEY, updateDrafts } from '../../src/storage/store';
import { readTransfer } from '../../src/storage/transfer';
import { readRescue } from '../../src/storage/unreadable';
import { SAMPLE_TEXT, memoryStorage, sampleDrafts } from './storage-fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The sample drafts as stored (JSON), with `change` applied; the text to put under the drafts key. */
function storedWith(change: (stored: Json) => void): string {
  const stored: Json = JSON.parse(JSON.stringify(sampleDrafts()));
  change(stored);
  return JSON.stringify(stored);
}

/** Reads `raw` as the site does; the drafts must have been salvaged. */
function salvaged(raw: string): Drafts {
  const read = parseStored(raw);
  expect(read.state).toBe('salvaged');
  expect(read.raw).toBe(raw);
  // what is read is valid drafts whole: saving it writes nothing invalid
  expect(z.safeParse(drafts, read.drafts).success).toBe(true);
  return read.drafts;
}

const sample = () => z.parse(drafts, sampleDrafts());

describe('salvage of stored drafts, field by field', () => {
  it('one wrong-typed field of a report (votesInFavour: 7) costs that field only: the profile, the report’s sections and the nominees stay', () => {
    const raw = storedWith((d) => {
      d.dossier.reports['n-2'].votesInFavour = 7;
      d.dossier.reports['n-2'].achievementSummary = 'Tóm tắt giữ nguyên';
    });
    const read = salvaged(raw);
    expect(read.dossier.profile).toEqual(sample().dossier.profile);
    expect(read.dossier.reports['n-2']!.sections['thanh-tich']).toBe(SAMPLE_TEXT);
    expect(read.dossier.reports['n-2']!.achievementSummary).toBe('Tóm tắt giữ nguyên');
    expect(read.dossier.reports['n-2']!.earlierAwards).toEqual(sample().dossier.reports['n-2']!.earlierAwards);
    expect(read.dossier.reports['n-2']!.votesInFavour).toBe('');
    expect(read.quotaPlan).toEqual(sample().quotaPlan);
    expect(read.selfChecks).toEqual(sample().selfChecks);
    expect(droppedParts(raw)).toEqual(['Số phiếu đồng ý của báo cáo “Nguyễn Thị Hồng Nhung 🌸”: sai kiểu dữ liệu']);
  });

  it('a reserved key in the reports drops that entry only, named as a report with a wrong id', () => {
    const raw = storedWith((d) => {
      d.dossier.reports.constructor = { sections: { a: 'b' } };
    });
    const read = salvaged(raw);
    expect(Object.keys(read.dossier.reports)).toEqual(['n-2']);
    expect(read.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(Object.getPrototypeOf(read.dossier.reports)).toBeNull();
    expect(droppedParts(raw)).toEqual(['Báo cáo mã “constructor”: mã không hợp lệ']);
  });

  it('__proto__ keys, at the top of a record and inside an entry, go alone', () => {
    const raw = storedWith((d) => {
      d.selfChecks.current.answers.extra = 'yes';
    })
      .replace('"extra":"yes"', '"__proto__":"yes"')
      .replace('"selfChecks":{', '"selfChecks":{"__proto__":{"answers":{}},');
    const read = salvaged(raw);
    expect(Object.keys(read.selfChecks).sort()).toEqual(['current', 'n-1']);
    expect(read.selfChecks.current).toEqual(sample().selfChecks.current);
    expect(Object.getPrototypeOf(read.selfChecks.current!.answers)).toBeNull();
    expect(droppedParts(raw).sort()).toEqual(['Bản tự kiểm tra của mã “__proto__”: mã không hợp lệ', 'Câu trả lời “__proto__” của bản tự kiểm tra đang làm: mã không hợp lệ'].sort());
  });

  it('one bad field of one nominee costs that field: the list and the nominee’s other fields stay', () => {
    const raw = storedWith((d) => {
      d.quotaPlan.nominees[1].birthYear = 1985;
      d.quotaPlan.nominees[1].gender = 'khác';
    });
    const read = salvaged(raw);
    expect(read.quotaPlan.nominees.map((n) => n.id)).toEqual(['n-1', 'n-2']);
    expect(read.quotaPlan.nominees[1]).toMatchObject({ name: 'Nguyễn Thị Hồng Nhung 🌸', position: 'Tổ trưởng', birthYear: '', gender: '' });
    expect(read.quotaPlan.nominees[0]).toEqual(sample().quotaPlan.nominees[0]);
    expect(droppedParts(raw)).toEqual([
      'Năm sinh của đối tượng “Nguyễn Thị Hồng Nhung 🌸” trong kế hoạch số lượng: sai kiểu dữ liệu',
      'Giới tính của đối tượng “Nguyễn Thị Hồng Nhung 🌸” trong kế hoạch số lượng: giá trị không hợp lệ',
    ]);
  });

  it('a nominee that cannot be read without its type goes whole; the others, its report and its self-check stay', () => {
    const raw = storedWith((d) => {
      d.quotaPlan.nominees[0].type = 'robot';
    });
    const read = salvaged(raw);
    expect(read.quotaPlan.nominees.map((n) => n.id)).toEqual(['n-2']);
    expect(read.selfChecks['n-1']).toEqual(sample().selfChecks['n-1']);
    expect(read.dossier.reports['n-2']).toEqual(sample().dossier.reports['n-2']);
    const lines = droppedParts(raw);
    // a long name is shortened to 40 characters
    expect(lines).toEqual([
      'Loại (tập thể hay cá nhân) của đối tượng “Tổ bầu cử số 7 — phường Tân Lập 🗳️✅ Hoàn…” trong kế hoạch số lượng: giá trị không hợp lệ',
      'Đối tượng “Tổ bầu cử số 7 — phường Tân Lập 🗳️✅ Hoàn…” trong kế hoạch số lượng: không đọc được vì thiếu loại (tập thể hay cá nhân)',
    ]);
  });

  it('a second nominee with the same id goes, the first stays', () => {
    const raw = storedWith((d) => {
      d.quotaPlan.nominees[1].id = 'n-1';
    });
    const read = salvaged(raw);
    expect(read.quotaPlan.nominees).toEqual([sample().quotaPlan.nominees[0]]);
    expect(droppedParts(raw)[0]).toBe('Mã của đối tượng “Nguyễn Thị Hồng Nhung 🌸” trong kế hoạch số lượng: trùng mã với đối tượng thứ 1 của danh sách');
  });

  it('drops many entries of one list and keys beside it in one go without dropping a valid entry by mistake', () => {
    const raw = storedWith((d) => {
      const template = d.quotaPlan.nominees[1];
      d.quotaPlan.nominees = Array.from({ length: 12 }, (_, i) => ({ ...template, id: `n-${i}`, name: `Người ${i}` }));
      for (const i of [0, 3, 4, 7, 11]) d.quotaPlan.nominees[i].type = 'robot';
      for (const i of [2, 9]) d.quotaPlan.nominees[i].birthYear = 1980;
      d.dossier.reports.constructor = {};
      d.dossier.reports.prototype = {};
      d.selfChecks['có dấu'] = {};
    });
    const read = salvaged(raw);
    expect(read.quotaPlan.nominees.map((n) => n.name)).toEqual(['Người 1', 'Người 2', 'Người 5', 'Người 6', 'Người 8', 'Người 9', 'Người 10']);
    expect(read.quotaPlan.nominees.map((n) => n.birthYear)).toEqual(['1985', '', '1985', '1985', '1985', '', '1985']);
    expect(Object.keys(read.dossier.reports)).toEqual(['n-2']);
    expect(Object.keys(read.selfChecks).sort()).toEqual(['current', 'n-1']);
  });

  it('a wrong field of the meeting costs that field only (it used to empty the whole meeting, silently)', () => {
    const raw = storedWith((d) => {
      d.dossier.meeting = { venue: 'Hội trường', date: 20260315, membersTotal: '9' };
    });
    const read = salvaged(raw);
    expect(read.dossier.meeting).toMatchObject({ venue: 'Hội trường', date: '', membersTotal: '9' });
    expect(droppedParts(raw)).toEqual(['Ngày họp: sai kiểu dữ liệu']);
  });

  it('wrong fields of the profile, of a self-check, of an earlier award and of the bookkeeping are named too', () => {
    const raw = storedWith((d) => {
      d.dossier.profile.signerName = ['Nguyễn Văn A'];
      d.selfChecks.current.turnout.voted = 11990;
      d.dossier.reports['n-2'].earlierAwards[0].year = 2021;
      d.revision = -1;
    });
    const read = salvaged(raw);
    expect(read.dossier.profile).toMatchObject({ unitName: 'Ủy ban nhân dân phường Tân Lập', place: 'Buôn Ma Thuột', signerName: '' });
    expect(read.dossier.reports['n-2']!.earlierAwards[0]).toMatchObject({ year: '', award: 'Giấy khen' });
    expect(read.selfChecks.current!.turnout).toEqual({ registered: '12000', voted: '' });
    expect(droppedParts(raw).sort()).toEqual(
      [
        'Họ và tên người ký trong thông tin đơn vị: sai kiểu dữ liệu',
        'Số cử tri đã đi bầu của bản tự kiểm tra đang làm: sai kiểu dữ liệu',
        'Năm của dòng 1 của bảng khen thưởng đã nhận trong báo cáo “Nguyễn Thị Hồng Nhung 🌸”: sai kiểu dữ liệu',
        'Thông tin về các lần lưu: phải là số nguyên không âm',
      ].sort(),
    );
  });

  it('names the profile’s and the meeting’s fields as their forms do', async () => {
    const { PROFILE_FIELDS } = await import('../../src/islands/dossier/specs');
    const { MEETING_FIELDS, LETTER_FIELDS } = await import('../../src/islands/dossier/meetingSpecs');
    const shortened = (specs: readonly { key: string; label: string }[]) => Object.fromEntries(specs.map((spec) => [spec.key, spec.label.replace(/ \(.*\)$/, '')]));
    expect(FORM_LABELS.profile).toEqual({ ...shortened(PROFILE_FIELDS), legalBases: 'Căn cứ của tờ trình' });
    expect(FORM_LABELS.meeting).toEqual({ ...shortened([...MEETING_FIELDS, ...LETTER_FIELDS]), votingMethod: 'Hình thức biểu quyết' });
  });

  it('reads nothing of what is not drafts of this version, and drops nothing of valid drafts', () => {
    for (const json of [null, 42, [], 'x', { version: 99, selfChecks: {} }, { quotaPlan: {} }]) expect(salvage(json)).toBeNull();
    // nothing left once the one part there is dropped
    expect(parseStored(JSON.stringify({ version: 2, quotaPlan: 42 })).state).toBe('unreadable');
    expect(droppedParts(JSON.stringify(sampleDrafts()))).toEqual([]);
    expect(droppedParts('{hỏng')).toEqual([]);
  });

  it('a 3,000,000-character section survives a wrong field beside it, and the original is copied aside before the first save', () => {
    const raw = storedWith((d) => {
      d.dossier.reports['n-2'].sections['thanh-tich'] = 'Thành tích. '.repeat(250_000);
      d.dossier.reports['n-2'].votesInFavour = 7;
    });
    const storage = memoryStorage({ [DRAFTS_KEY]: raw });
    expect(readStored(storage).drafts.dossier.reports['n-2']!.sections['thanh-tich']).toHaveLength(3_000_000);
    const result = updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, groupCount: '2' } }), storage);
    expect(result.ok).toBe(true);
    expect(storage.getItem(UNREADABLE_COPY_KEY)).toBe(raw);
    const after = readStored(storage);
    expect(after.state).toBe('current');
    expect(after.drafts.dossier.reports['n-2']!.sections['thanh-tich']).toHaveLength(3_000_000);
    expect(after.drafts.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
  });
});

describe('the rescue file of stored drafts that could not be read', () => {
  const now = new Date(2026, 10, 25);

  it('keeps the stored text exactly, in the export envelope', () => {
    const raw = '{"version": 2, "dossier": {"profile": 42}} và chữ có dấu';
    const file = JSON.parse(serializeTransfer(exportUnreadable(raw, now)));
    expect(file).toEqual({ format: 'thi-dua-bau-cu-2026/ban-nhap', version: 2, exportedAt: now.toISOString(), scope: 'unreadable', stored: raw });
  });

  it('is imported as what can be read of it, with the stored text to name what is left out', () => {
    const raw = storedWith((d) => {
      d.dossier.reports['n-2'].votesInFavour = 7;
    });
    const result = readTransfer(serializeTransfer(exportUnreadable(raw, now)));
    expect(result).toEqual({ ok: true, scope: 'unreadable', stored: raw });
    const read = readRescue(raw);
    if (!read.ok) throw new Error(read.message);
    expect(read.salvaged).toBe(true);
    expect(read.drafts.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(read.drafts.dossier.reports['n-2']!.sections['thanh-tich']).toBe(SAMPLE_TEXT);
    expect(read.drafts.quotaPlan.nominees).toHaveLength(2);
  });

  it('holding drafts that read whole, is imported whole', () => {
    expect(readRescue(JSON.stringify(sampleDrafts()))).toMatchObject({ ok: true, salvaged: false, drafts: sample() });
  });

  it('is refused, saying why, when nothing of it can be read', () => {
    for (const [stored, why] of [
      ['{hỏng', 'nội dung không phải JSON'],
      ['{"version": 99}', 'phiên bản mới hơn'],
      ['42', 'không phải bản nháp của trang này'],
      ['', 'bản nháp trống'],
    ] as const) {
      const read = readRescue(stored);
      if (read.ok) throw new Error(`expected a refusal of ${stored}`);
      expect(read.message).toMatch(/^Tệp giữ một bản nháp cũ nhưng không đọc được phần nào: /);
      expect(read.message).toContain(why);
    }
    // drafts of this version of which nothing is valid: why, then each part as the pages name it
    const nothingValid = JSON.stringify({ version: 2, quotaPlan: 42, selfChecks: [] });
    expect(readRescue(nothingValid)).toMatchObject({ ok: false, message: expect.stringContaining('không đọc được phần nào: mọi phần đều có dữ liệu không hợp lệ.') });
    expect(droppedParts(nothingValid)).toEqual(['Các bản tự kiểm tra: sai kiểu dữ liệu', 'Kế hoạch số lượng: sai kiểu dữ liệu']);
    const noText = readTransfer(JSON.stringify({ format: 'thi-dua-bau-cu-2026/ban-nhap', version: 2, exportedAt: now.toISOString(), scope: 'unreadable', stored: 42 }));
    expect(noText).toMatchObject({ ok: false, kind: 'schema', problems: ['stored: sai kiểu dữ liệu, phải là chuỗi ký tự'] });
  });
});
