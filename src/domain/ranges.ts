// The ranges of the years a unit types, each bound with its reason, and the one check of a typed
// year against a range. Pure: the bounds come from the dates passed in (election day from
// content/rules/key-dates.yaml), never from the clock, except where the rule is "up to this year".
import { daySpan, isoDate, shortDate, type DocumentDate } from '../text/vietnamese';

export interface YearRange {
  min: number;
  max: number;
  /** for years of birth: the last day of birth still of age on election day, "YYYY-MM-DD" */
  latestBirthDay?: string;
  /** why the range is what it is, ending the message of a year outside it */
  reason?: string;
}

/** Voting age: a member of a body in charge of the election is at least 18 on election day. */
export const MIN_AGE = 18;
/** The oldest age still plausible for a nominee: an earlier year of birth is a typing error. */
export const MAX_AGE = 86;
/** The first year of the country's awards (Sắc lệnh of 1945): an earlier award year is a typing error. */
export const FIRST_AWARD_YEAR = 1945;

/** Years of birth of an individual: at least MIN_AGE on election day (1940–2008 for 15/3/2026). */
export function birthYearRange(electionDay: string): YearRange {
  const day = isoDate(electionDay);
  const latest = `${day.year - MIN_AGE}-${electionDay.slice(5, 10)}`;
  return { min: day.year - MAX_AGE, max: day.year - MIN_AGE, reason: `đủ ${MIN_AGE} tuổi vào ngày bầu cử ${shortDate(day)}`, latestBirthDay: latest };
}

/**
 * What is wrong with a full date of birth typed beside a year in `years` (birthYearRange): a date
 * not of age on election day, though its year is in the range (20/3/2008 on 15/3/2026); undefined
 * when it is of age, or not a full date (its reading is the caller's business).
 */
export function birthDayProblem(birth: DocumentDate | undefined, years: YearRange): string | undefined {
  if (!birth?.day || !birth.month || !years.latestBirthDay) return undefined;
  return daySpan(birth).first > years.latestBirthDay ? `Ngày sinh ${shortDate(birth)} chưa ${years.reason ?? `đủ ${MIN_AGE} tuổi`}.` : undefined;
}

/** Years of earlier awards: from FIRST_AWARD_YEAR to the current year. */
export const awardYearRange = (currentYear: number): YearRange => ({ min: FIRST_AWARD_YEAR, max: currentYear });

/**
 * What is wrong with a typed year, or undefined when it is a 4-digit year in the range. `what`
 * names the year in the message ("Năm sinh"); an empty year is the caller's business.
 */
export function yearProblem(typed: string, range: YearRange, what: string): string | undefined {
  const text = String(typed ?? '').trim();
  if (!/^\d{4}$/.test(text)) return `${what} phải gồm 4 chữ số, ví dụ ${range.max - 20}.`;
  const year = Number(text);
  if (year >= range.min && year <= range.max) return undefined;
  return `${what} phải trong khoảng từ ${range.min} đến ${range.max}${range.reason ? ` (${range.reason})` : ''}.`;
}
