/// <reference lib="webworker" />
// The assembly's Web Worker: reads each dropped file (what it is, its pages, whether it can be
// merged), prepares photos and scans for their A4 pages, and merges the dossier, so that the page
// never freezes. Bundled by Vite as a same-origin file (CSP: worker-src 'self').
import { dossierMetadata, prepareData } from '../../pdf/data';
import { dossierPdfFileName } from '../../pdf/fileName';
import { withUniqueIds } from '../../pdf/nominees';
import { inspectPdf } from '../../pdf/inspect';
import { TARGET_DPI } from '../../pdf/layout';
import { mergeDossier, type MergeDocument } from '../../pdf/merge';
import { blockingProblem, lowResolutionWarning, MAX_FILE_BYTES, signatureWarning } from '../../pdf/problems';
import { inListOrder } from '../../pdf/slots';
import { PDF_HEADER_WINDOW, sniffType } from '../../pdf/sniff';
import { assemblySource } from '../../dossier/dossierData';
import { prepareImage, readImageInfo } from './prepareImage';
import type { Inspection, MergeRequest, WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

async function inspect(file: Blob, name: string): Promise<Inspection> {
  if (file.size === 0) return { type: 'empty', pageCount: 0, mergedBytes: 0, problems: [blockingProblem('empty', name)] };
  const head = new Uint8Array(await file.slice(0, PDF_HEADER_WINDOW + 8).arrayBuffer());
  const type = sniffType(head);
  const refused = (code: Parameters<typeof blockingProblem>[0]): Inspection => ({ type, pageCount: 0, mergedBytes: 0, problems: [blockingProblem(code, name)] });
  if (type === 'unknown' || type === 'empty') return refused(type === 'empty' ? 'empty' : 'unknown-type');
  if (file.size > MAX_FILE_BYTES) return refused('too-large');
  const bytes = new Uint8Array(await file.arrayBuffer());

  if (type === 'pdf') {
    const result = await inspectPdf(bytes);
    if (!result.ok) return refused(result.reason);
    return {
      type,
      pageCount: result.pageCount,
      mergedBytes: file.size,
      problems: result.signature ? [signatureWarning(result.signature, name)] : [],
    };
  }

  const info = readImageInfo(bytes, type);
  if (!info) return refused('image-unreadable');
  try {
    const { image, placement, thumbnail } = await prepareImage(file, info);
    return {
      type,
      pageCount: 1,
      mergedBytes: image.blob.size,
      problems: Math.round(placement.dpi) < TARGET_DPI ? [lowResolutionWarning(name, placement.dpi, TARGET_DPI)] : [],
      image,
      thumbnail,
    };
  } catch {
    return refused('image-unreadable');
  }
}

/** ho-so.json from the drafts (or the reports added by hand), then the merge. */
async function merge(request: MergeRequest, onProgress: (done: number, total: number) => void) {
  const base = assemblySource(request.drafts, request.rules);
  const nominees = inListOrder(base.fromDrafts ? withUniqueIds(base.nominees) : request.manual);
  const { data, ids } = prepareData({ ...base, nominees }, request.unitName, new Date());
  const documents: MergeDocument[] = request.documents.map((document) => ({
    ...document,
    nomineeId: document.nomineeId === null ? null : (ids.get(document.nomineeId) ?? null),
    // each file is read only when its turn comes, so that memory holds one input at a time
    sources: document.sources.map((source) => async () =>
      source.type === 'pdf'
        ? { type: 'pdf' as const, bytes: new Uint8Array(await source.file.arrayBuffer()) }
        : { type: 'image' as const, format: source.image.format, width: source.image.width, height: source.image.height, bytes: new Uint8Array(await source.image.blob.arrayBuffer()) },
    ),
  }));
  const result = await mergeDossier({ documents, data, metadata: dossierMetadata(data.unit.name, request.words) }, onProgress);
  const bytes = result.bytes.buffer.byteLength === result.bytes.byteLength ? (result.bytes.buffer as ArrayBuffer) : result.bytes.slice().buffer;
  return { bytes, pageCount: result.pageCount, data: result.data, fileName: dossierPdfFileName(request.fileStem, data.unit.name) };
}

async function handle(request: WorkerRequest) {
  try {
    if (request.type === 'inspect') {
      post({ type: 'inspected', id: request.id, inspection: await inspect(request.file, request.name) });
      return;
    }
    const result = await merge(request, (done, total) => post({ type: 'progress', id: request.id, done, total }));
    post({ type: 'merged', id: request.id, ...result }, [result.bytes]);
  } catch (error) {
    post({ type: 'failed', id: request.id, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

// One request at a time: ten phone photos decoded at once would hold ten full-size bitmaps.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(() => handle(event.data));
};
