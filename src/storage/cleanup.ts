// Removing what the site keeps: everything ("Xóa toàn bộ dữ liệu trên máy này"), or stored drafts
// that could not be read once the user downloaded or discarded them. Apart from store.ts, so that
// the tool pages, which need this only on a click, do not load it with their first screen.
import { DRAFTS_KEY, STORAGE_PREFIX } from './drafts';
import { browserStorage, classifyStorageError, dropCopy, PROBE_KEY, UNREADABLE_COPY_KEY, updateDrafts, type KeyValueStorage, type StorageProblem } from './store';

/**
 * The user no longer needs the unreadable text `raw` (downloaded, or discarded): the copy aside
 * goes, and the drafts key, if it still holds `raw`, gets what could be read of it (or nothing).
 */
export function dropUnreadable(raw: string, storage: KeyValueStorage | null = browserStorage()): { ok: true } | { ok: false; reason: StorageProblem } {
  if (!storage) return { ok: false, reason: 'unavailable' };
  dropCopy(raw, storage);
  try {
    if (storage.getItem(DRAFTS_KEY) !== raw) return { ok: true };
  } catch (error) {
    return { ok: false, reason: classifyStorageError(error) };
  }
  const result = updateDrafts((current) => current, storage, { replacing: raw, keepChangeTimes: true });
  return result.ok ? { ok: true } : result;
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
