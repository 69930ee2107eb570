// Sở Nội vụ's review (the reviewer's marks and the numbers of its documents) kept on this device,
// with the same care as the units' drafts: one IndexedDB record of JSON text, validated on every
// read (src/schemas/review.ts); a record that cannot be read is kept aside before anything is
// written over it, never lost; each save checks the revision it started from, so that two tabs
// never silently overwrite each other; everything can be exported, imported and cleared.
import { emptyReview, readReview, REVIEW_FORMAT, REVIEW_VERSION, type Review, type ReviewRefusal } from '../schemas/review';
import { classifyStorageError, type StorageProblem } from './store';

/** The device's records as this module needs them: text by key, a read-then-write in one transaction. */
export interface RecordStore {
  read(key: string): Promise<string | undefined>;
  /** reads `key`, then writes what `decide` returns (nothing when null), as one transaction */
  update(key: string, decide: (current: string | undefined) => [key: string, value: string][] | null): Promise<void>;
  remove(keys: readonly string[]): Promise<void>;
}

/** The IndexedDB database and object store of the site (keys below). */
export const REVIEW_DATABASE = 'thi-dua-bau-cu-2026';
const OBJECT_STORE = 'tham-dinh';
/** The review's record. */
export const REVIEW_KEY = 'tham-dinh';
/** Where a record that could not be read is kept before it is written over. */
export const UNREADABLE_REVIEW_KEY = 'tham-dinh-khong-doc-duoc';

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });

/** The browser's IndexedDB as a RecordStore; null where the browser has none (or denies it). */
export function indexedDbRecords(factory: IDBFactory | undefined = globalThis.indexedDB): RecordStore | null {
  if (!factory) return null;
  let opening: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(REVIEW_DATABASE, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(OBJECT_STORE)) req.result.createObjectStore(OBJECT_STORE);
      };
      req.onsuccess = () => {
        // another tab upgrading the database: let it, and open again next time
        req.result.onversionchange = () => {
          req.result.close();
          opening = undefined;
        };
        resolve(req.result);
      };
      req.onerror = () => {
        opening = undefined;
        reject(req.error);
      };
      req.onblocked = () => {
        opening = undefined;
        reject(new DOMException('blocked', 'InvalidStateError'));
      };
    }));
  return {
    async read(key) {
      const db = await open();
      const value = await request(db.transaction(OBJECT_STORE, 'readonly').objectStore(OBJECT_STORE).get(key));
      return typeof value === 'string' ? value : value === undefined ? undefined : JSON.stringify(value);
    },
    async update(key, decide) {
      const db = await open();
      const tx = db.transaction(OBJECT_STORE, 'readwrite');
      const store = tx.objectStore(OBJECT_STORE);
      const finished = done(tx);
      const current = await request(store.get(key));
      const writes = decide(typeof current === 'string' ? current : current === undefined ? undefined : JSON.stringify(current));
      for (const [name, value] of writes ?? []) store.put(value, name);
      await finished;
    },
    async remove(keys) {
      const db = await open();
      const tx = db.transaction(OBJECT_STORE, 'readwrite');
      for (const key of keys) tx.objectStore(OBJECT_STORE).delete(key);
      await done(tx);
    },
  };
}

/** Records in memory (tests; and a tab whose browser keeps nothing). */
export function memoryRecords(initial: Iterable<[string, string]> = []): RecordStore & { entries: Map<string, string> } {
  const entries = new Map(initial);
  return {
    entries,
    read: async (key) => entries.get(key),
    update: async (key, decide) => {
      for (const [name, value] of decide(entries.get(key)) ?? []) entries.set(name, value);
    },
    remove: async (keys) => keys.forEach((key) => entries.delete(key)),
  };
}

/**
 * What was found on the device: nothing yet, a review, or a record that could not be read (its
 * text and why; the page starts empty, and the record is kept aside at the first save).
 */
export type LoadedReview =
  | { state: 'empty' | 'current'; review: Review }
  | { state: 'unreadable'; review: Review; raw: string; refusal: ReviewRefusal }
  | { state: 'unavailable'; review: Review; reason: StorageProblem };

export async function loadReview(store: RecordStore | null): Promise<LoadedReview> {
  if (!store) return { state: 'unavailable', review: emptyReview(), reason: 'unavailable' };
  let raw: string | undefined;
  try {
    raw = await store.read(REVIEW_KEY);
  } catch (error) {
    return { state: 'unavailable', review: emptyReview(), reason: classifyStorageError(error) };
  }
  if (raw === undefined) return { state: 'empty', review: emptyReview() };
  const read = readReview(raw);
  return read.ok ? { state: 'current', review: read.review } : { state: 'unreadable', review: emptyReview(), raw, refusal: read };
}

export type SaveReviewResult =
  | { ok: true; review: Review }
  /** another tab saved since `expectedRevision`: nothing written; `current` is what it saved */
  | { ok: false; reason: 'conflict'; current: Review }
  | { ok: false; reason: StorageProblem };

/**
 * Writes `next` if the stored review is still at `expectedRevision` (or absent, or unreadable: then
 * its text is first copied to UNREADABLE_REVIEW_KEY), with the revision counted up and the time of
 * the save. Validated before it is written: an invalid review is never stored.
 */
export async function saveReview(store: RecordStore | null, next: Review, expectedRevision: number, now = new Date()): Promise<SaveReviewResult> {
  if (!store) return { ok: false, reason: 'unavailable' };
  const checked = readReview({ ...next, format: REVIEW_FORMAT, version: REVIEW_VERSION, revision: expectedRevision + 1, savedAt: now.toISOString() });
  if (!checked.ok) return { ok: false, reason: 'unknown' };
  let conflict = null as Review | null;
  try {
    await store.update(REVIEW_KEY, (current) => {
      const writes: [string, string][] = [];
      if (current !== undefined) {
        const read = readReview(current);
        if (read.ok && read.review.revision !== expectedRevision) {
          conflict = read.review;
          return null;
        }
        if (!read.ok) writes.push([UNREADABLE_REVIEW_KEY, current]);
      }
      writes.push([REVIEW_KEY, JSON.stringify(checked.review)]);
      return writes;
    });
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error) };
  }
  return conflict ? { ok: false, reason: 'conflict', current: conflict } : { ok: true, review: checked.review };
}

/** The copy of a record that could not be read, if one was kept. */
export async function readUnreadableReview(store: RecordStore | null): Promise<string | null> {
  try {
    return (await store?.read(UNREADABLE_REVIEW_KEY)) ?? null;
  } catch {
    return null;
  }
}

/** Removes the review and any copy kept aside. */
export async function clearReview(store: RecordStore | null): Promise<{ ok: true } | { ok: false; reason: StorageProblem }> {
  if (!store) return { ok: false, reason: 'unavailable' };
  try {
    await store.remove([REVIEW_KEY, UNREADABLE_REVIEW_KEY]);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error) };
  }
}
