import * as z from 'zod/mini';
import { emptyRecord } from '../schemas/recordKey';
import { DRAFTS_KEY, DRAFTS_VERSION, STORAGE_PREFIX, changeTimes, draftSlices, drafts, emptyDrafts, type ChangeTimes, type Drafts } from './drafts';

/** The storage the site writes to; injectable for tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length?: number;
  key?(index: number): string | null;
}

/**
 * Why nothing was saved: the storage is full (`quota`), denied (`unavailable`: private mode,
 * blocked by settings), failed in another way (`unknown`); or the data: the drafts to write do not
 * validate (`invalid`), or drafts already stored could not be read and no copy of them could be
 * kept, so that writing would lose them (`unkept`: saving waits for the user's choice).
 */
export type StorageProblem = 'unavailable' | 'quota' | 'unknown' | 'invalid' | 'unkept';

export type SaveResult = { ok: true; savedAt: string; drafts: Drafts } | { ok: false; reason: StorageProblem };

/** Where a copy of stored drafts that could not be read is kept before they are written over. */
export const UNREADABLE_COPY_KEY = `${STORAGE_PREFIX}drafts-unreadable`;
export const PROBE_KEY = `${STORAGE_PREFIX}probe`;

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
 * What was found in the storage: `salvaged` means that some fields or entries were invalid and are
 * left out (salvage), `unreadable` that nothing could be read (not JSON, not drafts, another
 * version, or nothing valid left); in both
 * cases `raw` is the stored text, which nothing may write over before it is kept aside, downloaded
 * or discarded by the user.
 */
export interface StoredDrafts {
  drafts: Drafts;
  state: 'empty' | 'current' | 'salvaged' | 'unreadable';
  raw?: string;
}

/** Why the salvage drops something: the issue zod found there. */
export type SalvageIssue = z.core.$ZodIssue;
/**
 * What one round of the salvage drops, each node with its path and why (a node inside another one
 * dropped too is listed as well); `root`: the data it is dropped from, as it is then.
 */
export type DropListener = (dropped: [path: PropertyKey[], issue: SalvageIssue][], root: Record<string, unknown>) => void;

const isObject = (node: unknown): node is Record<PropertyKey, unknown> => node !== null && typeof node === 'object';

/**
 * Reads what it can of parsed drafts whose whole does not validate, field by field and entry by
 * entry: drops each invalid field, entry or reserved key (an entry that misses a field it needs,
 * such as a nominee's id, goes whole) and validates the rest again, until it validates; `onDrop`
 * hears each drop. Null when nothing of the drafts is left, or they are of another version.
 * Changes `json`.
 */
export function salvage(json: unknown, onDrop?: DropListener): Drafts | null {
  // a list has no version
  if (!isObject(json) || json.version !== DRAFTS_VERSION) return null;
  // each round drops at least one node (zod reports no issue at the top of an object it gets)
  for (let round = 0; round < 64; round++) {
    const parsed = z.safeParse(drafts, json);
    if (parsed.success) return Object.keys(draftSlices).some((key) => Object.hasOwn(json, key)) ? parsed.data : null;
    // what goes, by path: the issue's node where it is there, else the entry that misses it
    const targets = new Map<string, [path: PropertyKey[], issue: SalvageIssue]>();
    for (const issue of parsed.error.issues) {
      let node: unknown = json;
      let depth = 0;
      while (depth < issue.path.length && isObject(node) && Object.hasOwn(node, issue.path[depth]!)) node = node[issue.path[depth++]!];
      const path = issue.path.slice(0, depth);
      if (depth) targets.set(JSON.stringify(path), [path, issue]);
    }
    onDrop?.([...targets.values()], json as Record<string, unknown>);
    // deepest first, and the last entries of a list first, so that no drop moves what another one
    // points to (every path sorts by a number: a key that is not an index as -1)
    const index = (path: PropertyKey[]) => +(path.at(-1) as number) || -1;
    const order = [...targets.values()].sort(([a], [b]) => b.length - a.length || index(b) - index(a));
    for (const [path] of order) {
      const parent = path.slice(0, -1).reduce<unknown>((node, step) => (isObject(node) ? node[step] : undefined), json);
      if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
      else if (isObject(parent)) delete parent[path.at(-1)!];
    }
  }
  return null;
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
  let raw: string | null = null;
  try {
    raw = storage?.getItem(DRAFTS_KEY) ?? null;
  } catch {
    // denied: nothing can be read, nor written (checkStorage tells the user)
  }
  try {
    return parseStored(raw);
  } catch {
    return { drafts: emptyDrafts(), state: 'unreadable', raw: raw ?? '' };
  }
}

