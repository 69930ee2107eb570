import { useEffect, useState } from 'preact/hooks';
import type { Drafts } from '../../storage/drafts';
import { loadDrafts } from '../../storage/store';

/**
 * The stored drafts, read-only, read again when the user comes back to the page (from another
 * page, through the back button, or from another tab). For the slices an island shows but does
 * not edit (the quota planner shows the self-checks); the slice it edits goes through useDrafts.
 */
export function useStoredDrafts(): Drafts {
  const [stored, setStored] = useState(() => loadDrafts());
  useEffect(() => {
    const reload = () => document.visibilityState === 'visible' && setStored(loadDrafts());
    addEventListener('pageshow', reload);
    addEventListener('storage', reload);
    document.addEventListener('visibilitychange', reload);
    return () => {
      removeEventListener('pageshow', reload);
      removeEventListener('storage', reload);
      document.removeEventListener('visibilitychange', reload);
    };
  }, []);
  return stored;
}
