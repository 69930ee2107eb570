// A finished self-check kept for no nominee yet (drafts.selfChecks.current), as the planner offers
// it: opened from the check's result (?tu-kiem-tra=moi), a new nominee of its type gets it; else
// the form says where to attach it. Loaded with the form.
import { attachCurrentCheck, CURRENT_CHECK, nomineeOfCheck, savedCheck } from '../../domain/attach';
import type { EligibilityRecords } from '../../domain/eligibility';
import { OUTCOME_LABELS } from '../../domain/outcomes';
import { summariseSelfCheck } from '../../domain/quotas';
import type { NomineeType } from '../../schemas/nominee';
import type { SelfCheckAnswers } from '../../schemas/selfCheck';
import { updateDrafts } from '../../storage/store';

export interface SelfCheckOffer {
  /** the check's outcome, in words */
  label: string;
  /** the type of nominee it was answered for */
  type: NomineeType;
  /** a new nominee of that type gets it: the planner was opened from the result, and the unit's category proposes that kind */
  attachable: boolean;
}

/** The finished check kept for no nominee, if there is one. */
export function selfCheckOffer(
  checks: Record<string, SelfCheckAnswers>,
  records: EligibilityRecords,
  kindOf: (type: NomineeType) => string | undefined,
  fromCheck: boolean,
): SelfCheckOffer | undefined {
  const check = savedCheck(checks, CURRENT_CHECK);
  const outcome = summariseSelfCheck(check, records)?.outcome;
  const of = outcome && outcome !== 'incomplete' ? nomineeOfCheck(check, records.nomineeKinds) : undefined;
  if (!outcome || !of) return undefined;
  const kind = kindOf(of.type);
  return { label: OUTCOME_LABELS[outcome], type: of.type, attachable: fromCheck && (!kind || kind === of.nomineeKind) };
}

/** Moves the kept check to the nominee just added (stored first), in one write; whether it moved. */
export function attachToNew(nomineeId: string, records: EligibilityRecords): boolean {
  const saved = updateDrafts((drafts) => {
    const moved = attachCurrentCheck(drafts, nomineeId, records.nomineeKinds);
    return moved.ok ? moved.drafts : drafts;
  });
  return saved.ok && !!savedCheck(saved.drafts.selfChecks, nomineeId);
}