/** Reads the drafts; anything missing or unreadable reads as empty drafts. */
export function loadDrafts(storage: KeyValueStorage | null = browserStorage()): Drafts {
  return readStored(storage).drafts;
}

/** A part of the drafts as text, to compare parts by content (zod output has a stable key order). */
const contentKey = (value: unknown): string => JSON.stringify(value) ?? '';

/** A nominee's whole footprint: list entry, self-check and report. */
const nomineeKey = (d: Drafts, id: string) =>
  contentKey([d.quotaPlan.nominees.find((n) => n.id === id), d.selfChecks[id], d.dossier.reports[id]]);

/** The quota plan without the nominees' own data: category, choices and the order of the list. */
const planKey = ({ nominees, ...plan }: Drafts['quotaPlan']) => contentKey([plan, nominees.map((n) => n.id)]);

/** Stamps `now` on every part that differs between `before` and `after`, and forgets removed parts. */
function stampChanges(before: Drafts, after: Drafts, now: string): ChangeTimes {
  const times: ChangeTimes = { ...after.changedAt, selfChecks: emptyRecord(), nominees: emptyRecord() };
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
  /**
   * stored text that could not be read and that the user chose to write over (after downloading
   * or discarding it); any other unreadable text is kept aside first, or nothing is written
   */
  replacing?: string;
}

/**
 * Keeps a copy of stored text that could not be read under UNREADABLE_COPY_KEY: null once the copy
 * is there, else why it could not be made (then nothing may write over the text).
 */
export function keepAside(raw: string, storage: KeyValueStorage | null = browserStorage()): StorageProblem | null {
  if (!storage) return 'unavailable';
  try {
    if (storage.getItem(UNREADABLE_COPY_KEY) !== raw) storage.setItem(UNREADABLE_COPY_KEY, raw);
    return null;
  } catch {
    return 'unkept';
  }
}

/** Removes the copy aside of unreadable text `raw` (the user discarded it); false when it stays. */
export function dropCopy(raw: string, storage: KeyValueStorage | null = browserStorage()): boolean {
  try {
    if (storage?.getItem(UNREADABLE_COPY_KEY) === raw) storage.removeItem(UNREADABLE_COPY_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies `change` to the stored drafts and writes them back, with the revision counter, the time
 * of the save and the change times updated. Stored drafts that could not be read whole are copied
 * aside first; when that fails (storage full), nothing is written (`unkept`) unless the user chose
 * to replace them (`options.replacing`). `change` also gets what was found, to tell a deletion.
 */
export function updateDrafts(change: (current: Drafts, found: StoredDrafts) => Drafts, storage?: KeyValueStorage | null, options?: UpdateOptions): SaveResult;
/** `change` may return null: nothing is written, and the result is null. */
export function updateDrafts(change: (current: Drafts, found: StoredDrafts) => Drafts | null, storage?: KeyValueStorage | null, options?: UpdateOptions): SaveResult | null;
export function updateDrafts(
  change: (current: Drafts, found: StoredDrafts) => Drafts | null,
  storage: KeyValueStorage | null = browserStorage(),
  options: UpdateOptions = {},
): SaveResult | null {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const stored = readStored(storage);
  if (stored.raw !== undefined && stored.raw !== options.replacing) {
    const problem = keepAside(stored.raw, storage);
    if (problem) return { ok: false, reason: problem };
  }
  const current = stored.drafts;
  const savedAt = new Date().toISOString();
  let next: Drafts;
  try {
    const changed = change(current, stored);
    if (!changed) return null;
    next = z.parse(drafts, {
      ...changed,
      version: DRAFTS_VERSION,
      revision: current.revision + 1,
      savedAt,
      changedAt: options.keepChangeTimes ? changed.changedAt : stampChanges(current, changed, savedAt),
    });
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  try {
    storage.setItem(DRAFTS_KEY, JSON.stringify(next));
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error) };
  }
  return { ok: true, savedAt, drafts: next };
}
