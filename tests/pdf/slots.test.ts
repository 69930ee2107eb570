// The dossier's slots in the reviewer's order, the checks before merging, and the file name.
import { describe, expect, it } from 'vitest';
import { blockingProblem, signatureWarning } from '../../src/pdf/problems';
import { dossierPdfFileName } from '../../src/pdf/fileName';
import { assemblyIssues, assemblyTotals, dossierSlots, formatBytes, unnamedNomineeMessage, type Slot, type SlotFile } from '../../src/pdf/slots';

const nominees = [
  { id: 'uv-1', kind: 'individual' as const, name: 'Nguyễn Văn Ấn' },
  { id: 'uv-2', kind: 'collective' as const, name: 'Ủy ban nhân dân xã Hòa Phú' },
  { id: 'uv-3', kind: 'individual' as const, name: 'Hoàng Thị Thu Hà' },
];

const GROUPS = { collective: 'Tập thể', individual: 'Cá nhân' };

const file = (key: string, change: Partial<SlotFile> = {}): SlotFile => ({
  key,
  name: `${key}.pdf`,
  size: 1000,
  status: 'ready',
  pageCount: 2,
  mergedBytes: 1000,
  problems: [],
  ...change,
});

describe('the slots of a dossier', () => {
  it('follow the reviewer’s order: letter, list, minutes, a report per nominee (collectives first), related documents', () => {
    const slots = dossierSlots(nominees);
    expect(slots.map((slot) => slot.title)).toEqual([
      'Tờ trình đề nghị khen thưởng',
      'Danh sách đề nghị khen thưởng',
      'Biên bản họp xét khen thưởng',
      'Báo cáo thành tích của Ủy ban nhân dân xã Hòa Phú',
      'Báo cáo thành tích của Nguyễn Văn Ấn',
      'Báo cáo thành tích của Hoàng Thị Thu Hà',
      'Các văn bản liên quan',
    ]);
    expect(slots.map((slot) => slot.required)).toEqual([true, true, true, true, true, true, false]);
    expect(slots.filter((slot) => slot.nominee).map((slot) => slot.key)).toEqual(['report:uv-2', 'report:uv-1', 'report:uv-3']);
  });
});

describe('the checks before merging', () => {
  const slots = (fill: (key: string) => SlotFile[]): Slot[] => dossierSlots(nominees).map((spec) => ({ spec, files: fill(spec.key) }));

  it('pass a complete dossier, whose related documents may be left empty', () => {
    const complete = slots((key) => (key === 'related' ? [] : [file(key)]));
    expect(assemblyIssues(complete, { name: 'Ủy ban nhân dân xã Hòa Phú' }, GROUPS)).toEqual([]);
    expect(assemblyTotals(complete)).toEqual({ files: 6, pages: 12, bytes: 6000 });
  });

  it('block on a required slot left empty, naming the nominee whose report is missing', () => {
    const missing = slots((key) => (key === 'report:uv-3' || key === 'meeting-minutes' ? [] : [file(key)]));
    expect(assemblyIssues(missing, { name: 'Sở Nội vụ' }, GROUPS).map((issue) => [issue.target, issue.severity, issue.message])).toEqual([
      [{ kind: 'slot', slotKey: 'meeting-minutes' }, 'blocking', 'Chưa có tệp cho mục “Biên bản họp xét khen thưởng”.'],
      [
        { kind: 'slot', slotKey: 'report:uv-3' },
        'blocking',
        'Chưa có báo cáo thành tích của “Hoàng Thị Thu Hà”: mỗi tập thể, cá nhân được đề nghị phải có báo cáo thành tích.',
      ],
    ]);
  });

  it('block on a refused file and on one still being read; a signed file only warns; refused files add nothing to the totals', () => {
    const encrypted = blockingProblem('encrypted', 'to-trinh.pdf');
    const signed = signatureWarning('signed', 'bien-ban.pdf');
    const state = slots((key) =>
      key === 'submission-letter'
        ? [file('a', { status: 'refused', problems: [encrypted], pageCount: 0, mergedBytes: 0 }), file('b')]
        : key === 'meeting-minutes'
          ? [file('c', { problems: [signed] })]
          : key === 'nominee-list'
            ? [file('d', { status: 'checking', pageCount: 0 })]
            : [file(key)],
    );
    const issues = assemblyIssues(state, { name: 'Sở Nội vụ' }, GROUPS);
    expect(issues.map((issue) => [issue.severity, issue.message])).toEqual([
      ['blocking', encrypted.message],
      ['blocking', 'Đang đọc tệp “d.pdf”: chờ đọc xong rồi ghép.'],
      ['warning', signed.message],
    ]);
    expect(issues[0]!.target).toEqual({ kind: 'file', slotKey: 'submission-letter', fileKey: 'a' });
    expect(assemblyTotals(state).files).toBe(6);
  });

  it('block without the unit’s name, and without any report (a dossier typed by hand)', () => {
    const manual = dossierSlots([]).map((spec) => ({ spec, files: [file(spec.key)] }));
    expect(assemblyIssues(manual, { name: '  ' }, GROUPS).map((issue) => issue.target.kind)).toEqual(['unit', 'reports']);
    // a name longer than the profile's limit would fill every page's metadata and the file name
    const long = assemblyIssues(manual, { name: 'Ủy ban nhân dân xã '.repeat(12) }, GROUPS).filter((issue) => issue.target.kind === 'unit');
    expect(long.map((issue) => issue.message)).toEqual(['Tên đơn vị quá dài: 228 ký tự, tối đa 200. Hãy rút gọn.']);
  });
});

