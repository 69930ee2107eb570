// The result: the outcome, why, every condition with its status and clause, priorities and next
// steps. Loaded by the island once the last questions are reached (a dynamic import), with the
// next steps and the panel that attaches the check to a nominee.
import { useState } from 'preact/hooks';
import { outcomeHeading, type CheckedItem, type EligibilityRecords, type Evaluation } from '../../domain/eligibility';
import { EXCLUSIONS_HEADING } from '../../domain/outcomes';
import { formatCount, formatPercent } from '../../text/vietnamese';
import { Citation } from './Citation';
import { NextSteps, type NextStepsProps } from './NextSteps';
import { CRITERION_PREFIX } from './steps';

interface Props extends Omit<NextStepsProps, 'outcome'> {
  evaluation: Evaluation;
  records: EligibilityRecords;
}

/** What met / not met / not answered say for each kind of item; the scope row states the answer, then the plan's statement. */
const STATUS_TEXT = {
  criterion: ['Đạt', 'Không đạt'],
  scope: ['Thuộc đối tượng khen thưởng', 'Không thuộc đối tượng khen thưởng'],
  exclusion: ['Không thuộc trường hợp này', 'Đang thuộc trường hợp này'],
} as const;

/** The status of an item; an exclusion that bars the achievement for good is not "đang" (for now). */
const statusText = (item: CheckedItem) =>
  item.status === 'unanswered'
    ? 'Chưa trả lời'
    : item.permanent && item.status === 'not-met'
      ? 'Thuộc trường hợp này'
      : STATUS_TEXT[item.type][item.status === 'met' ? 0 : 1];

const stepOf = (item: CheckedItem) => (item.type === 'scope' ? 'pham-vi' : item.type === 'exclusion' ? 'loai-tru' : `${CRITERION_PREFIX}${item.id}`);

function List({ items, records, answerLinks }: { items: CheckedItem[]; records: EligibilityRecords; answerLinks?: boolean }) {
  return (
    <ul class="check-list">
      {items.map((item) => (
        <li key={item.id}>
          <span class={`status status--${item.status}`}>{statusText(item)}</span> {item.text}{' '}
          {item.turnout &&
            `(tỷ lệ ${formatPercent(item.turnout.hundredths)}: ${formatCount(item.turnout.voted)} trên ${formatCount(item.turnout.registered)} cử tri) `}
          <Citation clause={item.clause} legalBasis={item.legalBasis} references={records.legalReferences} />
          {answerLinks && (
            <>
              {' '}
              <a href={`#${stepOf(item)}`}>Trả lời câu hỏi này</a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Reason({ evaluation, records }: { evaluation: Evaluation; records: EligibilityRecords }) {
  const { outcome, award, scope } = evaluation;
  const cite = (clause: string) => <Citation clause={clause} references={records.legalReferences} />;
  if (outcome === 'eligible' || outcome === 'refer') {
    return (
      <>
        <p>
          {evaluation.nomineeKind.name} thuộc đối tượng khen thưởng
          {outcome === 'eligible' && `, đạt tất cả ${evaluation.criteria.length} tiêu chuẩn của ${award.name}`} và không thuộc các
          trường hợp chưa khen thưởng hoặc không khen thưởng.
        </p>
        {outcome === 'refer' && (
          <p>
            {award.selectionNote} {cite(award.selectionClause)}
          </p>
        )}
      </>
    );
  }
  if (outcome === 'excluded' || outcome === 'already-rewarded' || outcome === 'incomplete') {
    const lead = {
      excluded: 'Chưa khen thưởng hoặc đề nghị cấp trên khen thưởng trong thời gian cơ quan có thẩm quyền còn xem xét, xác minh trường hợp sau; khi đã có kết luận, hãy tự kiểm tra lại:',
      'already-rewarded': 'Thành tích này đã được khen thưởng bằng một hình thức khác: không đề nghị khen thưởng thêm cho cùng thành tích.',
      incomplete: 'Cần trả lời thêm các câu hỏi sau để có kết quả:',
    }[outcome];
    return (
      <>
        <p>{lead}</p>
        <List items={outcome === 'incomplete' ? evaluation.unanswered : evaluation.applying} records={records} answerLinks={outcome === 'incomplete'} />
      </>
    );
  }
  const criteria = evaluation.unmet.filter((item) => item !== scope);
  return (
    <>
      {scope.status === 'not-met' && (
        <>
          <p>Không thuộc đối tượng khen thưởng của Kế hoạch. Kế hoạch chỉ khen thưởng:</p>
          <blockquote>
            {scope.text} {cite(scope.clause!)}
          </blockquote>
        </>
      )}
      {criteria.length > 0 && (
        <>
          <p>Chưa đạt các tiêu chuẩn sau của {award.name}:</p>
          <List items={criteria} records={records} />
        </>
      )}
    </>
  );
}

/** Set by "Gắn kết quả" (?da-gan=1) on the page it opens: said once, then taken out of the address. */
function justAttached(): boolean {
  const url = new URL(location.href);
  if (!url.searchParams.has('da-gan')) return false;
  url.searchParams.delete('da-gan');
  history.replaceState(history.state, '', url);
  return true;
}

export function Result({ evaluation, records, ...next }: Props) {
  const { outcome, award } = evaluation;
  const [attached] = useState(justAttached);
  const tone = outcome === 'eligible' || outcome === 'refer' ? 'met' : outcome === 'incomplete' ? 'unanswered' : 'not-met';
  return (
    <>
      {attached && <p class="note note--important">Đã gắn kết quả này với tập thể, cá nhân ở trên; câu trả lời đã được chuyển sang.</p>}
      <div class={`result-panel result-panel--${tone}`}>
        <p class="caption">
          Kết quả tự kiểm tra · {award.shortName} · {evaluation.nomineeKind.name}
        </p>
        <h1>{outcomeHeading(evaluation, records.legalReferences)}</h1>
      </div>
      <Reason evaluation={evaluation} records={records} />

      <h2>Từng điều kiện</h2>
      <h3>Đối tượng khen thưởng</h3>
      <List items={[evaluation.scope]} records={records} />
      <h3>Tiêu chuẩn</h3>
      {evaluation.criteria.length > 0 ? (
        <List items={evaluation.criteria} records={records} />
      ) : (
        <p>
          {award.criteriaNote} <Citation clause={award.criteriaClause} references={records.legalReferences} />
        </p>
      )}
      <h3>{EXCLUSIONS_HEADING}</h3>
      <List items={evaluation.exclusions} records={records} />

      {evaluation.priorities.length > 0 && (
        <>
          <h2>Khi có nhiều trường hợp đủ điều kiện như nhau</h2>
          <p>Lưu ý thứ tự ưu tiên khi chọn người, tập thể để đề nghị:</p>
          <ul>
            {evaluation.priorities.map((priority) => (
              <li key={priority.id}>
                {priority.text} <Citation clause={priority.clause} legalBasis={priority.legalBasis} references={records.legalReferences} />
              </li>
            ))}
          </ul>
        </>
      )}

      <NextSteps outcome={outcome} records={records} {...next} />
    </>
  );
}
