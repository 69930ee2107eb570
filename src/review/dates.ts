// Dates of ho-so.json ("2026", "2026-03" or "2026-03-20": the precision the unit typed) against
// the campaign's key dates (content/rules/key-dates.yaml). A date known only to the month is "after"
// a day only when its first day is after it. Pure.
import { daySpan, lateFor, parseTypedDate, surelyAfter, type DocumentDate } from '../text/vietnamese';

/** The first and last days a partial ISO date may mean, as "YYYY-MM-DD" (comparable as text). */
export function dateRange(iso: string): { first: string; last: string } | null {
  const date = documentDateOf(iso);
  return date ? daySpan(date) : null;
}

/** Partial ISO date `a` is surely after `b` (surelyAfter of the text module). */
export function isoSurelyAfter(a: string, b: string): boolean {
  const left = documentDateOf(a);
  const right = documentDateOf(b);
  return left !== undefined && right !== undefined && surelyAfter(left, right);
}

/** A partial ISO date too late for a deadline worded "trước ngày …" (lateFor of the text module). */
export function surelyNotBefore(iso: string, deadline: string): boolean {
  const date = documentDateOf(iso);
  return date !== undefined && lateFor(date, deadline);
}

/** The calendar day of an ISO time in Việt Nam (UTC+7, no daylight saving), "YYYY-MM-DD". */
export const vietnamDay = (isoTime: string): string => new Date(Date.parse(isoTime) + 7 * 3600_000).toISOString().slice(0, 10);

/** A partial ISO date as a document prints it. */
export function documentDateOf(iso: string | null): DocumentDate | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!match) return undefined;
  return { year: Number(match[1]), ...(match[2] ? { month: Number(match[2]) } : {}), ...(match[3] ? { day: Number(match[3]) } : {}) };
}

/** "05/3/2026" for messages; the typed precision kept ("3/2026", "2026"). */
export function shownDate(iso: string): string {
  const date = documentDateOf(iso);
  if (!date) return iso;
  return [date.day, date.month, date.year].filter((part) => part !== undefined).join('/');
}

/** A date typed by the reviewer ("05/4/2026", "4/2026", "2026"), or undefined when blank or unreadable. */
export const typedDate = (typed: string): DocumentDate | undefined => parseTypedDate(typed);
