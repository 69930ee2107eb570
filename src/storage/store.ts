import * as z from 'zod/mini';
import { DRAFTS_KEY, DRAFTS_VERSION, STORAGE_PREFIX, changeTimes, draftSlices, drafts, emptyDrafts, type ChangeTimes, type Drafts } from './drafts';

/** The storage the site writes to; injectable for tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/** Why the browser would not keep the drafts. */
export type StorageProblem = 'unavailable' | 'quota' | 'unknown';

export type SaveResult = { ok: true; savedAt: string; drafts: Drafts } | { ok: false; reason: StorageProblem };

/** Where a copy of stored drafts that could not be read is kept before they are written over. */
const UNREADABLE_COPY_KEY = `${STORAGE_PREFIX}drafts-unreadable`;
const PROBE_KEY = `${STORAGE_PREFIX}probe`;

/** The browser's localStorage, or null where it is denied (privacy settings, some private modes). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // SecurityError: access denied
  }
}

/** Sorts an exception thrown by the storage into a problem the user can be told about. */
export function classifyStorageError(error: unknown): StorageProblem {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
  if (name === 'SecurityError' || name === 'InvalidAccessError' || name === 'InvalidStateError') return 'unavailable';
  return 'unknown';
}

/** Tries a tiny write: null if the storage works, else why it does not. */
export function checkStorage(storage: KeyValueStorage | null = browserStorage()): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return null;
  } catch (error) {
    return classifyStorageError(error);
  }
}

/**
 * What was found in the storage: `salvaged` means that some parts were invalid and were read as
 * empty, `unreadable` that nothing could be read; in both cases `raw` is the stored text.
 */
export interface StoredDrafts {
  drafts: Drafts;
  state: 'empty' | 'current' | 'salvaged' | 'unreadable';
  raw?: string;
}

/** Reads what it can of drafts whose whole does not validate, part by part. */
function salvage(json: unknown): Drafts | null {
  if (json === null || typeof json !== 'object') return null;
  const record = json as Record<string, unknown>;
  if (record.version !== DRAFTS_VERSION) return null;
  const result = emptyDrafts();
  let found = false;
  for (const key of Object.keys(draftSlices) as (keyof typeof draftSlices)[]) {
    const parsed = z.safeParse(draftSlices[key], record[key]);
    if (parsed.success) {
      (result as Record<string, unknown>)[key] = parsed.data;
      found ||= record[key] !== undefined;
    }
  }
  const times = z.safeParse(changeTimes, record.changedAt);
  if (times.success) result.changedAt = times.data;
  if (typeof record.revision === 'number' && Number.isInteger(record.revision) && record.revision >= 0) result.revision = record.revision;
  if (typeof record.savedAt === 'string') result.savedAt = record.savedAt;
  return found ? result : null;
}

/** Parses stored drafts text, validating it; drafts of another version are unreadable. */
export function parseStored(raw: string | null): StoredDrafts {
  if (!raw) return { drafts: emptyDrafts(), state: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { drafts: emptyDrafts(), state: 'unreadable', raw };
  }
  const parsed = z.safeParse(drafts, json);
  if (parsed.success) return { drafts: parsed.data, state: 'current' };
  const salvaged = salvage(json);
  return salvaged ? { drafts: salvaged, state: 'salvaged', raw } : { drafts: emptyDrafts(), state: 'unreadable', raw };
}

/** Reads the stored drafts and says how they were found. */
export function readStored(storage: KeyValueStorage | null = browserStorage()): StoredDrafts {
  if (!storage) return { drafts: emptyDrafts(), state: 'empty' };
  try {
    return parseStored(storage.getItem(DRAFTS_KEY));
  } catch {
    return { drafts: emptyDrafts(), state: 'empty' };
  }
}

/** Reads the drafts; anything missing or unreadable reads as empty drafts. */
export function loadDrafts(storage: KeyValueStorage | null = browserStorage()): Drafts {
  return readStored(storage).drafts;
}

/** A part of the drafts as text, to compare parts by content (zod output has a stable key order). */
export const contentKey = (value: unknown): string => JSON.stringify(value) ?? '';

