// How the review recognises a unit and a person across files: names compared without their
// diacritics, case and punctuation ("Nguyễn Văn Ấn" and "NGUYEN VAN AN" are the same), as typed
// names differ in keyboards and habits; a unit's name with its usual abbreviations written out
// ("UBND xã Ea Kar" is "Ủy ban nhân dân xã Ea Kar"). Pure.
import { withoutDiacritics } from '../text/vietnamese';

/** A name folded for comparison: NFC, no diacritics (đ → d), lower case, one space between words, no punctuation. */
export const foldName = (name: string): string =>
  withoutDiacritics(String(name ?? '').normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The abbreviations of units' names, written out where a word is one (compared without
 * diacritics or case: "HĐND", "HDND" and "Hđnd" alike). An abbreviation ending in "." may run into
 * the next word ("TP.Buôn Ma Thuột"); the others are whole words. The longer ones first.
 */
export const UNIT_NAME_ABBREVIATIONS: readonly { short: string; full: string }[] = [
  { short: 'UBMTTQVN', full: 'Ủy ban Mặt trận Tổ quốc Việt Nam' },
  { short: 'UBMTTQ', full: 'Ủy ban Mặt trận Tổ quốc' },
  { short: 'MTTQVN', full: 'Mặt trận Tổ quốc Việt Nam' },
  { short: 'MTTQ', full: 'Mặt trận Tổ quốc' },
  { short: 'UBND', full: 'Ủy ban nhân dân' },
  { short: 'HĐND', full: 'Hội đồng nhân dân' },
  { short: 'TP.', full: 'thành phố' },
];

const plain = (text: string) => withoutDiacritics(String(text ?? '').normalize('NFC')).toLowerCase();

let expansions: { pattern: RegExp; full: Map<string, string> } | undefined;

/** The abbreviations of UNIT_NAME_ABBREVIATIONS written out, on a name without diacritics, in lower case. */
function writtenOut(name: string): string {
  expansions ??= {
    pattern: new RegExp(
      `(^|[^a-z0-9])(${UNIT_NAME_ABBREVIATIONS.map(({ short }) => {
        const escaped = plain(short).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return short.endsWith('.') ? escaped : `${escaped}(?![a-z0-9])`;
      }).join('|')})`,
      'g',
    ),
    full: new Map(UNIT_NAME_ABBREVIATIONS.map(({ short, full }) => [plain(short), ` ${plain(full)} `])),
  };
  const { pattern, full } = expansions;
  return plain(name).replace(pattern, (_, before: string, short: string) => `${before}${full.get(short)}`);
}

/** A unit's name as the review compares it: abbreviations written out, then folded. */
export const comparableUnitName = (name: string): string => foldName(writtenOut(name));

/** The key of a unit: its comparable name (the same unit's second file has the same key, however it abbreviates its name). */
export const unitKeyOf = (unit: { name: string }): string => comparableUnitName(unit.name);

/**
 * The key of a person for the "same person in two units" check: folded name and year of birth;
 * null without a year of birth (a name alone is too weak a match).
 */
export const personKeyOf = (person: { name: string; birthYear: number | null }): string | null =>
  person.birthYear === null ? null : `${foldName(person.name)}|${person.birthYear}`;

/**
 * Two people of the same key (personKeyOf) may be one: unless both files give the full date of
 * birth and the dates differ.
 */
export const mayBeSamePerson = (a: { birthDate?: string | null }, b: { birthDate?: string | null }): boolean => !a.birthDate || !b.birthDate || a.birthDate === b.birthDate;
