import { useEffect, useState } from 'preact/hooks';
import type { Drafts } from '../../storage/drafts';
import { loadDrafts } from '../../storage/store';

/**
 * What `read` finds in the storage, read again when the user comes back to the page (from another
 * page, through the back button, or from another tab), with a function that reads it again now.
 * `read` must be the same function on every render (a module-level one).
 */
export function useStored<T>(read: () => T): [T, () => void] {
  const [stored, setStored] = useState(read);
  useEffect(() => {
    const reload = () => document.visibilityState === 'visible' && setStored(read());
    addEventListener('pageshow', reload);
    addEventListener('storage', reload);
    document.addEventListener('visibilitychange', reload);
    return () => {
      removeEventListener('pageshow', reload);
      removeEventListener('storage', reload);
      document.removeEventListener('visibilitychange', reload);
    };
  }, []);
  return [stored, () => setStored(read())];
}

/**
 * The stored drafts, read-only, kept up to date by useStored. For the slices an island shows but
 * does not edit (the quota planner shows the self-checks); the slice it edits goes through useDrafts.
 */
export const useStoredDrafts = (): Drafts => useStored(loadDrafts)[0];
