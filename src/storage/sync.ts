// What another tab's storage event means for this tab (the merge itself is in autosave.ts and merge.ts).
import type { Drafts } from './drafts';
import { parseStored } from './store';

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
  return { drafts: parseStored(event.newValue).drafts, deleted: event.newValue === null };
}
