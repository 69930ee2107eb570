// Small hand-made dossiers for the review's unit tests: a unit's ho-so.json from a few nominees,
// received and consolidated as the reading worker does it, and the reviewer's marks.
import { consolidate, type Consolidation } from '../../src/review/consolidate';
import { emptyIntake, receiveFiles, type Intake } from '../../src/review/intake';
import type { Marks } from '../../src/review/marks';
import { reviewRules } from '../../src/review/rules';
import type { DossierData } from '../../src/schemas/dossierData';
import { markKey, type ReviewMark, type ReviewStatus } from '../../src/schemas/review';
import { unitData, type UnitSpec } from '../fixtures/reviewFiles';
import { rules } from '../fixtures/reviewFiles';
import { loadReviewForms } from '../support/forms';

export { collective, individual } from '../fixtures/reviewFiles';

export const review = reviewRules(rules, loadReviewForms().review);

/** ho-so.json of a unit; `categoryId: null` for a unit that chose no category. */
export function dossier(spec: Omit<UnitSpec, 'categoryId'> & { categoryId: string | null }): DossierData {
  const data = unitData({ ...spec, categoryId: spec.categoryId ?? 'xa-phuong' });
  return spec.categoryId === null ? { ...data, unit: { ...data.unit, categoryId: null, categoryLabel: null } } : data;
}

/** The files as read, in order, into an intake. */
export const intakeOf = (...files: { name: string; data: DossierData }[]): Intake =>
  receiveFiles(
    emptyIntake(),
    files.map(({ name, data }) => ({ name, reading: { ok: true, source: 'json', data } })),
  );

export const consolidated = (...data: DossierData[]): Consolidation => consolidate(intakeOf(...data.map((d, i) => ({ name: `ho-so-${i + 1}.json`, data: d }))).units, review);

/** A mark on the nominee named `name` of the unit named `unitName` (`markedName`: the name the mark was made for). */
export function mark(consolidation: Consolidation, unitName: string, name: string, status: ReviewStatus, markedName = name): ReviewMark {
  const unit = consolidation.units.find((u) => u.name === unitName)!;
  const nominee = unit.nominees.find((n) => n.data.name === name)!;
  return {
    unitKey: unit.key,
    unitName: unit.name,
    nomineeId: nominee.id,
    nomineeName: markedName,
    status,
    ...(status === 'returned' ? { ground: 'criteria-not-met' as const } : {}),
    markedAt: '2026-04-02T03:00:00.000Z',
  };
}

export const marksOf = (...marks: ReviewMark[]): Marks => new Map(marks.map((m) => [markKey(m.unitKey, m.nomineeId), m]));
