// The number of boards (ban) or teams (đoàn) of a unit whose quota is counted per board or team
// (plan Mục IV.2): its noun, and the number as typed. Apart from the quota check (./quotas.ts, which
// re-exports it), so that a page asking only for the count does not load the whole check. Pure.
import type { QuotaCategory } from '../schemas/quota';
import { parseWholeNumber } from '../text/vietnamese';

/** More boards or teams than any unit of the province has: a typing error. */
const MAX_GROUPS = 999;

const GROUP_NOUN = { board: 'ban', team: 'đoàn' } as const;

/** "ban" or "đoàn" for categories counted per board or team, undefined otherwise. */
export const groupNoun = (category: Pick<QuotaCategory, 'basis'>) => (category.basis === 'unit' ? undefined : GROUP_NOUN[category.basis]);

/** Parses the typed number of boards or teams (the site's whole-number rule): a whole number of at least 1. */
export function parseGroupCount(category: Pick<QuotaCategory, 'basis'>, typed: string | number | undefined): { value: number } | { message: string } {
  const noun = groupNoun(category) ?? 'ban';
  const parsed = parseWholeNumber(String(typed ?? ''));
  if (!parsed.ok) {
    switch (parsed.problem) {
      case 'empty':
        return { message: `Nhập số ${noun} của đơn vị (một số nguyên, ví dụ 3).` };
      case 'negative':
        return { message: `Số ${noun} không được là số âm.` };
      case 'decimal':
        return { message: `Số ${noun} phải là số nguyên (ví dụ 3), không có phần thập phân.` };
      default:
        return { message: `Số ${noun} phải là một số nguyên dương, ví dụ 3.` };
    }
  }
  if (parsed.value === BigInt(0)) return { message: `Số ${noun} phải lớn hơn 0.` };
  if (parsed.value > BigInt(MAX_GROUPS)) return { message: `Số ${noun} quá lớn: tối đa ${MAX_GROUPS}.` };
  return { value: Number(parsed.value) };
}
