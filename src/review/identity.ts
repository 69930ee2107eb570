// How the review recognises a unit and a person across files: names compared without their
// diacritics, case and punctuation ("Nguyễn Văn Ấn" and "NGUYEN VAN AN" are the same), as typed
// names differ in keyboards and habits. Pure.
import { withoutDiacritics } from '../text/vietnamese';

/** A name folded for comparison: NFC, no diacritics (đ → d), lower case, one space between words, no punctuation. */
export const foldName = (name: string): string =>
  withoutDiacritics(String(name ?? '').normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The key of a unit: its folded name (the same unit's second file has the same key). */
export const unitKeyOf = (unit: { name: string }): string => foldName(unit.name);

/**
 * The key of a person for the "same person in two units" check: folded name and year of birth;
 * null without a year of birth (a name alone is too weak a match).
 */
export const personKeyOf = (person: { name: string; birthYear: number | null }): string | null =>
  person.birthYear === null ? null : `${foldName(person.name)}|${person.birthYear}`;
