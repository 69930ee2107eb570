import type { QuotaEvaluation, QuotaIssue } from '../../domain/quotas';
import { clauseHref, clauseLabel } from '../../domain/rules';
import type { NomineeWording } from '../../schemas/form';
import type { QuotaCategory } from '../../schemas/quota';

/** One sentence with the counts against the allowance and the readiness, for the live announcement. */
export function countsSentence(evaluation: QuotaEvaluation): string {
  const { counts, allowance, ready } = evaluation;
  const has = `Danh sách có ${counts.collectives} tập thể, ${counts.individuals} cá nhân`;
  const max = !allowance
    ? ''
    : allowance.kind === 'either'
      ? `; tối đa ${allowance.cases} trường hợp (tập thể hoặc cá nhân)`
      : `; tối đa ${[allowance.collectives && `${allowance.collectives} tập thể`, allowance.individuals && `${allowance.individuals} cá nhân`].filter(Boolean).join(', ')}`;
  return `${has}${max}. ${ready ? 'Danh sách sẵn sàng.' : 'Danh sách chưa sẵn sàng.'}`;
}

function IssueList({ issues, title, tone }: { issues: QuotaIssue[]; title: string; tone: 'blocking' | 'warning' }) {
  if (issues.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul class={`quota-issues quota-issues--${tone}`}>
        {issues.map((issue, index) => (
          <li key={index}>
            {issue.message}
            {issue.clause && (
              <>
                {' '}
                <a href={clauseHref(issue.clause)}>Xem {clauseLabel(issue.clause)} trong Kế hoạch</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

interface Props {
  category: QuotaCategory;
  wording: NomineeWording;
  evaluation: QuotaEvaluation;
}

/** Counts against the allowance, readiness, and every issue with its clause. */
export function QuotaStatus({ category, wording, evaluation }: Props) {
  const { counts, allowance, issues, ready } = evaluation;
  const blocking = issues.filter((i) => i.severity === 'blocking');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const over = blocking.some((i) => i.code === 'over-limit' || i.code === 'type-not-allowed');
  const limit = category.limit;
  const scaled = allowance as Record<string, number> | null;
  // A type the category never allows gets a row only when the list has some.
  const rows: [string, number, number | undefined][] =
    limit.kind === 'either'
      ? [[`Trường hợp (${counts.collectives} tập thể, ${counts.individuals} cá nhân)`, counts.total, scaled?.cases]]
      : (['collectives', 'individuals'] as const)
          .filter((type) => counts[type] > 0 || limit[type] > 0)
          .map((type) => [wording.nomineeGroups[type === 'collectives' ? 'collective' : 'individual'], counts[type], scaled?.[type]]);
  return (
    <section class={`quota-status${over ? ' quota-status--over' : ''}`} aria-labelledby="so-luong-tinh-trang">
      <h3 id="so-luong-tinh-trang">Số lượng so với quy định</h3>
      <p>
        Quy định: “{category.sourceText}” (<a href={clauseHref(category.clause)}>{clauseLabel(category.clause)}</a>).
      </p>
      <table class="quota-counts">
        <thead>
          <tr>
            <th scope="col">Đề nghị</th>
            <th scope="col" class="number">Đã có</th>
            <th scope="col" class="number">Tối đa</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count, max]) => (
            <tr key={label} class={max !== undefined && count > max ? 'quota-counts--over' : undefined}>
              <th scope="row">{label}</th>
              <td class="number">{count}</td>
              <td class="number">{max ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class={`status ${ready ? 'status--success' : 'status--error'}`}>{ready ? 'Danh sách sẵn sàng để lập hồ sơ' : 'Danh sách chưa sẵn sàng'}</p>
      {ready && (
        <p>
          Bước tiếp theo: <a href="/ho-so/">lập hồ sơ đề nghị khen thưởng</a> từ danh sách này (trang Hồ sơ).
        </p>
      )}
      <IssueList issues={blocking} title="Cần sửa trước khi lập hồ sơ" tone="blocking" />
      <IssueList issues={warnings} title="Lưu ý (không bắt buộc sửa)" tone="warning" />
    </section>
  );
}
