// What the reviewer must see before the Sở's documents are made: both sides of a possible duplicate
// accepted; a unit whose accepted nominees exceed its quota (the planner's own evaluateQuota on the
// accepted ones, its message quoted); accepted nominees of a unit without a category, which block
// the annex and the letter (never a "Chưa chọn nhóm" heading in the official annex).
import { describe, expect, it } from 'vitest';
import { evaluateQuota } from '../../src/domain/quotas';
import { checkOutputs } from '../../src/review/outputChecks';
import { decisionAnnexInput, reviewLetterInput, reviewSummaryInput, workbookInput, type OutputContext } from '../../src/review/outputs';
import { tally } from '../../src/review/tally';
import { campaignReferences } from '../../src/dossier/references';
import { rules } from '../fixtures/reviewFiles';
import { loadForms } from '../support/forms';
import { collective, consolidated, dossier, individual, mark, marksOf, review } from './review-support';

const context: OutputContext = {
  references: campaignReferences(rules, loadForms()),
  issuer: { governingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK', name: 'Sở Nội vụ', place: 'Đắk Lắk' },
  fields: { letterNumber: '', letterDate: '', signerAuthority: '', signerTitle: '', signerName: '', decisionNumber: '', decisionDate: '' },
  today: new Date(2026, 3, 5),
  noCategory: 'Chưa chọn nhóm',
};

describe('both sides of a possible duplicate accepted', () => {
  const SO = 'Sở Thử nghiệm tỉnh Đắk Lắk';
  const PHUONG = 'Ủy ban nhân dân phường Thử';
  const consolidation = consolidated(
    dossier({ name: SO, categoryId: 'co-quan-cap-tinh-con-lai', nominees: [individual('Nguyễn Thị Hồng Nhung', 'Chuyên viên', SO, { birthYear: 1985 })] }),
    dossier({ name: PHUONG, categoryId: 'xa-phuong', nominees: [individual('Nguyen Thi Hong Nhung', 'Công chức', PHUONG, { birthYear: 1985 })] }),
  );

  it('is a warning naming both, once both are accepted', () => {
    expect(consolidation.duplicates).toHaveLength(1);
    const both = marksOf(mark(consolidation, SO, 'Nguyễn Thị Hồng Nhung', 'accepted'), mark(consolidation, PHUONG, 'Nguyen Thi Hong Nhung', 'accepted'));
    const check = checkOutputs(consolidation, both, review);
    expect(check.blocking).toEqual([]);
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toMatch(/^Đã chấp nhận cả “(Nguyễn Thị Hồng Nhung” do “Sở Thử nghiệm tỉnh Đắk Lắk|Nguyen Thi Hong Nhung” do “Ủy ban nhân dân phường Thử)” đề nghị và “.*” đề nghị \(cùng họ tên không dấu, năm sinh 1985\): có thể là một người, cần xác minh trước khi trình ký\.$/);
    expect(check.warnings[0]).toContain('“Nguyễn Thị Hồng Nhung” do “Sở Thử nghiệm tỉnh Đắk Lắk” đề nghị');
    expect(check.warnings[0]).toContain('“Nguyen Thi Hong Nhung” do “Ủy ban nhân dân phường Thử” đề nghị');
  });

  it('is nothing while one side is returned, undecided, or accepted by a stale mark', () => {
    const accepted = mark(consolidation, SO, 'Nguyễn Thị Hồng Nhung', 'accepted');
    for (const other of [mark(consolidation, PHUONG, 'Nguyen Thi Hong Nhung', 'returned'), mark(consolidation, PHUONG, 'Nguyen Thi Hong Nhung', 'accepted', 'Lê Văn Khác')]) {
      expect(checkOutputs(consolidation, marksOf(accepted, other), review).warnings).toEqual([]);
    }
    expect(checkOutputs(consolidation, marksOf(accepted), review).warnings).toEqual([]);
  });
});

describe('a unit whose accepted nominees exceed its quota', () => {
  const XA = 'Ủy ban nhân dân xã Thử';
  const nominees = [collective(XA, 'xa-phuong'), individual('Lê Văn Một', 'Chủ tịch', XA), individual('Lê Văn Hai', 'Công chức', XA)];
  const consolidation = consolidated(dossier({ name: XA, categoryId: 'xa-phuong', nominees }));

  it('is a warning with the planner’s own message, computed on the accepted ones', () => {
    const all = marksOf(...nominees.map((n) => mark(consolidation, XA, n.name, 'accepted')));
    const planner = evaluateQuota({
      category: rules.quotas.find((q) => q.id === 'xa-phuong')!,
      nominees: nominees.map((n) => ({ id: n.id, type: n.kind, name: n.name })),
      principles: rules.principles,
      birthYears: review.birthYears,
    }).issues.find((issue) => issue.code === 'over-limit')!;
    expect(checkOutputs(consolidation, all, review).warnings).toEqual([`Đã chấp nhận quá số lượng được đề nghị của “${XA}”. ${planner.message}`]);
    expect(planner.message).toMatch(/^Vượt số lượng 1 trường hợp: danh sách có 3 trường hợp \(1 tập thể, 2 cá nhân\), trong khi Xã, phường được đề nghị tối đa 2 trường hợp/);
  });

  it('is nothing within the quota, though the unit proposed more', () => {
    expect(consolidation.units[0]!.issues.some((issue) => issue.code === 'over-limit')).toBe(true);
    const two = marksOf(mark(consolidation, XA, XA, 'accepted'), mark(consolidation, XA, 'Lê Văn Một', 'accepted'), mark(consolidation, XA, 'Lê Văn Hai', 'returned'));
    expect(checkOutputs(consolidation, two, review)).toEqual({ blocking: [], warnings: [] });
  });
});

describe('accepted nominees of a unit without a category', () => {
  const NONE = 'Ban Thử nghiệm không chọn nhóm';
  const XA = 'Ủy ban nhân dân xã Thử';
  const consolidation = consolidated(
    dossier({ name: NONE, categoryId: null, nominees: [individual('Đỗ Văn Năm', 'Chuyên viên', NONE), individual('Đỗ Thị Sáu', 'Chuyên viên', NONE)] }),
    dossier({ name: XA, categoryId: 'xa-phuong', nominees: [collective(XA, 'xa-phuong')] }),
  );
  const marks = marksOf(mark(consolidation, NONE, 'Đỗ Văn Năm', 'accepted'), mark(consolidation, NONE, 'Đỗ Thị Sáu', 'accepted'), mark(consolidation, XA, XA, 'accepted'));
  const message = `“${NONE}” chưa chọn nhóm đơn vị theo Mục IV.2 nhưng đã có 2 đề nghị được chấp nhận: danh sách kèm quyết định và tờ trình không xếp được các đề nghị này vào nhóm nào. Hãy bỏ quyết định chấp nhận, hoặc đề nghị đơn vị gửi lại hồ sơ có chọn nhóm.`;

  it('block the annex and the letter, naming the unit', () => {
    expect(checkOutputs(consolidation, marks, review).blocking).toEqual([message]);
    const totals = tally(consolidation, marks);
    expect(() => decisionAnnexInput(consolidation, marks, context)).toThrow(message);
    expect(() => reviewLetterInput(consolidation, marks, totals, context)).toThrow(message);
    // the working files still list every unit
    expect(workbookInput(consolidation, marks, totals, context.noCategory).accepted.filter((n) => n.category === 'Chưa chọn nhóm')).toHaveLength(2);
    expect(reviewSummaryInput(consolidation, totals, context).rows.map((r) => r.name)).toContain(NONE);
  });

  it('block nothing once they are no longer accepted; the annex then has no “Chưa chọn nhóm” heading', () => {
    const undone = marksOf(mark(consolidation, NONE, 'Đỗ Văn Năm', 'returned'), mark(consolidation, XA, XA, 'accepted'));
    expect(checkOutputs(consolidation, undone, review).blocking).toEqual([]);
    expect(decisionAnnexInput(consolidation, undone, context).groups.map((g) => g.label)).toEqual(['Xã, phường']);
  });
});