describe('the data checked before merging', () => {
  const filled = (list: typeof nominees) => dossierSlots(list).map((spec) => ({ spec, files: [file(spec.key)] }));

  it('blocks on a nominee of the list without a name (an imported draft), by its group and number, beside its slot', () => {
    const unnamed = [...nominees, { id: 'uv-4', kind: 'individual' as const, name: '  ' }, { id: 'uv-5', kind: 'collective' as const, name: '' }];
    const issues = assemblyIssues(filled(unnamed), { name: 'Sở Nội vụ' }, GROUPS);
    expect(issues.map((issue) => [issue.target, issue.message])).toEqual([
      [{ kind: 'nominee-name', slotKey: 'report:uv-5', nomineeId: 'uv-5' }, 'Tập thể số 2 trong danh sách đề nghị chưa có tên: nhập tên đầy đủ ở trang Số lượng rồi ghép lại.'],
      [{ kind: 'nominee-name', slotKey: 'report:uv-4', nomineeId: 'uv-4' }, 'Cá nhân số 3 trong danh sách đề nghị chưa có tên: nhập tên đầy đủ ở trang Số lượng rồi ghép lại.'],
    ]);
    expect(issues.every((issue) => issue.severity === 'blocking')).toBe(true);
    expect(unnamedNomineeMessage(GROUPS, 'individual', 3)).toBe(issues[1]!.message);
  });

  it('puts the unit’s category problems (asked on the page without a list) after its name', () => {
    const category = { target: { kind: 'category' as const }, severity: 'blocking' as const, message: 'Chọn đơn vị.' };
    const issues = assemblyIssues(filled([]), { name: '', categoryIssues: [category] }, GROUPS);
    expect(issues.map((issue) => issue.target.kind)).toEqual(['unit', 'category', 'reports']);
  });
});

describe('names and sizes', () => {
  it('names the merged file from the unit, in ASCII like the ZIP', () => {
    expect(dossierPdfFileName('ho-so-de-nghi-khen-thuong', 'Ủy ban nhân dân xã Ea Kar')).toBe('ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-ea-kar.pdf');
    expect(dossierPdfFileName('ho-so-de-nghi-khen-thuong', 'Đội 3 / Tổ bầu cử')).toBe('ho-so-de-nghi-khen-thuong-doi-3-to-bau-cu.pdf');
    expect(dossierPdfFileName('ho-so-de-nghi-khen-thuong', '🗳️')).toBe('ho-so-de-nghi-khen-thuong.pdf');
  });

  it('writes sizes with a decimal comma', () => {
    expect(formatBytes(0)).toBe('1 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(12.44 * 1024 * 1024)).toBe('12,4 MB');
  });
});
