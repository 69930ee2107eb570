// Two tabs editing the same draft: each tab remembers the stored version of its slice it last
// read or wrote (its base). When the stored slice is no longer the base, another tab has saved;
// writing on would silently undo that tab's work, so the tab stops and asks.
import type { Drafts } from './drafts';
import { browserStorage, contentKey, readStored, updateDrafts, type KeyValueStorage, type SaveResult } from './store';

/** A slice as text, to compare slices by content. */
export const sliceKey = contentKey;

export interface SliceAccess<T> {
  read: (drafts: Drafts) => T;
  write: (drafts: Drafts, value: T) => Drafts;
}

/**
 * What a tab holding `value` (last synced at `baseKey`) does about the drafts now stored:
 * - `unchanged`: the slice is as the tab last saw it (another part of the drafts may have changed);
 * - `adopt`: the slice changed, but saving `value` would not change it any further (nothing of the
 *   tab's own is at stake): take the stored slice quietly;
 * - `conflict`: the slice changed and saving `value` would undo that change: tell the user.
 */
export function compareWithStored<T>(access: SliceAccess<T>, baseKey: string, stored: Drafts, value: T): 'unchanged' | 'adopt' | 'conflict' {
  const storedKey = sliceKey(access.read(stored));
  if (storedKey === baseKey) return 'unchanged';
  const afterSave = sliceKey(access.read(access.write(stored, value)));
  return afterSave === storedKey ? 'adopt' : 'conflict';
}

export type SliceSaveResult<T> =
  | (SaveResult & { ok: true; baseKey: string })
  | (SaveResult & { ok: false })
  | { ok: false; reason: 'conflict'; stored: Drafts; storedValue: T };

/**
 * Saves `value` unless another tab changed the slice since `baseKey` (pass `force` once the
 * user chose to write over it). On success, returns the new base.
 */
export function saveSlice<T>(
  access: SliceAccess<T>,
  baseKey: string,
  value: T,
  options: { force?: boolean; storage?: KeyValueStorage | null } = {},
): SliceSaveResult<T> {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  if (!options.force) {
    const { drafts: stored } = readStored(storage);
    if (compareWithStored(access, baseKey, stored, value) === 'conflict') {
      return { ok: false, reason: 'conflict', stored, storedValue: access.read(stored) };
    }
  }
  const result = updateDrafts((drafts) => access.write(drafts, value), storage);
  return result.ok ? { ...result, baseKey: sliceKey(access.read(result.drafts)) } : result;
}

/**
 * What a `storage` event means for this tab: null when it is not about the drafts (another key,
 * or another storage area), else the drafts now stored (empty ones when they were deleted).
 */
export function storedDraftsOfEvent(
  event: { key: string | null; newValue: string | null; storageArea?: unknown },
  draftsKey: string,
  area: unknown,
): { drafts: Drafts; deleted: boolean } | null {
  if (event.key !== null && event.key !== draftsKey) return null;
  if (area && event.storageArea && event.storageArea !== area) return null;
  const parsed = readStored({ getItem: () => event.newValue, setItem: () => {}, removeItem: () => {} });
  return { drafts: parsed.drafts, deleted: event.newValue === null };
}
