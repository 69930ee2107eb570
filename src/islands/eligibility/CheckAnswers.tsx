// "Kiểm tra lại câu trả lời": every answer with a link back to its step.
import { Fragment } from 'preact';
import { exclusionsOf, type EligibilityRecords } from '../../domain/eligibility';
import { EXCLUSIONS_HEADING } from '../../domain/outcomes';
import { computeTurnout } from '../../domain/turnout';
import type { Criterion } from '../../schemas/criterion';
import type { SelfCheckAnswers, YesNo } from '../../schemas/selfCheck';
import { formatCount, formatPercent } from '../../text/vietnamese';
import { Citation } from './Citation';
import type { Step } from './steps';

interface Props {
  check: SelfCheckAnswers;
  records: EligibilityRecords;
  steps: Step[];
  /** called when a change link is followed, so that the step comes back here once answered */
  onChange: () => void;
  onContinue: () => void;
}

/** The question (also said after the change link, for screen readers), the answer (undefined: none yet), the step. */
type Row = [question: string, answer: string | undefined, step: string];

const yesNo = (value: YesNo | undefined) => value && (value === 'yes' ? 'Có' : 'Không');

function SummaryList({ rows, onChange }: { rows: Row[]; onChange: () => void }) {
  return (
    <dl class="summary-list">
      {rows.map(([question, answer, step]) => (
        <div class="summary-list__row" key={question}>
          <dt>{question}</dt>
          <dd>{answer ?? <span class="status status--unanswered">Chưa trả lời</span>}</dd>
          <dd class="summary-list__action">
            <a href={`#${step}`} onClick={onChange}>
              {answer ? 'Thay đổi' : 'Trả lời'}
              <span class="visually-hidden"> {question}</span>
            </a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function CheckAnswers({ check, records, steps, onChange, onContinue }: Props) {
  const award = records.awards.find((a) => a.id === check.award);
  const kind = records.nomineeKinds.find((k) => k.id === check.nomineeKind);
  const answerOf = ({ id, check: how }: Criterion) => {
    if (how.type === 'yes-no') return yesNo(check.answers[id]);
    const result = computeTurnout(check.turnout, how.minimumPercent);
    const { voted, registered, hundredths } = result.ok ? result.turnout : {};
    return result.ok ? `${formatCount(voted!)} trên ${formatCount(registered!)} cử tri đi bầu: ${formatPercent(hundredths!)}` : undefined;
  };
  const sections: [heading: string, rows: Row[]][] = [
    [
      '',
      [
        ['Hình thức khen thưởng', award?.name, 'hinh-thuc'],
        ['Đối tượng được đề nghị', kind?.name, 'doi-tuong'],
        ...(kind ? [[kind.recipientScope.question, yesNo(check.inScope), 'pham-vi'] as Row] : []),
      ],
    ],
    ['Tiêu chuẩn', steps.flatMap((step): Row[] => (step.kind === 'criterion' ? [[step.criterion.question, answerOf(step.criterion), step.id]] : []))],
    [
      EXCLUSIONS_HEADING,
      steps.some((s) => s.kind === 'exclusions')
        ? exclusionsOf(records.principles).map((e): Row => [e.question, yesNo(check.answers[e.id]), 'loai-tru'])
        : [],
    ],
  ];

  return (
    <>
      <h1>Kiểm tra lại câu trả lời</h1>
      {sections.map(([heading, rows]) => (
        <Fragment key={heading}>
          {heading && rows.length > 0 && <h2>{heading}</h2>}
          {rows.length > 0 && <SummaryList rows={rows} onChange={onChange} />}
          {heading === 'Tiêu chuẩn' && award && award.criteriaBasis !== 'plan' && (
            <>
              <h2>{heading}</h2>
              <p class="note">
                {award.criteriaNote} <Citation clause={award.criteriaClause} references={records.legalReferences} />
              </p>
            </>
          )}
        </Fragment>
      ))}
      <div class="button-group">
        <button type="button" class="button" onClick={onContinue}>
          Xem kết quả
        </button>
      </div>
    </>
  );
}
