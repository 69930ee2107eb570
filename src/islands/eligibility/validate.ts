// What each step checks before moving on, and the ids of its fields (the error summary links to
// them). Pure: no DOM.
import type { FieldError } from '../shared/ErrorSummary';
import { exclusionsOf, type EligibilityRecords } from '../../domain/eligibility';
import type { SelfCheckAnswers } from '../../schemas/selfCheck';
import { computeTurnout, type TurnoutField } from '../../domain/turnout';
import { isAnswered, type Step } from './steps';

/** The id of a question's field: `truong-` + the step id (hinh-thuc, doi-tuong, pham-vi) or the criterion or exclusion id. */
export const fieldId = (id: string) => `truong-${id}`;
export const TURNOUT_FIELDS: Record<TurnoutField, string> = { registered: 'so-cu-tri', voted: 'so-cu-tri-di-bau' };
const CHOOSE_YES_NO = 'Chọn “Có” hoặc “Không”.';

/** The errors of the step as answered; empty when the step may be left. */
export function validateStep(step: Step, check: SelfCheckAnswers, records: EligibilityRecords): FieldError[] {
  if (step.kind === 'criterion' && step.criterion.check.type === 'turnout') {
    const result = computeTurnout(check.turnout, step.criterion.check.minimumPercent);
    return result.ok ? [] : result.errors.map((e) => ({ fieldId: TURNOUT_FIELDS[e.field], message: e.message }));
  }
  if (step.kind === 'exclusions') {
    return exclusionsOf(records.principles)
      .filter((e) => !check.answers[e.id])
      .map((e) => ({ fieldId: fieldId(e.id), message: `Chọn “Có” hoặc “Không” cho trường hợp: ${e.text}` }));
  }
  if (isAnswered(step, check, records)) return [];
  const message = step.kind === 'award' ? 'Chọn hình thức khen thưởng.' : step.kind === 'nominee-kind' ? 'Chọn đối tượng được đề nghị khen thưởng.' : CHOOSE_YES_NO;
  return [{ fieldId: fieldId(step.kind === 'criterion' ? step.criterion.id : step.id), message }];
}
