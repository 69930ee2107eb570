// The documents' own text conventions: user text made safe for a document, capitals, lists
// punctuated as Nghị định 30 wants them, document numbers, counts of nominees, how a nominee is
// named. Numbers, dates, names and templates are in src/text/vietnamese.ts. Pure; no docx.
import type { CommonForm } from '../schemas/form';
import type { EarlierAward } from '../schemas/unitProfile';
import { BLANK, fillTemplate, pad2 } from '../text/vietnamese';
import type { DossierNominee } from './types';

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

/** Capitals as Vietnamese prints them (headers, titles, signature titles). */
export const upper = (text: string): string => text.toLocaleUpperCase('vi');


/** The number of a document: digits under 10 padded ("5" → "05"); anything else as typed; empty → blank. */
export function documentNumber(typed: string): string {
  const value = cleanLine(typed);
  if (value === '') return BLANK;
  return /^\d+$/.test(value) ? pad2(Number(value)) : value;
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
 * Where a collective belongs, for the list's "đơn vị" column and after its name: the proposing
 * unit when the collective is one of its divisions ("Sở Văn hóa, Thể thao và Du lịch" for its
 * "Phòng Quản lý văn hóa và gia đình"), unless the name already says it; else nothing.
 */
export function collectiveParent(nominee: Pick<DossierNominee, 'name' | 'ownUnit'>): string {
  const parent = cleanLine(nominee.ownUnit.parent ?? '');
  return parent && !cleanLine(nominee.name).toLocaleLowerCase('vi').includes(parent.toLocaleLowerCase('vi')) ? parent : '';
}

/** How a nominee is named in sentences and lists: the name, then position and unit for a person, the parent unit for a division. */
export function nomineeDescription(nominee: DossierNominee): string {
  const parts = nominee.type === 'individual' ? [nominee.name, nominee.position, nominee.unit] : [nominee.name, collectiveParent(nominee)];
  return parts.map(cleanLine).filter(Boolean).join(', ');
}

/** A row of earlier awards with something written in it (rows left empty are not printed). */
export const awardHasContent = (award: EarlierAward): boolean =>
  [award.year, award.award, award.decision, award.issuer].some((value) => cleanLine(value) !== '');
