import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Drafts } from '../../storage/drafts';
import { loadDrafts, updateDrafts, type SaveResult } from '../../storage/store';

/** What the save-status line shows. */
export type SaveState =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saved'; savedAt: string }
  | { state: 'failed'; reason: Exclude<SaveResult, { ok: true }>['reason'] };

const AUTOSAVE_DELAY_MS = 400;

/**
 * One slice of the stored drafts as component state, autosaved (debounced) on every change and
 * flushed when the page is hidden. The island renders client-side only, so the drafts are read
 * synchronously on first render and typing is never overwritten by a late load.
 *
 * @param read  picks the slice out of the drafts
 * @param write puts a new slice back into the drafts
 */
export function useDrafts<T>(read: (drafts: Drafts) => T, write: (drafts: Drafts, value: T) => Drafts) {
  const [value, setValueState] = useState<T>(() => read(loadDrafts()));
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeRef = useRef(write);
  writeRef.current = write;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const result = updateDrafts((drafts) => writeRef.current(drafts, next.value));
    setSave(result.ok ? { state: 'saved', savedAt: result.savedAt } : { state: 'failed', reason: result.reason });
  }, []);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValueState((previous) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        pending.current = { value: resolved };
        return resolved;
      });
      setSave({ state: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flush();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  return { value, setValue, save, flush };
}
