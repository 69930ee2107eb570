import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DRAFTS_KEY, drafts } from '../../src/storage/drafts';
import { loadDrafts, updateDrafts } from '../../src/storage/store';
import { exportAll, exportFileName, exportNominee, serializeTransfer } from '../../src/storage/exportFile';
import { mergeNominee, readTransfer, removeNominee, type ImportResult } from '../../src/storage/transfer';
import { EXPORT_FORMAT } from '../../src/storage/transferFormat';
import { SAMPLE_TEXT, memoryStorage, sampleDrafts } from './storage-fixtures';

const now = new Date(2026, 10, 25, 14, 30);
const valid = () => z.parse(drafts, sampleDrafts());
const refusal = (result: ImportResult) => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
};

/**
 * What the page does with a file: validate it whole, write only when valid. Returns the result;
 * the storage is untouched when the file is refused.
 */
function importText(text: string, storage: ReturnType<typeof memoryStorage>) {
  const result = readTransfer(text);
  if (result.ok && result.scope === 'all') updateDrafts(() => result.drafts, storage, { keepChangeTimes: true });
  if (result.ok && result.scope === 'nominee') updateDrafts((d) => mergeNominee(d, result.transfer), storage);
  return result;
}

describe('export', () => {
  it('exports everything with a format marker, the version and the export time, and reads it back identical', () => {
    const file = exportAll(valid(), now);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 2, scope: 'all', exportedAt: now.toISOString() });
    const back = readTransfer(serializeTransfer(file));
    if (!back.ok || back.scope !== 'all') throw new Error('round trip failed');
    const { selfChecks, quotaPlan, dossier, changedAt } = valid();
    expect(back.drafts).toMatchObject({ selfChecks, quotaPlan, dossier, changedAt });
    expect(back.drafts.quotaPlan.nominees[0]!.name).toBe(SAMPLE_TEXT);
  });

  it('exports one nominee: its list entry, its self-check and its report, nothing of the others', () => {
    const file = exportNominee(valid(), 'n-2', now)!;
    expect(file.scope).toBe('nominee');
    expect(file.nominee.name).toBe('Nguyễn Thị Hồng Nhung 🌸');
    expect(file.report?.sections['thanh-tich']).toBe(SAMPLE_TEXT);
    expect(file.selfCheck).toBeUndefined();
    expect(JSON.stringify(file)).not.toContain('Ủy ban nhân dân phường Tân Lập');
    expect(exportNominee(valid(), 'n-1', now)!.selfCheck?.answers).toEqual({ 'tc-2': 'no' });
    expect(exportNominee(valid(), 'nobody', now)).toBeNull();
  });

  it('names files in ASCII, with the date and without personal data', () => {
    expect(exportFileName(now)).toBe('ban-nhap-thi-dua-2026-2026-11-25.json');
    expect(exportFileName(now, 2)).toBe('ban-nhap-thi-dua-2026-doi-tuong-2-2026-11-25.json');
  });
});

describe('import', () => {
  it('replaces everything with an exported file', () => {
    const storage = memoryStorage();
    updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, categoryId: 'cu' } }), storage);
    const result = importText(serializeTransfer(exportAll(valid(), now)), storage);
    expect(result.ok).toBe(true);
    expect(loadDrafts(storage).quotaPlan.nominees.map((n) => n.id)).toEqual(['n-1', 'n-2']);
    expect(loadDrafts(storage).quotaPlan.categoryId).toBe('xa-phuong');
  });

  it('merges one nominee: replaces the one with the same id, adds a new one at the end', () => {
    const base = valid();
    const file = exportNominee(base, 'n-2', now)!;
    const edited = { ...file, nominee: { ...file.nominee, position: 'Tổ phó' } };
    const merged = mergeNominee(removeNominee(base, 'n-2'), edited);
    expect(merged.quotaPlan.nominees.map((n) => n.id)).toEqual(['n-1', 'n-2']);
    expect(merged.dossier.reports['n-2']?.sections['thanh-tich']).toBe(SAMPLE_TEXT);
    const replaced = mergeNominee(base, edited);
    expect(replaced.quotaPlan.nominees.map((n) => [n.id, n.position])).toEqual([['n-1', ''], ['n-2', 'Tổ phó']]);
    expect(replaced.selfChecks['n-1']).toEqual(base.selfChecks['n-1']);
  });

  it('deletes one nominee with its self-check, report and change time', () => {
    const after = removeNominee(valid(), 'n-1');
    expect(after.quotaPlan.nominees.map((n) => n.id)).toEqual(['n-2']);
    expect(after.selfChecks['n-1']).toBeUndefined();
    expect(after.selfChecks.current).toBeDefined();
    expect(after.changedAt.nominees['n-1']).toBeUndefined();
  });
});

