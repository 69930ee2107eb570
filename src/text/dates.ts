// Dates as Nghị định 30/2020 writes them: a zero before days under 10 and before months 1 and 2.
// Part of the one Vietnamese text module: import it from ./vietnamese.

/** Numbers under 10 get a leading zero: 5 → "05" (document numbers, counts, days). */
export const pad2 = (value: number): string => (value >= 0 && value < 10 ? `0${value}` : String(value));

/**
 * A calendar date as printed ("ngày 05 tháng 3 năm 2026"). Leave `day` and/or `month` out to
 * print a blank that the unit fills in by hand when the document is signed.
 */
export interface DocumentDate {
  day?: number;
  month?: number;
  year: number;
}

/** Blank left for a value to be written by hand. */
export const BLANK = '\u00A0\u00A0\u00A0\u00A0\u00A0';

const validDay = (day: number | undefined): day is number => Number.isInteger(day) && day! >= 1 && day! <= 31;
const validMonth = (month: number | undefined): month is number => Number.isInteger(month) && month! >= 1 && month! <= 12;

/** Day and month as Nghị định 30 writes them: days under 10 and months 1, 2 with a leading zero. */
export function dateParts(date: DocumentDate): { day: string; month: string; year: string } {
  return {
    day: validDay(date.day) ? pad2(date.day) : BLANK,
    month: validMonth(date.month) ? (date.month <= 2 ? pad2(date.month) : String(date.month)) : BLANK,
    year: String(date.year),
  };
}

/** "05/3/2026" (blanks as "…" when the day or month is left open). */
export function shortDate(date: DocumentDate): string {
  const { day, month, year } = dateParts(date);
  const open = (part: string) => (part === BLANK ? '…' : part);
  return `${open(day)}/${open(month)}/${year}`;
}

/** "05 tháng 3 năm 2026" (the words after "ngày"). */
export function longDate(date: DocumentDate): string {
  const { day, month, year } = dateParts(date);
  return `${day} tháng ${month} năm ${year}`;
}

/**
 * Whether a date is too late for a deadline worded "trước ngày …" (the plan's "trước ngày
 * 31/3/2026"): every day it may mean is the deadline's day or later. `deadline` is "YYYY-MM-DD".
 */
export const lateFor = (date: DocumentDate, deadline: string): boolean => daySpan(date).first >= deadline;

/** `a` is surely after `b`: every day `a` may mean is after every day `b` may mean ("4/2026" after "31/3/2026"). */
export const surelyAfter = (a: DocumentDate, b: DocumentDate): boolean => daySpan(a).first > daySpan(b).last;

/**
 * The first and last days a date may mean, as "YYYY-MM-DD" (comparable as text): a date typed
 * to the month or the year ("3/2026", "2026", kept blank to write by hand) spans its month or year.
 * A date is surely before another when its last day is before the other's first.
 */
export function daySpan(date: DocumentDate): { first: string; last: string } {
  const last = date.month ? new Date(Date.UTC(date.year, date.month, 0)).getUTCDate() : 31;
  const iso = (month: number, day: number) => `${String(date.year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return { first: iso(date.month ?? 1, date.day ?? 1), last: iso(date.month ?? 12, date.day ?? last) };
}

/** Parses an ISO date "2025-11-18" (from content/) into a DocumentDate. */
export function isoDate(iso: string): DocumentDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`ngày không hợp lệ: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * A date as typed: "05/3/2026" (also with "-" or "."), "3/2026" or "2026" to leave day and month
 * blank. Undefined when it is not a real date of the years `years` (a document's: 2000 to 2100).
 */
export function parseTypedDate(typed: string, years: { from: number; to: number } = { from: 2000, to: 2100 }): DocumentDate | undefined {
  const match = /^(?:(?:(\d{1,2})\s*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*)?(\d{4})$/.exec(String(typed ?? '').trim());
  if (!match) return undefined;
  const day = match[1] === undefined ? undefined : Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const year = Number(match[3]);
  if (year < years.from || year > years.to) return undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return undefined;
  return { ...(day !== undefined ? { day } : {}), ...(month !== undefined ? { month } : {}), year };
}
