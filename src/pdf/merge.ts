// The merge: one PDF from the dossier's files, in slot order, with a bookmark per document, the
// document's metadata and the dossier's data attached as ho-so.json. Pure (pdf-lib only): runs in
// the Web Worker and in Node tests.
import { AFRelationship, PDFDocument, type PDFImage } from '@cantoo/pdf-lib';
import * as z from 'zod/mini';
import { cleanLine } from '../documents/text';
import {
  DOSSIER_DATA_FILE_NAME,
  DOSSIER_DATA_MIME_TYPE,
  dossierData,
  type DocumentKind,
  type DossierData,
  type DossierDocument,
} from '../schemas/dossierData';
import { loadStrict } from './inspect';
import { placeImage } from './layout';
import { setOutline } from './outline';

/** A file of a document, ready to merge. */
export type MergeSource =
  | { type: 'pdf'; bytes: Uint8Array }
  /** an image prepared for its page: upright, at most about 200 dpi, `width` × `height` pixels */
  | { type: 'image'; format: 'jpeg' | 'png'; bytes: Uint8Array; width: number; height: number };

/** One document of the dossier and its files, in order. A source may be read only when its turn comes. */
export interface MergeDocument {
  kind: DocumentKind;
  title: string;
  /** achievement report: its nominee's id in the data */
  nomineeId: string | null;
  sources: (MergeSource | (() => Promise<MergeSource>))[];
}

/** The PDF's document information. */
export interface MergeMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
}

export interface MergeInput {
  documents: MergeDocument[];
  /** the dossier's data; its documents and page count are filled in from the merge */
  data: Omit<DossierData, 'documents' | 'pageCount'>;
  metadata: MergeMetadata;
}

export interface MergeResult {
  bytes: Uint8Array;
  pageCount: number;
  /** the data as embedded in the PDF */
  data: DossierData;
}

/**
 * ho-so.json refused by its schema: a problem of the dossier's data (an imported draft may hold a
 * nominee without a name), which the unit fixes in its drafts; never a failure of the browser.
 */
export class DossierDataInvalid extends Error {
  override name = 'DossierDataInvalid';
  constructor(
    /** the schema's issues, with their paths in the data */
    readonly issues: readonly z.core.$ZodIssue[],
    /** the data as checked */
    readonly data: unknown,
  ) {
    super(`ho-so.json would not validate: ${JSON.stringify(issues.slice(0, 3))}`);
  }
}

/** Validates ho-so.json; throws DossierDataInvalid with the schema's issues. */
function validated(data: unknown): DossierData {
  const checked = z.safeParse(dossierData, data);
  if (!checked.success) throw new DossierDataInvalid(checked.error.issues, data);
  return checked.data;
}

/** Steps reported by `onProgress`: one per source file, then the writing of the PDF. */
export const mergeSteps = (documents: readonly MergeDocument[]): number => documents.reduce((sum, d) => sum + d.sources.length, 0) + 1;

async function addImage(output: PDFDocument, source: Extract<MergeSource, { type: 'image' }>) {
  const image: PDFImage = source.format === 'jpeg' ? await output.embedJpg(source.bytes) : await output.embedPng(source.bytes);
  const { page, box } = placeImage({ width: source.width, height: source.height });
  output.addPage([page.width, page.height]).drawImage(image, box);
}

async function addPdf(output: PDFDocument, bytes: Uint8Array) {
  const input = await loadStrict(bytes);
  const pages = await output.copyPages(input, input.getPageIndices());
  for (const page of pages) output.addPage(page);
}

/**
 * Merges the documents into one PDF (1.7): every page in order, one bookmark per document,
 * metadata in Vietnamese, and the dossier's data as the attachment ho-so.json, validated before
 * the merge and again with its documents (DossierDataInvalid when it does not validate).
 */
export async function mergeDossier(input: MergeInput, onProgress?: (done: number, total: number) => void): Promise<MergeResult> {
  // the data first, as it will be without documents: a problem in it is said before any file is read
  validated({ ...input.data, documents: [], pageCount: null });
  const total = mergeSteps(input.documents);
  let done = 0;
  const output = await PDFDocument.create({ updateMetadata: false });
  const documents: DossierDocument[] = [];
  const outline: { title: string; pageIndex: number }[] = [];

  for (const document of input.documents) {
    const firstPage = output.getPageCount() + 1;
    for (const entry of document.sources) {
      const source = typeof entry === 'function' ? await entry() : entry;
      if (source.type === 'pdf') await addPdf(output, source.bytes);
      else await addImage(output, source);
      onProgress?.(++done, total);
    }
    const lastPage = output.getPageCount();
    if (lastPage < firstPage) continue; // an optional document without files
    const title = cleanLine(document.title);
    documents.push({ kind: document.kind, title, nomineeId: document.nomineeId, firstPage, lastPage });
    outline.push({ title, pageIndex: firstPage - 1 });
  }

  const pageCount = output.getPageCount();
  const data = validated({ ...input.data, documents, pageCount });

  setOutline(output, outline);
  const { metadata } = input;
  const when = new Date(data.generatedAt);
  output.setTitle(cleanLine(metadata.title), { showInWindowTitleBar: true });
  output.setAuthor(cleanLine(metadata.author));
  output.setSubject(cleanLine(metadata.subject));
  output.setKeywords(metadata.keywords.map(cleanLine).filter(Boolean));
  output.setCreator(cleanLine(metadata.creator));
  output.setProducer('@cantoo/pdf-lib');
  output.setLanguage('vi');
  output.setCreationDate(when);
  output.setModificationDate(when);
  await output.attach(new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`), DOSSIER_DATA_FILE_NAME, {
    mimeType: DOSSIER_DATA_MIME_TYPE,
    description: 'Dữ liệu hồ sơ đề nghị khen thưởng (JSON), để cơ quan thẩm định đọc lại',
    creationDate: when,
    modificationDate: when,
    afRelationship: AFRelationship.Data,
  });
  const bytes = await output.save({ useObjectStreams: true, objectsPerTick: Infinity });
  onProgress?.(++done, total);
  return { bytes, pageCount, data };
}
