// What the reviewer must see before the Sở's documents are made from the marks: both sides of a
// possible duplicate accepted; a unit whose accepted nominees exceed its quota (the planner's own
// evaluateQuota run again on the accepted ones, with its messages and clauses); and, blocking the
// annex and the letter, accepted nominees of a unit without a category. Runs in the reading worker,
// which holds the rules. Pure.
import type { QuotaIssueCode } from '../domain/quotas';
import { clauseLabel } from '../domain/rules';
import { quotedName } from '../text/vietnamese';
import { categoryOf, evaluateUnitQuota, QUOTA_CLAUSE, type Consolidation } from './consolidate';
import { shownDate } from './dates';
import { statusOf, type Marks } from './marks';
import { unplacedAccepted, unplacedMessage } from './outputs';
import type { ReviewRules } from './rules';

/** What the outputs section shows before the documents are made. */
export interface OutputCheck {
  /** why the annex and the letter cannot be made yet (in Vietnamese); empty when they can */
  blocking: string[];
  /** what to look at before signing (in Vietnamese) */
  warnings: string[];
}

/** The quota issues that say the accepted are too many (a type never allowed is a limit of 0). */
const COUNT_CODES: readonly QuotaIssueCode[] = ['over-limit', 'type-not-allowed'];

/** "A, B và C". */
const listed = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`);

export function checkOutputs(consolidation: Consolidation, marks: Marks, rules: Pick<ReviewRules, 'quotas' | 'principles' | 'birthYears'>): OutputCheck {
  const warnings: string[] = [];
  const byKey = new Map(consolidation.units.map((unit) => [unit.key, unit]));
  for (const group of consolidation.duplicates) {
    const accepted = group.entries.filter((entry) => {
      const nominee = byKey.get(entry.unitKey)?.nominees.find((n) => n.id === entry.nomineeId);
      return nominee !== undefined && statusOf(marks, entry.unitKey, nominee) === 'accepted';
    });
    if (new Set(accepted.map((entry) => entry.unitKey)).size < 2) continue;
    const born = group.birthDate ? `ngày sinh ${shownDate(group.birthDate)}` : `năm sinh ${group.birthYear}`;
    warnings.push(
      `Đã chấp nhận cả ${listed(accepted.map((entry) => `${quotedName(entry.name)} do ${quotedName(entry.unitName)} đề nghị`))} (cùng họ tên không dấu, ${born}): có thể là một người, cần xác minh trước khi trình ký.`,
    );
  }
  for (const unit of consolidation.units) {
    const category = categoryOf(unit.data, rules);
    if (!category) continue;
    const ids = new Set(unit.nominees.filter((nominee) => statusOf(marks, unit.key, nominee) === 'accepted').map((nominee) => nominee.id));
    if (ids.size === 0) continue;
    const evaluation = evaluateUnitQuota(
      unit.data,
      category,
      rules,
      unit.data.nominees.filter((nominee) => ids.has(nominee.id)),
    );
    for (const issue of evaluation.issues) {
      if (COUNT_CODES.includes(issue.code)) warnings.push(`Đã chấp nhận quá số lượng được đề nghị của ${quotedName(unit.name)}. ${issue.message}`);
    }
  }
  const quotaClause = clauseLabel(QUOTA_CLAUSE);
  return { blocking: unplacedAccepted(consolidation, marks).map((entry) => unplacedMessage(entry, quotaClause)), warnings };
}
