// The most characters of each text a unit types, in one place. A form shows a countdown near the
// limit ("còn N ký tự"); a longer text is refused with a message at the field, never cut, so that
// no typing is lost. The limits keep names and titles printable on one or two lines of a document
// header, a table cell and a file name.

/** Limits of the nominee's text fields (src/schemas/nominee.ts), by field. */
export const NOMINEE_TEXT_LIMITS = {
  /** full name of a person, or the name of a collective (e.g. "Phòng Văn hóa - Xã hội, Ủy ban nhân dân xã Ea Kar") */
  name: 150,
  /** position (chức vụ), e.g. "Phó Chủ tịch Ủy ban nhân dân xã, Trưởng Ban bầu cử đại biểu HĐND xã" */
  position: 150,
  /** unit where the person works */
  unit: 200,
} as const;

export type LimitedNomineeField = keyof typeof NOMINEE_TEXT_LIMITS;

/** How many characters a text has against its limit, as a reader counts them (a Vietnamese letter with its marks is one). */
export const characterCount = (text: string): number => [...String(text ?? '').normalize('NFC')].length;

/** From how many characters the countdown shows: the last fifth of the limit. */
export const countdownFrom = (limit: number): number => Math.floor(limit * 0.8);
