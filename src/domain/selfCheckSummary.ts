// Sentences for section II of the achievement report (THÀNH TÍCH ĐẠT ĐƯỢC), drawn from a saved
// self-check: the commune's voter figures and the criteria answered as met. The dossier builder
// reads drafts.selfChecks[nomineeId] and calls this to pre-fill the section. Pure: no DOM.
import { evaluateSelfCheck, type EligibilityRecords, type SelfCheckAnswers } from './eligibility';
import { clauseLabel } from './rules';
import { formatCount, formatPercent } from './turnout';

/**
 * Vietnamese sentences, in order: the voter figures (when the check has valid ones), then an
 * opening sentence and one sentence per criterion met, in the plan's wording and order.
 * Empty when the self-check has no award or kind, or nothing to report.
 */
export function selfCheckSummary(check: SelfCheckAnswers, records: EligibilityRecords): string[] {
  const result = evaluateSelfCheck(check, records);
  if (!result?.ok) return [];
  const { award, nomineeKind, criteria } = result.evaluation;
  const sentences: string[] = [];
  for (const { turnout } of criteria) {
    if (!turnout) continue;
    sentences.push(
      `Tổng số cử tri có tên trong danh sách cử tri: ${formatCount(turnout.registered)} người; ` +
        `số cử tri đã đi bầu: ${formatCount(turnout.voted)} người; ` +
        `tỷ lệ cử tri đi bầu đạt ${formatPercent(turnout.hundredths)}.`,
    );
  }
  const met = criteria.filter((c) => c.status === 'met');
  if (met.length > 0) {
    sentences.push(
      `Đối chiếu với tiêu chuẩn ${award.name} tại ${clauseLabel(award.criteriaClause)} của Kế hoạch, ` +
        `${nomineeKind.name.toLocaleLowerCase('vi')} đạt các tiêu chuẩn sau:`,
    );
    sentences.push(...met.map((c) => c.text));
  }
  return sentences;
}
