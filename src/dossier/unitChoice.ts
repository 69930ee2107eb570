// The unit's place in the quota table (plan Mục IV.2) as the PDF assembly asks it when the device
// has no list to read it from, and what keeps it from being written into ho-so.json. Small and
// apart from ./dossierData.ts, which the assembly's worker loads: the island needs only this. Pure.
import { groupNoun, parseGroupCount } from '../domain/groupCount';
import type { AssemblyIssue } from '../pdf/slots';
import type { QuotaCategory } from '../schemas/quota';
import type { QuotaPlanDraft } from '../storage/quotaPlanDraft';

/** The unit's place in the quota table: as the planner stores it, or as the assembly page asks it without a list. */
export type UnitChoice = Pick<QuotaPlanDraft, 'categoryId' | 'unitName' | 'groupCount'>;

/** Said when the assembly page, without a list, has no category: Sở Nội vụ checks the quota by it. */
export const CATEGORY_MISSING = 'Chọn đơn vị của bạn theo bảng số lượng (Mục IV.2): Sở Nội vụ đối chiếu số lượng được đề nghị theo đơn vị, nhóm đơn vị đã chọn.';

/** What keeps the category chosen on the assembly page from being written: none chosen, or its number of boards or teams. */
export function unitChoiceIssues(quotas: readonly Pick<QuotaCategory, 'id' | 'basis'>[], choice: UnitChoice): AssemblyIssue[] {
  const category = quotas.find((quota) => quota.id === choice.categoryId);
  if (!category) return [{ target: { kind: 'category' }, severity: 'blocking', message: CATEGORY_MISSING }];
  if (!groupNoun(category)) return [];
  const count = parseGroupCount(category, choice.groupCount);
  return 'message' in count ? [{ target: { kind: 'group-count' }, severity: 'blocking', message: count.message }] : [];
}
