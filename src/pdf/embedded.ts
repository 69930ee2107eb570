// Reading back the dossier's data from a merged PDF: the ho-so.json attachment, validated by the
// schema. For the reviewer's tools (and the tests). Pure (pdf-lib only).
import { ParseSpeeds, PDFDocument } from '@cantoo/pdf-lib';
import { DOSSIER_DATA_FILE_NAME, readDossierData, type DossierDataResult } from '../schemas/dossierData';

export type EmbeddedDataResult = DossierDataResult | { ok: false; kind: 'not-pdf' | 'no-data'; message: string; problems: string[] };

/** The data attached to a dossier PDF, or why it cannot be read (in Vietnamese). */
export async function readEmbeddedDossierData(pdf: Uint8Array): Promise<EmbeddedDataResult> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  } catch {
    return { ok: false, kind: 'not-pdf', message: 'Tệp không phải PDF đọc được, hoặc được đặt mật khẩu.', problems: [] };
  }
  const attachment = document.getAttachments().find((file) => file.name === DOSSIER_DATA_FILE_NAME);
  if (!attachment) {
    return {
      ok: false,
      kind: 'no-data',
      message: `Tệp PDF không kèm dữ liệu hồ sơ (${DOSSIER_DATA_FILE_NAME}): có thể không được ghép bằng trang “Ghép hồ sơ thành một tệp PDF”.`,
      problems: [],
    };
  }
  return readDossierData(attachment.data);
}
