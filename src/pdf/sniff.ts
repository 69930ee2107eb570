// What a dropped file really is, from its first bytes (its name and the browser's type are only
// hints: a text file renamed .pdf must be caught). Pure.

/** The kinds of file the assembly accepts, and the two it refuses. */
export type SniffedType = 'pdf' | 'jpeg' | 'png' | 'empty' | 'unknown';

/** How far into the file a PDF header may start (readers accept junk before it up to 1 KB). */
export const PDF_HEADER_WINDOW = 1024;

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

/** Offset of "%PDF-" within the first KB, or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW);
  for (let at = 0; at <= end; at++) if (startsWith(bytes, PDF_HEADER, at)) return at;
  return -1;
}

/**
 * The type of a file from its first bytes (the first KB is enough): PDF ("%PDF-" within the first
 * KB), JPEG (FF D8 FF), PNG (its 8-byte signature), empty (0 bytes) or unknown.
 */
export function sniffType(head: Uint8Array): SniffedType {
  if (head.length === 0) return 'empty';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, PNG_SIGNATURE)) return 'png';
  return pdfHeaderOffset(head) >= 0 ? 'pdf' : 'unknown';
}
