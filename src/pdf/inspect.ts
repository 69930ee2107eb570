// Can a PDF be merged? Its page count, and whether it is password-protected, damaged or
// digitally signed. pdf-lib opens damaged files leniently (it scans objects one by one and
// recovers a missing catalog), so a truncated download would merge into a broken dossier: the
// checks here are stricter than the library. Pure (pdf-lib only): runs in Node and in the worker.
import { EncryptedPDFError, ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from '@cantoo/pdf-lib';
import { pdfHeaderOffset } from './sniff';

/** A digital signature found in the file: a signed signature dictionary, or an empty signature field. */
export type SignatureFound = 'signed' | 'field';

export type PdfInspection =
  | {
      ok: true;
      pageCount: number;
      /** a digital signature (merging invalidates it), or null */
      signature: SignatureFound | null;
    }
  | {
      ok: false;
      /** encrypted: needs a password or is locked; corrupt: damaged, truncated, or not really a PDF */
      reason: 'encrypted' | 'corrupt';
      /** what was found, in English, for tests and debugging (never shown) */
      detail: string;
    };

/** Options of every strict load: objects that do not parse are errors, and nothing is rewritten. */
export const STRICT_LOAD = { throwOnInvalidObject: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const;

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Index of `needle` in `bytes` from `from`, or -1. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first, from); at !== -1 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let match = true;
    for (let index = 1; index < needle.length; index++) {
      if (bytes[at + index] !== needle[index]) {
        match = false;
        break;
      }
    }
    if (match) return at;
  }
  return -1;
}

/** How far before the end "%%EOF" may be: scanners and mail gateways append bytes after it. */
export const EOF_WINDOW = 64 * 1024;

/**
 * The end of a complete PDF: "%%EOF" in the last 64 KB (readers ignore what a scanner appends
 * after it). A download cut short has none. Where "startxref" points is left to the parse: a few
 * bytes off is common in scanners' files, and readers (pdf-lib too) rebuild the cross-references;
 * the strict load and the page objects then decide. Returns what is wrong, or null.
 */
export function tailProblem(bytes: Uint8Array): string | null {
  return indexOfBytes(bytes, ascii('%%EOF'), Math.max(0, bytes.length - EOF_WINDOW)) === -1 ? `no %%EOF in the last ${EOF_WINDOW} bytes` : null;
}

const SKIPPED_KEYS = new Set(['Parent', 'Annots', 'P', 'StructParents', 'Thumb', 'B']);

/**
 * The first indirect reference needed to draw a page (contents, resources, fonts, images…) that
 * points at no object in the file: a truncated or damaged file. Null when every one resolves.
 */
function missingPageObject(document: PDFDocument): string | null {
  const { context } = document;
  const seen = new Set<string>();
  const visit = (object: PDFObject | undefined): string | null => {
    if (object instanceof PDFRef) {
      if (seen.has(object.tag)) return null;
      seen.add(object.tag);
      const target = context.lookup(object);
      return target === undefined ? object.tag : visit(target);
    }
    if (object instanceof PDFStream) return visit(object.dict);
    if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        if (SKIPPED_KEYS.has(key.decodeText())) continue;
        const missing = visit(value);
        if (missing) return missing;
      }
    }
    if (object instanceof PDFArray) {
      for (const value of object.asArray()) {
        const missing = visit(value);
        if (missing) return missing;
      }
    }
    return null;
  };
  for (const page of document.getPages()) {
    const missing = visit(page.node) ?? visit(page.node.Resources());
    if (missing) return missing;
  }
  return null;
}

const SIG = PDFName.of('Sig');

/** A signature dictionary (signed) or a signature field (maybe empty) anywhere in the file. */
export function findSignature(document: PDFDocument): SignatureFound | null {
  let found: SignatureFound | null = null;
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFStream ? object.dict : object instanceof PDFDict ? object : null;
    if (!dict) continue;
    const type = dict.get(PDFName.of('Type'));
    if (type === SIG || type === PDFName.of('DocTimeStamp') || (dict.has(PDFName.of('ByteRange')) && dict.has(PDFName.of('Contents')))) return 'signed';
    if (dict.get(PDFName.of('FT')) === SIG) {
      const value = dict.get(PDFName.of('V'));
      if (value !== undefined && document.context.lookup(value) instanceof PDFDict) return 'signed';
      found = 'field';
    }
  }
  return found;
}

/** Opens a PDF the strict way (see STRICT_LOAD); throws on anything damaged or encrypted. */
export const loadStrict = (bytes: Uint8Array) => PDFDocument.load(bytes, STRICT_LOAD);

/** Everything the assembly needs to know about a PDF before merging it. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const corrupt = (detail: string): PdfInspection => ({ ok: false, reason: 'corrupt', detail });
  if (pdfHeaderOffset(bytes) === -1) return corrupt('no %PDF- header');
  // The trailer (or cross-reference stream dictionary) is never compressed: no "/Encrypt" byte
  // sequence anywhere means no encryption. When there is one, a lenient parse confirms it.
  if (indexOfBytes(bytes, ascii('/Encrypt')) !== -1) {
    try {
      const lenient = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
      if (lenient.isEncrypted) return { ok: false, reason: 'encrypted', detail: 'trailer has /Encrypt' };
    } catch {
      // not even a lenient parse: damaged, said below
    }
  }
  const tail = tailProblem(bytes);
  if (tail) return corrupt(tail);
  let document: PDFDocument;
  try {
    document = await loadStrict(bytes);
  } catch (error) {
    if (error instanceof EncryptedPDFError) return { ok: false, reason: 'encrypted', detail: 'EncryptedPDFError' };
    return corrupt(`parse error: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const pageCount = document.getPageCount();
    if (pageCount === 0) return corrupt('no pages');
    const missing = missingPageObject(document);
    if (missing) return corrupt(`page object ${missing} is missing`);
    return { ok: true, pageCount, signature: findSignature(document) };
  } catch (error) {
    return corrupt(`page tree: ${error instanceof Error ? error.message : String(error)}`);
  }
}
