// The reviewer's decision on a nominee as one choice: pending, accepted, or returned with one of
// the plan's grounds (a select keeps a "returned" without its ground impossible).
import type { ReturnGround, ReviewMark, ReviewStatus } from '../../schemas/review';
import type { ReviewForm } from '../../schemas/reviewForm';

export type Decision = 'pending' | 'accepted' | `returned:${ReturnGround}`;

export const decisionOf = (mark: ReviewMark | undefined): Decision =>
  !mark || mark.status === 'pending' ? 'pending' : mark.status === 'accepted' ? 'accepted' : `returned:${mark.ground!}`;

/** The status and ground a decision stands for. */
export function parseDecision(decision: Decision): { status: ReviewStatus; ground?: ReturnGround } {
  if (decision === 'pending' || decision === 'accepted') return { status: decision };
  return { status: 'returned', ground: decision.slice('returned:'.length) as ReturnGround };
}

/** The options of the decision select, worded by content/forms/tham-dinh.yaml. */
export const decisionOptions = (form: ReviewForm): { value: Decision; label: string }[] => [
  { value: 'pending', label: form.statuses.pending },
  { value: 'accepted', label: form.statuses.accepted },
  ...form.returnGrounds.map((ground) => ({ value: `returned:${ground.id}` as Decision, label: `${form.statuses.returned}: ${ground.label}` })),
];

/** A decision's words, for the summary and the announcement. */
export function decisionLabel(form: ReviewForm, mark: ReviewMark | undefined): string {
  const status = mark?.status ?? 'pending';
  const ground = mark?.ground ? form.returnGrounds.find((g) => g.id === mark.ground) : undefined;
  return ground ? `${form.statuses[status]}: ${ground.label}` : form.statuses[status];
}
