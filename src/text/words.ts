// Names and sentences: blank text, a name quoted in a message, templates.
// Part of the one Vietnamese text module: import it from ./vietnamese.

/** Nothing typed, or only spaces. */
export const isBlank = (text: string | undefined | null): boolean => !text || text.trim() === '';

/** A name as messages quote it: “Nguyễn Văn An”, or "(chưa có tên)" while it is blank. */
export const quotedName = (name: string): string => (isBlank(name) ? '(chưa có tên)' : `“${name.trim().replace(/\s+/g, ' ')}”`);

/** A name as compared for duplicates: spaces, case and Unicode form aside (diacritics count: Hoa is not Hòa). */
export const comparableName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** Fills `{slot}` placeholders; unknown slots stay as written (the form schema rejects them in data). */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