/** A nominee's whole footprint: list entry, self-check and report. */
const nomineeKey = (d: Drafts, id: string) =>
  contentKey([d.quotaPlan.nominees.find((n) => n.id === id), d.selfChecks[id], d.dossier.reports[id]]);

/** The quota plan without the nominees' own data: category, choices and the order of the list. */
const planKey = ({ nominees, ...plan }: Drafts['quotaPlan']) => contentKey([plan, nominees.map((n) => n.id)]);

/** Stamps `now` on every part that differs between `before` and `after`, and forgets removed parts. */
function stampChanges(before: Drafts, after: Drafts, now: string): ChangeTimes {
  const times: ChangeTimes = { ...after.changedAt, selfChecks: {}, nominees: {} };
  if (contentKey(before.dossier.profile) !== contentKey(after.dossier.profile)) times.profile = now;
  if (contentKey(before.dossier.meeting) !== contentKey(after.dossier.meeting)) times.meeting = now;
  if (planKey(before.quotaPlan) !== planKey(after.quotaPlan)) times.quotaPlan = now;
  for (const [name, check] of Object.entries(after.selfChecks)) {
    const time = contentKey(before.selfChecks[name]) !== contentKey(check) ? now : after.changedAt.selfChecks[name];
    if (time) times.selfChecks[name] = time;
  }
  const ids = new Set([...after.quotaPlan.nominees.map((n) => n.id), ...Object.keys(after.dossier.reports), ...Object.keys(after.selfChecks)]);
  ids.delete('current');
  for (const id of ids) {
    const time = nomineeKey(before, id) !== nomineeKey(after, id) ? now : after.changedAt.nominees[id];
    if (time) times.nominees[id] = time;
  }
  return times;
}

export interface UpdateOptions {
  /** keep the change times `change` put in (an import), instead of stamping the parts that changed */
  keepChangeTimes?: boolean;
}

/**
 * Applies `change` to the stored drafts and writes them back, with the revision counter, the time
 * of the save and the change times updated. Stored drafts that could not be read whole are copied
 * aside first, so that nothing is silently written over.
 */
export function updateDrafts(
  change: (current: Drafts) => Drafts,
  storage: KeyValueStorage | null = browserStorage(),
  options: UpdateOptions = {},
): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    const stored = readStored(storage);
    if (stored.raw && storage.getItem(UNREADABLE_COPY_KEY) !== stored.raw) {
      try {
        storage.setItem(UNREADABLE_COPY_KEY, stored.raw);
      } catch {
        // No room for the copy: saving what is on the screen matters more.
      }
    }
    const current = stored.drafts;
    const savedAt = new Date().toISOString();
    const changed = change(current);
    const next = z.parse(drafts, {
      ...changed,
      version: DRAFTS_VERSION,
      revision: current.revision + 1,
      savedAt,
      changedAt: options.keepChangeTimes ? changed.changedAt : stampChanges(current, changed, savedAt),
    });
    storage.setItem(DRAFTS_KEY, JSON.stringify(next));
    return { ok: true, savedAt, drafts: next };
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error) };
  }
}

/** The copy of drafts that could not be read, if one was kept. */
export function readUnreadableCopy(storage: KeyValueStorage | null = browserStorage()): string | null {
  try {
    return storage?.getItem(UNREADABLE_COPY_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Removes every key the site wrote on this computer. */
export function clearAllDrafts(storage: KeyValueStorage | null = browserStorage()): { ok: true } | { ok: false; reason: StorageProblem } {
  if (!storage) return { ok: false, reason: 'unavailable' };
  try {
    const keys = new Set([DRAFTS_KEY, UNREADABLE_COPY_KEY, PROBE_KEY]);
    if (typeof storage.length === 'number' && storage.key) {
      for (let index = 0; index < storage.length; index++) {
        const name = storage.key(index);
        if (name?.startsWith(STORAGE_PREFIX)) keys.add(name);
      }
    }
    for (const name of keys) storage.removeItem(name);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error) };
  }
}
