// The self-check's steps, in order, as they depend on the answers so far. Pure (no DOM, no
// Preact): the island renders one step at a time, with the step's id in the URL hash.
import type { Criterion } from '../../schemas/criterion';
import { criteriaFor, exclusionsOf, type EligibilityRecords } from '../../domain/eligibility';
import type { SelfCheckAnswers } from '../../schemas/selfCheck';
import { computeTurnout } from '../../domain/turnout';

export type Step =
  | { id: 'hinh-thuc'; kind: 'award' }
  | { id: 'doi-tuong'; kind: 'nominee-kind' }
  | { id: 'pham-vi'; kind: 'scope' }
  | { id: `tieu-chuan-${string}`; kind: 'criterion'; criterion: Criterion; position: number; count: number }
  | { id: 'loai-tru'; kind: 'exclusions' }
  | { id: 'kiem-tra'; kind: 'check' }
  | { id: 'ket-qua'; kind: 'result' };

export const CRITERION_PREFIX = 'tieu-chuan-';
const FIXED_IDS = ['hinh-thuc', 'doi-tuong', 'pham-vi', 'loai-tru', 'kiem-tra', 'ket-qua'];

/** Whether a URL hash names a step (other hashes, like the skip link's #noi-dung, are not ours). */
export const isStepId = (hash: string): boolean => FIXED_IDS.includes(hash) || hash.startsWith(CRITERION_PREFIX);

/**
 * The steps for the answers so far: award, kind of nominee, recipient scope, then (unless the
 * nominee is out of scope) one step per criterion and one for the exclusions, then the
 * check-your-answers summary and the result. Until award and kind are chosen, only those two.
 */
export function stepsFor(check: SelfCheckAnswers, records: EligibilityRecords): Step[] {
  const steps: Step[] = [
    { id: 'hinh-thuc', kind: 'award' },
    { id: 'doi-tuong', kind: 'nominee-kind' },
  ];
  const award = records.awards.find((a) => a.id === check.award);
  const nomineeKind = records.nomineeKinds.find((k) => k.id === check.nomineeKind);
  if (!award || !nomineeKind) return steps;
  steps.push({ id: 'pham-vi', kind: 'scope' });
  if (check.inScope !== 'no') {
    const criteria = criteriaFor(records.criteria, award, nomineeKind);
    criteria.forEach((criterion, index) =>
      steps.push({ id: `${CRITERION_PREFIX}${criterion.id}`, kind: 'criterion', criterion, position: index + 1, count: criteria.length }),
    );
    steps.push({ id: 'loai-tru', kind: 'exclusions' });
  }
  steps.push({ id: 'kiem-tra', kind: 'check' }, { id: 'ket-qua', kind: 'result' });
  return steps;
}

/** Whether the step's question has a valid answer (summary and result count as answered). */
export function isAnswered(step: Step, check: SelfCheckAnswers, records: EligibilityRecords): boolean {
  switch (step.kind) {
    case 'award':
      return records.awards.some((a) => a.id === check.award);
    case 'nominee-kind':
      return records.nomineeKinds.some((k) => k.id === check.nomineeKind);
    case 'scope':
      return check.inScope !== undefined;
    case 'criterion': {
      const { check: how, id } = step.criterion;
      return how.type === 'yes-no' ? check.answers[id] !== undefined : computeTurnout(check.turnout, how.minimumPercent).ok;
    }
    case 'exclusions':
      return exclusionsOf(records.principles).every((e) => check.answers[e.id] !== undefined);
    default:
      return true;
  }
}

/** The first step without a valid answer; the summary when every question is answered. */
export function firstUnanswered(steps: Step[], check: SelfCheckAnswers, records: EligibilityRecords): Step {
  return steps.find((step) => !isAnswered(step, check, records)) ?? steps.find((s) => s.kind === 'check') ?? steps[0]!;
}

/** The step after `id` in `steps`; after the summary comes the result. */
export function stepAfter(steps: Step[], id: string): Step | undefined {
  const index = steps.findIndex((s) => s.id === id);
  return index >= 0 ? steps[index + 1] : undefined;
}

/** The step before `id`, for the "Quay lại" link. */
export function stepBefore(steps: Step[], id: string): Step | undefined {
  const index = steps.findIndex((s) => s.id === id);
  return index > 0 ? steps[index - 1] : undefined;
}
