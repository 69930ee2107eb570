// Which of the reviewer's marks stands for a nominee. A mark is kept by unit and by the nominee's
// id in the unit's file, and it names the nominee; when the file read now puts another person
// under that id (the unit sent a new list), the mark is stale: the nominee is undecided, and the
// page asks for a new decision, which replaces the stale mark. Pure.
import type { ReviewMark, ReviewStatus } from '../schemas/review';
import { markKey } from '../schemas/reviewKey';
import { foldName, unitKeyOf } from './identity';

/** The marks by markKey(unitKey, nomineeId). */
export type Marks = ReadonlyMap<string, ReviewMark>;

/** What the marks need of a nominee: its id in the unit's file and its name there. */
export interface MarkedNominee {
  id: string;
  data: { name: string };
}

/** The mark kept for a nominee: none, one made for it, or one made for another name (stale). */
export type MarkLookup = { kind: 'none' } | { kind: 'current'; mark: ReviewMark } | { kind: 'stale'; mark: ReviewMark };

/**
 * The marks keyed as the review recognises units now: a key written by an earlier rule (before the
 * abbreviations were written out, "ubnd xa ea kar") is rebuilt from the unit's name the mark keeps;
 * of two marks that then fall on one nominee, the later stays.
 */
export function withCurrentKeys<R extends { marks: ReviewMark[] }>(review: R): R {
  const byKey = new Map<string, ReviewMark>();
  for (const mark of review.marks) {
    const rekeyed = { ...mark, unitKey: unitKeyOf({ name: mark.unitName }) };
    const key = markKey(rekeyed.unitKey, rekeyed.nomineeId);
    const other = byKey.get(key);
    if (!other || other.markedAt <= rekeyed.markedAt) byKey.set(key, rekeyed);
  }
  const marks = [...byKey.values()];
  const same = marks.length === review.marks.length && marks.every((mark, index) => mark.unitKey === review.marks[index]!.unitKey);
  return same ? review : { ...review, marks };
}

/** Whether a mark was made for the nominee of this name (names compared folded: diacritics, case and spaces aside). */
export const markedFor = (mark: Pick<ReviewMark, 'nomineeName'>, name: string): boolean => foldName(mark.nomineeName) === foldName(name);

/** The mark kept under the nominee's unit and id, and whether it was made for the nominee now there. */
export function lookUpMark(marks: Marks, unitKey: string, nominee: MarkedNominee): MarkLookup {
  const mark = marks.get(markKey(unitKey, nominee.id));
  if (!mark) return { kind: 'none' };
  return markedFor(mark, nominee.data.name) ? { kind: 'current', mark } : { kind: 'stale', mark };
}

/** The mark that decides the nominee: one made for it; a stale mark decides nothing. */
export const currentMark = (marks: Marks, unitKey: string, nominee: MarkedNominee): ReviewMark | undefined => {
  const found = lookUpMark(marks, unitKey, nominee);
  return found.kind === 'current' ? found.mark : undefined;
};

/** A nominee's status: its current mark's, or pending without one (or with a stale one). */
export const statusOf = (marks: Marks, unitKey: string, nominee: MarkedNominee): ReviewStatus => currentMark(marks, unitKey, nominee)?.status ?? 'pending';

/**
 * The nominees the reviewer may accept at once: undecided (no mark made for them, or a pending
 * one) and without a blocking issue; `held` counts the undecided left to decide one by one.
 */
export function acceptableAtOnce<N extends MarkedNominee & { issues: readonly { severity: 'blocking' | 'warning' }[] }>(
  marks: Marks,
  unitKey: string,
  nominees: readonly N[],
): { acceptable: N[]; held: number } {
  const undecided = nominees.filter((nominee) => statusOf(marks, unitKey, nominee) === 'pending');
  const acceptable = undecided.filter((nominee) => !nominee.issues.some((issue) => issue.severity === 'blocking'));
  return { acceptable, held: undecided.length - acceptable.length };
}
