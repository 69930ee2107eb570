// PDFs made with pdf-lib for the PDF tests (Node) and the browser tests: text pages, and files
// with a signature field, signed or not.
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, StandardFonts, degrees } from '@cantoo/pdf-lib';

/** A PDF of `pages` A4 pages, each saying "<label> page n" (ASCII: the standard fonts have no Vietnamese). */
export async function multiPagePdf(label: string, pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = 1; index <= pages; index++) {
    document.addPage([595.28, 841.89]).drawText(`${label} page ${index}`, { x: 72, y: 760, size: 18, font });
  }
  return document.save();
}

/**
 * A one-page PDF with a signature field, made with low-level objects: `signed` adds a signature
 * dictionary (/Type /Sig with /ByteRange and /Contents) as the field's value, as a signing tool would.
 */
export async function pdfWithSignature(signed: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595.28, 841.89]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText(signed ? 'Signed letter' : 'Letter with an empty signature field', { x: 72, y: 760, size: 18, font });
  const { context } = document;
  const value = signed
    ? context.register(
        context.obj({
          Type: 'Sig',
          Filter: 'Adobe.PPKLite',
          SubFilter: 'adbe.pkcs7.detached',
          ByteRange: [0, 100, 200, 300],
          Contents: PDFHexString.of('00'.repeat(64)),
          M: PDFString.of('D:20260320100000+07\'00\''),
        }),
      )
    : undefined;
  const field = context.register(
    context.obj({
      FT: 'Sig',
      T: PDFHexString.fromText('Chữ ký'),
      Type: 'Annot',
      Subtype: 'Widget',
      Rect: [72, 72, 272, 132],
      F: PDFNumber.of(4),
      P: page.ref,
      ...(value ? { V: value } : {}),
    }),
  );
  page.node.set(PDFName.of('Annots'), context.obj([field]));
  document.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [field], SigFlags: PDFNumber.of(signed ? 3 : 0) }));
  return document.save();
}

/**
 * A one-page landscape A4 PDF whose text runs bottom to top: a phone photo of a portrait page held
 * sideways. Rendered to JPEG and marked EXIF orientation 6, it reads upright only when turned.
 */
export async function sidewaysPdf(label: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.HelveticaBold);
  const page = document.addPage([841.89, 595.28]);
  // as seen once turned 90° clockwise, the text starts at the top left of a portrait page
  page.drawText(label, { x: 60, y: 60, size: 36, font, rotate: degrees(90) });
  return document.save();
}
