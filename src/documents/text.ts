// Text helpers shared by the builders: sanitising user text, filling the form templates, and the
// number and date conventions of Nghị định 30/2020. Pure; no docx (safe to import anywhere).
import type { CommonForm } from '../schemas/form';
import type { DocumentDate, DossierNominee, EarlierAward } from './types';

// C0 controls except tab (U+0009), line feed (U+000A) and carriage return (U+000D), DEL and C1
// controls, and the non-characters U+FFFE/U+FFFF: XML 1.0 forbids or discourages them, and one of
// them in document.xml makes Word refuse the whole file.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Makes any user text safe for a document: characters XML cannot hold are removed, line ends
 * become "\n", and the result is NFC (a decomposed "ế" typed on some keyboards becomes one
 * character). Works on text of any length.
 */
export function sanitizeText(text: string): string {
  return String(text ?? '')
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .normalize('NFC');
}

/**
 * One line of user text, tidied: sanitised, line breaks, tabs and runs of spaces collapsed to one
 * space, ends trimmed. No-break spaces are kept (the blanks left to fill by hand are made of them).
 */
export const cleanLine = (text: string): string => sanitizeText(text).replace(/[ \t\n]+/g, ' ').replace(/^ | $/g, '');

/** The lines of a block of user text ("\n" breaks a line), each tidied by `cleanLine`, empty ones dropped. */
export const textLines = (text: string): string[] => sanitizeText(text).split('\n').map(cleanLine).filter(Boolean);

/**
 * The items of an enumeration as Nghị định 30 punctuates them ("Căn cứ …" lines, "Nơi nhận"):
 * each ends ";" and the last "."; their own final punctuation is replaced and empty ones dropped.
 */
export function punctuateList(items: readonly string[]): string[] {
  const texts = items.map((item) => cleanLine(item).replace(/[\s.;,]+$/, '')).filter(Boolean);
  return texts.map((text, index) => `${text}${index === texts.length - 1 ? '.' : ';'}`);
}

/** Fills `{slot}` placeholders; unknown slots stay as written (the schema rejects them in data). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The letters without their marks: "Đặng Thị Ánh" → "Dang Thi Anh" (đ, which has no decomposition, → d). */
export const withoutDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Capitals as Vietnamese prints them (headers, titles, signature titles). */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** Numbers under 10 get a leading zero: 5 → "05" (document numbers, counts, days). */
export const pad2 = (value: number): string => (value >= 0 && value < 10 ? `0${value}` : String(value));

/** Blank left for a value to be written by hand. */
export const BLANK = '\u00A0\u00A0\u00A0\u00A0\u00A0';

/** The number of a document: digits under 10 padded ("5" → "05"); anything else as typed; empty → blank. */
export function documentNumber(typed: string): string {
  const value = cleanLine(typed);
  if (value === '') return BLANK;
  return /^\d+$/.test(value) ? pad2(Number(value)) : value;
}

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

/** Parses an ISO date "2025-11-18" (from content/) into a DocumentDate. */
export function isoDate(iso: string): DocumentDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new Error(`ngày không hợp lệ: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** "01 tập thể và 02 cá nhân", or only the kind that is present. */
export function countsPhrase(common: CommonForm, collectives: number, individuals: number): string {
  const values = { collectives: pad2(collectives), individuals: pad2(individuals) };
  if (collectives > 0 && individuals > 0) return fillTemplate(common.counts.both, values);
  if (collectives > 0) return fillTemplate(common.counts.collectivesOnly, values);
  if (individuals > 0) return fillTemplate(common.counts.individualsOnly, values);
  return fillTemplate(common.counts.both, values);
}

/**
 * Share of two whole counts in percent, rounded down to two decimals, trailing zeros dropped:
 * 6 of 7 → "85,71", 7 of 7 → "100". Zero when the whole is zero.
 *
 * The convention of formatHundredths() in src/domain/turnout.ts, written again on purpose: this
 * module is part of the lazily loaded docx chunk, and importing the islands' shared code from here
 * makes the bundler attach that code (Preact, storage: +20 KB gzip) to the chunk.
 */
export function percentOf(part: number, whole: number): string {
  // one division of whole numbers: exact, so 97 996 of 100 000 is 97,99, never 98
  const hundredths = whole > 0 ? Math.floor((part * 10000) / whole) : Number.NaN;
  if (!Number.isFinite(hundredths)) return '0';
  const units = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${units},${fraction}` : units;
}

/** How a nominee is named in sentences and lists: the name, then position and unit for a person. */
export function nomineeDescription(nominee: DossierNominee): string {
  const parts = nominee.type === 'individual' ? [nominee.name, nominee.position, nominee.unit] : [nominee.name];
  return parts.map(cleanLine).filter(Boolean).join(', ');
}

/** A row of earlier awards with something written in it (rows left empty are not printed). */
export const awardHasContent = (award: EarlierAward): boolean =>
  [award.year, award.award, award.decision, award.issuer].some((value) => cleanLine(value) !== '');

/** Collectives first, then individuals, each in the given order. */
export function groupNominees<T extends { type: DossierNominee['type'] }>(nominees: readonly T[]): { collective: T[]; individual: T[] } {
  return {
    collective: nominees.filter((n) => n.type === 'collective'),
    individual: nominees.filter((n) => n.type === 'individual'),
  };
}

/** Lower-cases the first letter, to use a title inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
