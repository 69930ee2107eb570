/// <reference lib="webworker" />
// The review's store worker: the reviewer's marks kept in IndexedDB (src/storage/reviewStore.ts),
// validated with zod on every read, and the import file checked, off the page: the page loads
// none of zod or the storage code, so that it weighs on no other tool's shared code. Started when
// the page opens (it is small).
import { emptyReview, readReview } from '../../schemas/review';
import { clearReview, indexedDbRecords, loadReview, saveReview, type RecordStore } from '../../storage/reviewStore';
import type { StoreRequest, StoreResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let store: RecordStore | null = null;
try {
  store = indexedDbRecords(self.indexedDB);
} catch {
  store = null;
}

async function answer(request: StoreRequest): Promise<StoreResponse> {
  switch (request.type) {
    case 'load':
      return { type: 'loaded', id: request.id, loaded: await loadReview(store) };
    case 'save':
      return { type: 'saved', id: request.id, result: await saveReview(store, request.review, request.expectedRevision) };
    case 'clear':
      return { type: 'cleared', id: request.id, result: await clearReview(store), empty: emptyReview() };
    case 'check-import':
      return { type: 'checked', id: request.id, result: readReview(new Uint8Array(await request.file.arrayBuffer())) };
  }
}

// In order: a save never overtakes the load or the save before it.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<StoreRequest>) => {
  const request = event.data;
  queue = queue
    .then(async () => self.postMessage(await answer(request)))
    .catch((error: unknown) => self.postMessage({ type: 'failed', id: request.id, detail: String(error) } satisfies StoreResponse));
};