describe('refused imports', () => {
  const good = () => JSON.parse(serializeTransfer(exportAll(valid(), now)));

  it('refuses a file that is not JSON', () => {
    const result = refusal(readTransfer('PK\u0003\u0004 this is a zip'));
    expect(result.kind).toBe('not-json');
    expect(result.message).toBe('Tệp không phải là tệp JSON hợp lệ (nội dung bị hỏng hoặc không phải tệp xuất từ trang này).');
  });

  it('refuses JSON without the format marker, or with another one', () => {
    const missing = refusal(readTransfer(JSON.stringify({ version: 2, quotaPlan: {} })));
    expect(missing.kind).toBe('not-ours');
    expect(missing.message).toContain('trường “format” phải là “thi-dua-bau-cu-2026/ban-nhap”');
    expect(missing.problems).toEqual(['format: thiếu (bắt buộc phải có)']);
    expect(refusal(readTransfer(JSON.stringify({ ...good(), format: 'khac' }))).problems).toEqual(['format: giá trị không hợp lệ']);
    expect(refusal(readTransfer('[1, 2]')).kind).toBe('not-ours');
  });

  it('refuses another version, saying which version it reads', () => {
    const newer = refusal(readTransfer(JSON.stringify({ ...good(), version: 3 })));
    expect(newer.kind).toBe('version');
    expect(newer.message).toBe('Tệp được tạo bởi phiên bản mới hơn của trang (phiên bản dữ liệu 3); trang này chỉ đọc được phiên bản dữ liệu 2.');
    const older = refusal(readTransfer(JSON.stringify({ ...good(), version: 1 })));
    expect(older.message).toBe('Phiên bản dữ liệu “1” của tệp không đọc được; trang này chỉ đọc được phiên bản dữ liệu 2.');
    const none = refusal(readTransfer(JSON.stringify({ ...good(), version: undefined })));
    expect(none.message).toContain('thiếu trường “version”');
  });

  it('refuses a schema failure, naming the field path and the reason of the first problems', () => {
    const file = good();
    file.quotaPlan.nominees[0].type = 'robot';
    file.dossier.profile.unitName = 42;
    delete file.quotaPlan.nominees[1].id;
    const result = refusal(readTransfer(JSON.stringify(file)));
    expect(result.kind).toBe('schema');
    expect(result.message).toBe('Tệp có dữ liệu không hợp lệ, nên không nhập được:');
    expect(result.problems).toEqual([
      'quotaPlan.nominees[0].type: giá trị không hợp lệ (chỉ chấp nhận: collective, individual)',
      'quotaPlan.nominees[1].id: thiếu (bắt buộc phải có)',
      'dossier.profile.unitName: sai kiểu dữ liệu, phải là chuỗi ký tự',
    ]);
  });

  it('names at most five problems and counts the rest', () => {
    const file = good();
    file.quotaPlan.nominees = Array.from({ length: 7 }, (_, i) => ({ id: `x${i}`, type: 'robot' }));
    const { problems } = refusal(readTransfer(JSON.stringify(file)));
    expect(problems).toHaveLength(6);
    expect(problems[5]).toBe('… và 2 lỗi khác.');
  });

  it('refuses a broken one-nominee file with paths inside the nominee', () => {
    const file = JSON.parse(serializeTransfer(exportNominee(valid(), 'n-2', now)!));
    file.report.earlierAwards = 'không phải danh sách';
    expect(refusal(readTransfer(JSON.stringify(file))).problems).toEqual(['report.earlierAwards: sai kiểu dữ liệu, phải là danh sách [ … ]']);
  });

  it('leaves the current drafts exactly as they were after every refused file', () => {
    const storage = memoryStorage();
    updateDrafts(() => sampleDrafts(), storage);
    const before = storage.getItem(DRAFTS_KEY);
    const broken = good();
    broken.quotaPlan.nominees[0].type = 'robot';
    for (const text of ['không phải json', '{}', JSON.stringify({ ...good(), version: 9 }), JSON.stringify(broken), JSON.stringify({ ...good(), scope: 'mot-phan' })]) {
      expect(importText(text, storage).ok).toBe(false);
      expect(storage.getItem(DRAFTS_KEY)).toBe(before);
    }
  });
});

describe('found by the fuzz suite', () => {
  it('names a version that is an object without calling its toString (it threw: {"version": {"toString": null}})', () => {
    const result = readTransfer(JSON.stringify({ format: EXPORT_FORMAT, version: { toString: null }, scope: 'all' }));
    expect(result).toMatchObject({ ok: false, kind: 'version', message: 'Phiên bản dữ liệu “{"toString":null}” của tệp không đọc được; trang này chỉ đọc được phiên bản dữ liệu 2.' });
  });
});
