// Formatting of dates and counts the way the plan writes them (pure; no Astro, no DOM).

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number?];

/** "2026-03-15" → "15/3/2026", the plan's short date style. */
export function formatShortDate(iso: string): string {
  const [year, month, day] = parts(iso);
  if (day === undefined) throw new Error(`formatShortDate: "${iso}" has no day`);
  return `${day}/${month}/${year}`;
}

/**
 * "2025-11-18" → "ngày 18 tháng 11 năm 2025", the date line of an administrative document
 * (Nghị định 30/2020: a zero before days below 10 and before months 1 and 2).
 */
export function formatLongDate(iso: string): string {
  const [year, month, day] = parts(iso);
  if (day === undefined) throw new Error(`formatLongDate: "${iso}" has no day`);
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `ngày ${String(day).padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** A key date: "2025-10" → "Tháng 10/2025"; "2026-03-31" → "31/3/2026". */
export function formatKeyDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return day === undefined ? `Tháng ${month}/${year}` : formatShortDate(iso);
}

/** A count as the plan writes it: two digits ("05", "01"). */
export const formatCount = (count: number): string => String(count).padStart(2, '0');
