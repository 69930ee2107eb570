// Letters: their marks taken off (file names), a first letter made small or capital.
// Part of the one Vietnamese text module: import it from ./vietnamese.

/** The letters without their marks: "Đặng Thị Ánh" → "Dang Thi Anh" (đ, which has no decomposition, → d). */
export const withoutDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Lower-cases the first letter, to use a title inside a sentence. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** Upper-cases the first letter, to start a sentence with a name or a title (“biểu quyết” → “Biểu quyết”). */
export const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
