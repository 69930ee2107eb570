// The reviewer's marks against the files read now: a mark made for another person than the one now
// under the same entry is stale (the nominee is undecided everywhere: tallies, annex, letter,
// workbook) until decided again; the nominees accepted at once are the undecided ones without a
// blocking issue; a unit's file removed from the intake keeps its marks, which apply again when the
// file is read again.
import { describe, expect, it } from 'vitest';
import { consolidate } from '../../src/review/consolidate';
import { withoutUnit } from '../../src/review/intake';
import { acceptableAtOnce, currentMark, lookUpMark, markedFor, statusOf, withCurrentKeys } from '../../src/review/marks';
import { decisionAnnexInput, reviewLetterInput, workbookInput, type OutputContext } from '../../src/review/outputs';
import { tally } from '../../src/review/tally';
import { campaignReferences } from '../../src/dossier/references';
import { rules } from '../fixtures/reviewFiles';
import { loadForms } from '../support/forms';
import { collective, consolidated, dossier, individual, intakeOf, mark, marksOf, review } from './review-support';

const UNIT = 'Ủy ban nhân dân xã Thử Nghiệm';
const context: OutputContext = {
  references: campaignReferences(rules, loadForms()),
  issuer: { governingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK', name: 'Sở Nội vụ', place: 'Đắk Lắk' },
  fields: { letterNumber: '', letterDate: '', signerAuthority: '', signerTitle: '', signerName: '', decisionNumber: '', decisionDate: '' },
  today: new Date(2026, 3, 5),
  noCategory: 'Chưa chọn nhóm',
};

describe('a mark made for another person', () => {
  // the unit's new file puts "Trần Thị B" where the reviewer had accepted "Nguyễn Văn A"
  const consolidation = consolidated(dossier({ name: UNIT, categoryId: 'xa-phuong', nominees: [individual('Trần Thị B', 'Công chức', UNIT)] }));
  const unit = consolidation.units[0]!;
  const nominee = unit.nominees[0]!;
  const stale = marksOf(mark(consolidation, UNIT, 'Trần Thị B', 'accepted', 'Nguyễn Văn A'));

  it('is found as stale, and decides nothing', () => {
    expect(lookUpMark(stale, unit.key, nominee)).toEqual({ kind: 'stale', mark: expect.objectContaining({ nomineeName: 'Nguyễn Văn A', status: 'accepted' }) });
    expect(currentMark(stale, unit.key, nominee)).toBeUndefined();
    expect(statusOf(stale, unit.key, nominee)).toBe('pending');
    expect(lookUpMark(marksOf(), unit.key, nominee)).toEqual({ kind: 'none' });
  });

  it('compares names folded: diacritics, case and spaces typed differently are the same person', () => {
    expect(markedFor({ nomineeName: 'TRAN  THI B' }, 'Trần Thị B')).toBe(true);
    expect(markedFor({ nomineeName: 'Trần Thị Bé' }, 'Trần Thị B')).toBe(false);
    expect(statusOf(marksOf(mark(consolidation, UNIT, 'Trần Thị B', 'accepted', 'tran thi b')), unit.key, nominee)).toBe('accepted');
  });

  it('leaves the nominee undecided in the tallies and out of the annex, the letter and the workbook', () => {
    const totals = tally(consolidation, stale);
    expect(totals.total.statuses).toEqual({ accepted: 0, returned: 0, pending: 1 });
    expect(totals.total.accepted.individuals).toBe(0);
    expect(decisionAnnexInput(consolidation, stale, context).groups).toEqual([]);
    expect(reviewLetterInput(consolidation, stale, totals, context).accepted).toEqual({ collectives: 0, individuals: 0 });
    const workbook = workbookInput(consolidation, stale, totals, context.noCategory);
    expect(workbook.accepted).toEqual([]);
    expect(workbook.all[0]).toMatchObject({ name: 'Trần Thị B', status: 'pending', ground: null });
  });

  it('is replaced by the decision made again (same entry, the name now there)', () => {
    const again = marksOf(mark(consolidation, UNIT, 'Trần Thị B', 'accepted'));
    expect(lookUpMark(again, unit.key, nominee).kind).toBe('current');
    expect(decisionAnnexInput(consolidation, again, context).groups.flatMap((g) => g.entries.map((e) => e.name))).toEqual(['Trần Thị B']);
  });
});

describe('accepting a unit’s undecided nominees at once', () => {
  const excluded = individual('Y Bhim Niê', 'Phó Chủ tịch', UNIT, { selfCheck: { outcome: 'excluded', reasons: [{ text: 'Đang bị xem xét kỷ luật', clause: 'muc-iii-1-b' }] } });
  const consolidation = consolidated(
    dossier({
      name: UNIT,
      categoryId: 'co-quan-cap-tinh-con-lai',
      nominees: [collective('Văn phòng', 'co-quan-don-vi'), individual('Lê Văn Ba', 'Chuyên viên', UNIT), individual('Phạm Thị Tư', 'Chuyên viên', UNIT), excluded],
    }),
  );
  const unit = consolidation.units[0]!;

  it('takes the undecided without a blocking issue (a stale mark counts as undecided), and counts those left', () => {
    expect(unit.nominees.find((n) => n.data.name === 'Y Bhim Niê')!.issues.some((i) => i.severity === 'blocking')).toBe(true);
    const marks = marksOf(mark(consolidation, UNIT, 'Văn phòng', 'returned'), mark(consolidation, UNIT, 'Lê Văn Ba', 'accepted', 'Lê Văn Bảy'));
    const { acceptable, held } = acceptableAtOnce(marks, unit.key, unit.nominees);
    expect(acceptable.map((n) => n.data.name)).toEqual(['Lê Văn Ba', 'Phạm Thị Tư']);
    expect(held).toBe(1);
  });

  it('takes nobody once every nominee is decided', () => {
    const marks = marksOf(...unit.nominees.map((n) => mark(consolidation, UNIT, n.data.name, 'accepted')));
    expect(acceptableAtOnce(marks, unit.key, unit.nominees)).toEqual({ acceptable: [], held: 0 });
  });
});

describe('removing a unit’s file', () => {
  it('takes the unit out of the consolidation; its marks stay and apply again when the file is read again', () => {
    const a = dossier({ name: UNIT, categoryId: 'xa-phuong', nominees: [collective(UNIT, 'xa-phuong')] });
    const b = dossier({ name: 'Ủy ban nhân dân phường Thử', categoryId: 'xa-phuong', nominees: [collective('Ủy ban nhân dân phường Thử', 'xa-phuong')] });
    const intake = intakeOf({ name: 'a.json', data: a }, { name: 'b.json', data: b });
    const before = consolidate(intake.units, review);
    const marks = marksOf(mark(before, UNIT, UNIT, 'accepted'));
    const key = before.units.find((u) => u.name === UNIT)!.key;
    const removed = withoutUnit(intake, key);
    expect(removed.units.map((u) => u.data.unit.name)).toEqual(['Ủy ban nhân dân phường Thử']);
    expect(tally(consolidate(removed.units, review), marks).total.statuses).toEqual({ accepted: 0, returned: 0, pending: 1 });
    const readAgain = consolidate(intakeOf({ name: 'b.json', data: b }, { name: 'a-lai.json', data: a }).units, review);
    expect(tally(readAgain, marks).total.statuses).toEqual({ accepted: 1, returned: 0, pending: 1 });
  });
});

describe('marks kept under a key of an earlier rule', () => {
  const name = 'UBND xã Ea Kar';
  const consolidation = consolidated(dossier({ name, categoryId: 'xa-phuong', nominees: [individual('Nguyễn Văn A', 'Công chức', name)] }));
  const unit = consolidation.units[0]!;
  const nominee = unit.nominees[0]!;
  // saved before the abbreviations were written out: the unit's key was its name folded as typed
  const old = { ...mark(consolidation, name, 'Nguyễn Văn A', 'accepted'), unitKey: 'ubnd xa ea kar' };

  it('are keyed again from the unit name they keep, and decide again', () => {
    expect(unit.key).toBe('uy ban nhan dan xa ea kar');
    expect(statusOf(marksOf(old), unit.key, nominee)).toBe('pending');
    const current = withCurrentKeys({ marks: [old] });
    expect(current.marks.map((m) => m.unitKey)).toEqual([unit.key]);
    expect(statusOf(marksOf(...current.marks), unit.key, nominee)).toBe('accepted');
  });

  it('keep the later of two marks that fall on one nominee, and leave a current review as it is', () => {
    const later = { ...old, unitKey: unit.key, status: 'returned' as const, ground: 'criteria-not-met' as const, markedAt: '2026-04-03T03:00:00.000Z' };
    expect(withCurrentKeys({ marks: [old, later] }).marks).toEqual([later]);
    const review = { marks: [later] };
    expect(withCurrentKeys(review)).toBe(review);
  });
});
