/// <reference lib="webworker" />
// The assembly's Web Worker: reads each dropped file (what it is, its pages, whether it can be
// merged), prepares photos and scans for their A4 pages, and merges the dossier, so that the page
// never freezes. Bundled by Vite as a same-origin file (CSP: worker-src 'self').
import { dossierMetadata, prepareData } from '../../pdf/data';
import { dossierPdfFileName } from '../../pdf/fileName';
import { inspectPdf } from '../../pdf/inspect';
import { TARGET_DPI } from '../../pdf/layout';
import { DossierDataInvalid, mergeDossier, type MergeDocument } from '../../pdf/merge';
import { blockingProblem, lowResolutionWarning, MAX_FILE_BYTES, signatureWarning } from '../../pdf/problems';
import { PDF_HEADER_WINDOW, sniffType } from '../../pdf/sniff';
import { dataProblems } from '../../dossier/dataProblems';
import { mergeSource } from '../../dossier/dossierData';
import { targetHref } from '../dossier/fieldIds';
import { prepareImage, readImageInfo } from './prepareImage';
import type { Inspection, MergeRequest, WorkerRequest, WorkerResponse } from './protocol';
import type { Unsent } from '../shared/workerClient';

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

type MergeAnswer = Unsent<Extract<WorkerResponse, { type: 'merged' | 'refused' }>>;

/**
 * ho-so.json from the drafts (or the reports added by hand), then the merge; data that would not
 * make a valid ho-so.json is refused with what to fix, never reported as a failure.
 */
async function merge(request: MergeRequest, onProgress: (done: number, total: number) => void): Promise<MergeAnswer> {
  const { data, ids } = prepareData(mergeSource(request.drafts, request.rules, request.hand), request.unitName, new Date());
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
  let result;
  try {
    result = await mergeDossier({ documents, data, metadata: dossierMetadata(data.unit.name, request.words) }, onProgress);
  } catch (error) {
    if (!(error instanceof DossierDataInvalid)) throw error;
    const draftIds = new Map([...ids].map(([draftId, id]) => [id, draftId]));
    const problems = dataProblems(error.issues, error.data, draftIds, request.groups);
    return { type: 'refused', problems: problems.map(({ message, target }) => ({ message, href: targetHref(target) })) };
  }
  const bytes = result.bytes.buffer.byteLength === result.bytes.byteLength ? (result.bytes.buffer as ArrayBuffer) : result.bytes.slice().buffer;
  return { type: 'merged', bytes, pageCount: result.pageCount, data: result.data, fileName: dossierPdfFileName(request.fileStem, data.unit.name) };
}

async function handle(request: WorkerRequest) {
  try {
    if (request.type === 'inspect') {
      post({ type: 'inspected', id: request.id, inspection: await inspect(request.file, request.name) });
      return;
    }
    const answer = await merge(request, (done, total) => post({ type: 'progress', id: request.id, done, total }));
    if (answer.type === 'merged') post({ ...answer, id: request.id }, [answer.bytes]);
    else post({ ...answer, id: request.id });
  } catch (error) {
    post({ type: 'failed', id: request.id, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

// One request at a time: ten phone photos decoded at once would hold ten full-size bitmaps.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  queue = queue.then(() => handle(event.data));
};
