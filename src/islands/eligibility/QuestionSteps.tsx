// The question steps: one question (or one small group) per step, every wording from the rules records.
import type { ComponentChildren } from 'preact';
import type { Criterion } from '../../schemas/criterion';
import { exclusionsOf, type EligibilityRecords } from '../../domain/eligibility';
import { computeTurnout, TURNOUT_LABELS, type TurnoutField } from '../../domain/turnout';
import type { SelfCheckAnswers, YesNo } from '../../schemas/selfCheck';
import { withEntry } from '../../schemas/recordKey';
import { formatPercent } from '../../text/vietnamese';
import { errorFor, type FieldError } from '../shared/ErrorSummary';
import { RadioGroup, TextField } from '../shared/fields';
import { Citation } from './Citation';
import { TURNOUT_FIELDS, fieldId } from './validate';

export interface StepProps {
  check: SelfCheckAnswers;
  records: EligibilityRecords;
  update: (change: (check: SelfCheckAnswers) => Partial<SelfCheckAnswers>) => void;
  errors: FieldError[];
}

interface YesNoProps {
  /** the step id or the criterion or exclusion id, for the field id */
  id: string;
  label: string;
  hint: ComponentChildren;
  value: YesNo | undefined;
  onChange: (value: YesNo) => void;
  errors: FieldError[];
  /** the question is the step's heading (not in the group of exclusions) */
  heading?: boolean;
}

/** A yes/no question. */
function YesNoQuestion({ id, heading = true, errors, ...rest }: YesNoProps) {
  return (
    <RadioGroup
      id={fieldId(id)}
      legendAsHeading={heading}
      inline
      error={errorFor(errors, fieldId(id))}
      choices={[
        { value: 'yes', label: 'Có' },
        { value: 'no', label: 'Không' },
      ]}
      {...rest}
    />
  );
}

/** The answer kept in check.answers[id] (criteria and exclusions). */
const answerProps = (id: string, { check, update }: StepProps) => ({
  value: check.answers[id],
  onChange: (value: YesNo) => update((c) => ({ answers: withEntry(c.answers, id, value) })),
});

export function AwardStep({ check, records, update, errors }: StepProps) {
  return (
    <RadioGroup
      id={fieldId('hinh-thuc')}
      legendAsHeading
      label="Đề nghị hình thức khen thưởng nào?"
      hint={
        <>
          Các hình thức khen thưởng <Citation clause={records.awards[0]?.clause} references={records.legalReferences} />
        </>
      }
      error={errorFor(errors, fieldId('hinh-thuc'))}
      value={check.award}
      choices={records.awards.map((award) => ({ value: award.id, label: award.name }))}
      onChange={(award) => update(() => ({ award }))}
    />
  );
}

export function NomineeKindStep({ check, records, update, errors }: StepProps) {
  return (
    <RadioGroup
      id={fieldId('doi-tuong')}
      legendAsHeading
      label="Ai được đề nghị khen thưởng?"
      error={errorFor(errors, fieldId('doi-tuong'))}
      value={check.nomineeKind}
      choices={records.nomineeKinds.map((kind) => ({ value: kind.id, label: kind.name, hint: kind.description }))}
      // the scope question depends on the kind: a new kind asks it again
      onChange={(nomineeKind) => update((c) => ({ nomineeKind, inScope: c.nomineeKind === nomineeKind ? c.inScope : undefined }))}
    />
  );
}

export function ScopeStep({ check, records, update, errors }: StepProps) {
  const scope = records.nomineeKinds.find((k) => k.id === check.nomineeKind)?.recipientScope;
  if (!scope) return null;
  return (
    <YesNoQuestion
      id="pham-vi"
      label={scope.question}
      hint={
        <>
          Đối tượng khen thưởng: {scope.text} <Citation clause={scope.clause} references={records.legalReferences} />
        </>
      }
      errors={errors}
      value={check.inScope}
      onChange={(inScope) => update(() => ({ inScope }))}
    />
  );
}

export function CriterionStep({ criterion, ...props }: StepProps & { criterion: Criterion }) {
  const hint = (
    <>
      Tiêu chuẩn: {criterion.text} <Citation clause={criterion.clause} references={props.records.legalReferences} />
    </>
  );
  if (criterion.check.type === 'yes-no') {
    return <YesNoQuestion id={criterion.id} label={criterion.question} hint={hint} errors={props.errors} {...answerProps(criterion.id, props)} />;
  }

  const { minimumPercent } = criterion.check;
  const { check, update, errors } = props;
  const result = computeTurnout(check.turnout, minimumPercent);
  const figure = (field: TurnoutField) => (
    <TextField
      id={TURNOUT_FIELDS[field]}
      label={TURNOUT_LABELS[field]}
      inputMode="numeric"
      width="short"
      required
      error={errorFor(errors, TURNOUT_FIELDS[field])}
      value={check.turnout[field]}
      onInput={(value) => update((c) => ({ turnout: { ...c.turnout, [field]: value } }))}
    />
  );
  return (
    <fieldset aria-describedby="goi-y-cu-tri">
      <legend>
        <h1 class="question-heading">{criterion.question}</h1>
      </legend>
      <p class="hint" id="goi-y-cu-tri">
        {hint} Nhập hai số nguyên; trang tự tính tỷ lệ, không làm tròn lên.
      </p>
      {figure('registered')}
      {figure('voted')}
      <p class="turnout-result" role="status">
        {result.ok &&
          `Tỷ lệ cử tri đi bầu: ${formatPercent(result.turnout.hundredths)}, ${
            result.turnout.meets ? `đạt mức từ ${minimumPercent}% trở lên.` : `chưa đạt mức ${minimumPercent}%.`
          }`}
      </p>
    </fieldset>
  );
}

export function ExclusionsStep(props: StepProps) {
  return (
    <>
      <h1 class="question-heading">Tập thể, cá nhân có thuộc trường hợp nào dưới đây không?</h1>
      <p>
        Chưa khen thưởng trong thời gian cơ quan có thẩm quyền đang xem xét, xác minh; không khen thưởng lại cho thành tích đã được
        khen thưởng. Trả lời từng câu; chọn “Có” nếu tập thể, cá nhân thuộc trường hợp đó.
      </p>
      {exclusionsOf(props.records.principles).map((exclusion) => (
        <YesNoQuestion
          key={exclusion.id}
          id={exclusion.id}
          heading={false}
          label={exclusion.question}
          hint={<Citation clause={exclusion.clause} legalBasis={exclusion.legalBasis} references={props.records.legalReferences} />}
          errors={props.errors}
          {...answerProps(exclusion.id, props)}
        />
      ))}
    </>
  );
}
