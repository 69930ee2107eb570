// Packing a docx Document into bytes (the same call in Node and the browser).
import { type Document, Packer } from 'docx';
import type { GeneratedFile } from './types';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ZIP_MIME = 'application/zip';

export async function packDocx(name: string, document: Document): Promise<GeneratedFile> {
  return { name, mimeType: DOCX_MIME, bytes: await Packer.pack(document, 'uint8array') };
}
