// Dates and counts on the pages, written as the plan writes them. The conventions (Nghị định
// 30/2020: a zero before days below 10 and before months 1 and 2) live once, in
// src/text/vietnamese.ts, which the generated documents use too. Pure; no Astro, no DOM.
import { isoDate, longDate, pad2, shortDate } from '../text/vietnamese';

/** "2026-03-31" → "31/3/2026"; "2025-08-05" → "05/8/2025", the plan's short date style. */
export const formatShortDate = (iso: string): string => shortDate(isoDate(iso));

/** "2025-11-18" → "ngày 18 tháng 11 năm 2025", the date line of an administrative document. */
export const formatLongDate = (iso: string): string => `ngày ${longDate(isoDate(iso))}`;

/** A key date: "2025-10" → "Tháng 10/2025"; "2026-03-31" → "31/3/2026". */
export function formatKeyDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return day === undefined ? `Tháng ${Number(month)}/${year}` : formatShortDate(iso);
}

/** A count as the plan writes it: two digits ("05", "01"). */
export const formatQuotaCount = (count: number): string => pad2(count);
