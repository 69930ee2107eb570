// How each outcome of a self-check is named, once: the result's heading, the status of a nominee
// in the quota planner and on the drafts page, the paper checklist.
import type { Outcome } from '../schemas/selfCheck';

/** The name of each outcome (for `refer`, the result's heading names the award's own rules instead: outcomeHeading()). */
export const OUTCOME_LABELS: Record<Outcome, string> = {
  eligible: 'Đủ điều kiện đề nghị',
  'not-eligible': 'Chưa đủ điều kiện',
  // Mục III.1.b, fourth dash: no award while the competent body reviews or verifies
  excluded: 'Chưa khen thưởng trong thời gian đang xem xét, xác minh',
  // Mục III.1.b, second dash: one achievement, one award, for good
  'already-rewarded': 'Không đề nghị khen thưởng cho thành tích này',
  incomplete: 'Chưa trả lời đủ',
  refer: 'Tự kiểm tra theo hình thức khen thưởng khác',
};

/** The heading of the exclusions (Mục III.1.b) wherever the self-check lists them. */
export const EXCLUSIONS_HEADING = 'Trường hợp chưa khen thưởng hoặc không khen thưởng';

/** The status of a nominee with no saved self-check. */
export const NO_SELF_CHECK_LABEL = 'Chưa tự kiểm tra';

/** The outcomes that stop a nominee from being proposed (the quota planner blocks the list). */
export const isBarred = (outcome: Outcome | undefined): boolean => outcome === 'excluded' || outcome === 'already-rewarded';

/** The colour of an outcome's status: met (green), not met (red), or still open (grey). */
export const outcomeTone = (outcome: Outcome | undefined): 'met' | 'not-met' | 'unanswered' =>
  outcome === 'eligible' ? 'met' : outcome === 'not-eligible' || isBarred(outcome) ? 'not-met' : 'unanswered';
