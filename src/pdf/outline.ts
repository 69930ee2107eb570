// Bookmarks (the PDF outline): one entry per document of the dossier, pointing at its first page.
// pdf-lib has no outline API, so the /Outlines dictionary and its items are built from low-level
// objects (PDF 32000-1, 12.3.3). Titles are UTF-16 hex strings, so Vietnamese shows as typed.
import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';

export interface OutlineEntry {
  title: string;
  /** index of the page it opens, from 0 */
  pageIndex: number;
}

/** Writes `entries` as the document's outline (flat, in order) and opens the file with it shown. */
export function setOutline(document: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context, catalog } = document;
  const pages = document.getPages();
  const root = context.nextRef();
  const items: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const page = pages[entry.pageIndex];
    if (!page) throw new RangeError(`outline entry "${entry.title}" points at page ${entry.pageIndex + 1} of ${pages.length}`);
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      // open the page whole: [page /Fit]
      Dest: context.obj([page.ref, PDFName.of('Fit')]),
      ...(index > 0 ? { Prev: items[index - 1] } : {}),
      ...(index < items.length - 1 ? { Next: items[index + 1] } : {}),
    });
    context.assign(items[index]!, item);
  });
  context.assign(
    root,
    context.obj({ Type: PDFName.of('Outlines'), First: items[0], Last: items[items.length - 1], Count: PDFNumber.of(items.length) }),
  );
  catalog.set(PDFName.of('Outlines'), root);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
