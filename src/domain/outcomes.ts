// How each outcome of a self-check is named, once: the result's heading, the status of a nominee
// in the quota planner and on the drafts page, the paper checklist.
import type { Outcome } from '../schemas/selfCheck';

/** The name of each outcome (for `refer`, the result's heading names the award's own rules instead: outcomeHeading()). */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: 'Đủ điều kiện đề nghị',
  'not-eligible': 'Chưa đủ điều kiện',
  excluded: 'Chưa xét khen thưởng',
  incomplete: 'Chưa trả lời đủ',
  refer: 'Tự kiểm tra theo hình thức khen thưởng khác',
};

/** The status of a nominee with no saved self-check. */
export const NO_SELF_CHECK_LABEL = 'Chưa tự kiểm tra';

/** The colour of an outcome's status: met (green), not met (red), or still open (grey). */
export const outcomeTone = (outcome: Outcome | undefined): 'met' | 'not-met' | 'unanswered' =>
  outcome === 'eligible' ? 'met' : outcome === 'not-eligible' || outcome === 'excluded' ? 'not-met' : 'unanswered';
