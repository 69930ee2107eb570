// A self-check belongs to a nominee. One done on its own is kept under CURRENT_CHECK until the unit
// says whose it is: a nominee of the quota planner's list (attached: the answers move to the
// nominee's id, no copy left behind) or a new nominee the planner starts from its answers. Section
// II of the nominee's report then starts from it (src/dossier/nominees.ts reads
// drafts.selfChecks[nominee id]). Pure: works on any object holding the two parts of the drafts.
import type { Nominee, NomineeType } from '../schemas/nominee';
import type { NomineeKind } from '../schemas/nomineeKind';
import { withEntry, withoutEntry } from '../schemas/recordKey';
import { CURRENT_CHECK, type SelfCheckAnswers } from '../schemas/selfCheck';

export { CURRENT_CHECK };

/** The parts of the drafts that attaching reads and writes. */
export interface CheckOwners {
  selfChecks: Record<string, SelfCheckAnswers>;
  quotaPlan: { nominees: Nominee[] };
}

type Kinds = readonly Pick<NomineeKind, 'id' | 'nomineeType'>[];

/** The type and kind of nominee a self-check was answered for; undefined until its kind is chosen. */
export function nomineeOfCheck(check: SelfCheckAnswers | undefined, kinds: Kinds): { type: NomineeType; nomineeKind: string } | undefined {
  const kind = kinds.find((k) => k.id === check?.nomineeKind);
  return kind && { type: kind.nomineeType, nomineeKind: kind.id };
}

/** Whether a check fits a nominee: the same type, and the same kind where the nominee's is known. */
export function fitsNominee(check: SelfCheckAnswers | undefined, nominee: Pick<Nominee, 'type' | 'nomineeKind'>, kinds: Kinds): boolean {
  const of = nomineeOfCheck(check, kinds);
  return !!of && of.type === nominee.type && (!nominee.nomineeKind || nominee.nomineeKind === of.nomineeKind);
}

/** The self-check saved under `key`, read without ever reaching the prototype chain. */
export const savedCheck = (checks: Record<string, SelfCheckAnswers>, key: string): SelfCheckAnswers | undefined =>
  Object.hasOwn(checks, key) ? checks[key] : undefined;

export type AttachResult<D> =
  | { ok: true; drafts: D }
  /** no check to move, no such nominee, a check for another type or kind, or the nominee has one (pass `replace` once the unit agreed) */
  | { ok: false; reason: 'no-check' | 'no-nominee' | 'mismatch' | 'has-check' };

/**
 * Moves the self-check kept under CURRENT_CHECK to the nominee `nomineeId` of the list, in one
 * change: the answers leave CURRENT_CHECK. A check the nominee already has is replaced only with
 * `replace` (the unit was asked first).
 */
export function attachCurrentCheck<D extends CheckOwners>(drafts: D, nomineeId: string, kinds: Kinds, replace = false): AttachResult<D> {
  const check = savedCheck(drafts.selfChecks, CURRENT_CHECK);
  if (!check) return { ok: false, reason: 'no-check' };
  const nominee = drafts.quotaPlan.nominees.find((n) => n.id === nomineeId);
  if (!nominee || nomineeId === CURRENT_CHECK) return { ok: false, reason: 'no-nominee' };
  if (!fitsNominee(check, nominee, kinds)) return { ok: false, reason: 'mismatch' };
  if (savedCheck(drafts.selfChecks, nomineeId) && !replace) return { ok: false, reason: 'has-check' };
  // a null-prototype record, like those the schemas give (recordKey.ts)
  const selfChecks = withEntry(withoutEntry(withoutEntry(drafts.selfChecks, CURRENT_CHECK), nomineeId), nomineeId, check);
  return { ok: true, drafts: { ...drafts, selfChecks } };
}
