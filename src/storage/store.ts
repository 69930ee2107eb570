import * as z from 'zod/mini';
import { DRAFTS_KEY, drafts, emptyDrafts, type Drafts } from './drafts';

/** The storage the site writes to; injectable for tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type SaveResult = { ok: true; savedAt: string } | { ok: false; reason: 'unavailable' | 'quota' | 'unknown' };

function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // access denied (privacy settings)
  }
}

/** Reads the drafts; anything missing, unreadable or invalid reads as empty drafts. */
export function loadDrafts(storage: KeyValueStorage | null = browserStorage()): Drafts {
  if (!storage) return emptyDrafts();
  try {
    const raw = storage.getItem(DRAFTS_KEY);
    if (!raw) return emptyDrafts();
    const parsed = z.safeParse(drafts, JSON.parse(raw));
    return parsed.success ? parsed.data : emptyDrafts();
  } catch {
    return emptyDrafts();
  }
}

/** Applies `change` to the stored drafts and writes them back. */
export function updateDrafts(change: (current: Drafts) => Drafts, storage: KeyValueStorage | null = browserStorage()): SaveResult {
  if (!storage) return { ok: false, reason: 'unavailable' };
  const savedAt = new Date().toISOString();
  const next = { ...change(loadDrafts(storage)), savedAt };
  try {
    storage.setItem(DRAFTS_KEY, JSON.stringify(z.parse(drafts, next)));
    return { ok: true, savedAt };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { ok: false, reason: name === 'QuotaExceededError' ? 'quota' : 'unknown' };
  }
}
