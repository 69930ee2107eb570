// The review as the page holds it: loaded from the device once (IndexedDB, src/storage/reviewStore.ts),
// changed by the reviewer, saved back (marks at once, typed fields a moment after the last key) with
// the revision it started from. Another tab's save is never written over: the page takes it and says so.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { emptyReview, type Review, type ReviewMark } from '../../schemas/review';
import { markKey } from '../../schemas/reviewKey';
import { clearReview, indexedDbRecords, loadReview, saveReview, type LoadedReview, type RecordStore } from '../../storage/reviewStore';
import { withCurrentKeys } from '../../review/marks';
import { STORAGE_PROBLEMS } from '../shared/storageMessages';

export type SaveState =
  | { kind: 'loading' }
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

/** Delay before typed text is saved. */
const TYPING_DELAY = 400;

const NOT_KEPT = 'Các quyết định chỉ còn trong thẻ này: hãy tải dữ liệu thẩm định về máy để giữ lại.';

/** The browser's IndexedDB, or null where it is denied. */
function openStore(): RecordStore | null {
  try {
    return indexedDbRecords();
  } catch {
    return null;
  }
}

export function useReview() {
  const store = useMemo(openStore, []);
  const [review, setReview] = useState<Review | null>(null);
  const [loaded, setLoaded] = useState<LoadedReview | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'loading' });
  /** the revision the stored review is at (what the next save expects) */
  const stored = useRef(0);
  const latest = useRef<Review | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writing = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void loadReview(store).then((result) => {
        if (!live) return;
        stored.current = result.state === 'current' ? result.review.revision : 0;
        const review = withCurrentKeys(result.review);
        latest.current = review;
        setReview(review);
        setLoaded(result);
        setSave(result.state === 'unavailable' ? { kind: 'failed', message: `${STORAGE_PROBLEMS[result.reason]} ${NOT_KEPT}` } : { kind: 'idle' });
    });
    return () => {
      live = false;
    };
  }, []);

  /** Saves the latest review (one save at a time, in order). */
  const persist = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    writing.current = writing.current.then(async () => {
      const next = latest.current;
      if (!next) return;
      setSave({ kind: 'saving' });
      const result = await saveReview(store, next, stored.current);
      {
        if (result.ok) {
          stored.current = result.review.revision;
          setSave({ kind: 'saved', at: result.review.savedAt ?? '' });
        } else if (result.reason === 'conflict') {
          stored.current = result.current.revision;
          latest.current = result.current;
          setReview(result.current);
          setSave({ kind: 'conflict' });
        } else {
          setSave({ kind: 'failed', message: `${STORAGE_PROBLEMS[result.reason]} ${NOT_KEPT}` });
        }
      }
    });
    return writing.current;
  };

  // Leaving the page saves what was typed.
  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) void persist();
    };
    addEventListener('pagehide', flush);
    return () => removeEventListener('pagehide', flush);
  }, []);

  const change = (update: (current: Review) => Review, typing = false) => {
    const current = latest.current;
    if (!current) return;
    const next = update(current);
    latest.current = next;
    setReview(next);
    if (typing) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void persist(), TYPING_DELAY);
    } else {
      void persist();
    }
  };

  const marks = useMemo(() => new Map((review?.marks ?? []).map((mark) => [markKey(mark.unitKey, mark.nomineeId), mark])), [review]);

  /** Sets (or, with null, removes) the marks of the given nominees. */
  const setMarks = (changes: { unitKey: string; nomineeId: string; mark: Omit<ReviewMark, 'unitKey' | 'nomineeId' | 'markedAt'> | null }[], now = new Date()) =>
    change((current) => {
      const byKey = new Map(current.marks.map((mark) => [markKey(mark.unitKey, mark.nomineeId), mark]));
      for (const { unitKey, nomineeId, mark } of changes) {
        const key = markKey(unitKey, nomineeId);
        if (mark === null) byKey.delete(key);
        else byKey.set(key, { ...mark, unitKey, nomineeId, markedAt: now.toISOString() });
      }
      return { ...current, marks: [...byKey.values()] };
    });

  /** Replaces the whole review (an import), keeping the revision sequence of this device. */
  const replace = (next: Review) => change(() => ({ ...withCurrentKeys(next), revision: stored.current }));

  /** Clears the stored review, then starts again from an empty one without saving it. */
  const clear = async () => {
    const cleared = await clearReview(store);
    if (cleared.ok) reset(emptyReview());
    return cleared;
  };

  /** Starts again from `empty` without saving it. */
  const reset = (empty: Review) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    stored.current = 0;
    latest.current = empty;
    setReview(empty);
    setLoaded({ state: 'empty', review: empty });
    setSave({ kind: 'idle' });
  };

  return { review, loaded, save, marks, change, setMarks, replace, clear };
}
