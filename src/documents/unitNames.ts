// Reading a unit's name the way an official reads it: where its place begins ("Ủy ban nhân dân |
// xã Ea Kao"), whether it is a commune or ward. The words are data (content/forms/common.yaml,
// unitNames). Pure and small: the dossier island imports it to show the profile's defaults.
import type { CommonForm } from '../schemas/form';

/** How names are read: place words, the words a line breaks before, what is no place. */
export type UnitNames = CommonForm['unitNames'];

export const words = (text: string): string[] => text.split(/[ \u00A0]+/).filter(Boolean);
/** Lower case: Vietnamese needs no locale rule for it, and toLocaleLowerCase is many times slower. */
export const lower = (text: string): string => text.toLowerCase();
export const startsCapital = (word: string | undefined): boolean => !!word && /^[\p{Lu}\d]/u.test(word);

/** Whether the words of `list` from `index` are the words of `phrase` (lower case, as `words` splits it). */
export const phraseAt = (list: readonly string[], index: number, phrase: readonly string[]): boolean =>
  phrase.every((word, offset) => list[index + offset] !== undefined && lower(list[index + offset]!) === word);

/**
 * The place word that opens a place name at word `index` of `list` ("xã" before "Ea Kao"), or
 * undefined: a place word counts only before a capitalised word, and never in `notPlaces`.
 */
export function placeWordAt(list: readonly string[], index: number, names: UnitNames): string | undefined {
  for (const placeWord of names.placeWords) {
    const placeWords = words(lower(placeWord));
    if (!phraseAt(list, index, placeWords)) continue;
    const next = list[index + placeWords.length];
    if (!startsCapital(next)) continue;
    if (names.notPlaces.some((phrase) => lower(`${placeWord} ${next}`) === lower(phrase))) continue;
    return placeWord;
  }
  return undefined;
}

export interface NameParts {
  /** the body type, e.g. "Ủy ban nhân dân" */
  body: string;
  /** the place word, lower case as in the data, e.g. "xã" */
  placeWord: string;
  /** the place's own name, e.g. "Ea Kao" */
  placeName: string;
  /** the place as the name writes it, e.g. "xã Ea Kao" */
  place: string;
}

/** "Ủy ban nhân dân xã Ea Kao" → body, place word and place name; undefined when no place follows a body. */
export function nameParts(name: string, names: UnitNames): NameParts | undefined {
  const list = words(name);
  for (let index = 1; index < list.length; index += 1) {
    const placeWord = placeWordAt(list, index, names);
    if (!placeWord) continue;
    const size = words(placeWord).length;
    return {
      body: list.slice(0, index).join(' '),
      placeWord,
      placeName: list.slice(index + size).join(' '),
      place: list.slice(index).join(' '),
    };
  }
  return undefined;
}

/** A commune or ward: its name has a commune word before its place name ("xã Ea Kao", "phường Tân An"). */
export const isCommuneName = (name: string, names: UnitNames): boolean => {
  const parts = nameParts(name, names);
  return !!parts && names.communeWords.some((word) => lower(word) === lower(parts.placeWord));
};
