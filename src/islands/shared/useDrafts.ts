import { useEffect, useRef, useState } from 'preact/hooks';
import { AutosaveSlice, type SaveState } from '../../storage/autosave';
import { DRAFTS_KEY, type Drafts } from '../../storage/drafts';
import { browserStorage } from '../../storage/store';
import { storedDraftsOfEvent } from '../../storage/sync';

export type { SaveState };

/** Tells the other islands of the same page that the drafts were saved (storage events only reach other tabs). */
const SAVED_EVENT = 'thi-dua:drafts-saved';

/**
 * One slice of the stored drafts as component state, autosaved (debounced) on every change and
 * flushed when the page is hidden. The island renders client-side only, so the drafts are read
 * synchronously on first render and typing is never overwritten by a late load.
 *
 * What is typed always stays on the screen: when the storage is full or denied, `save` says so
 * (and offers the drafts as a JSON file); when another tab saved the same slice, autosave stops
 * until the user loads the newer version or chooses to write over it. <SaveStatus save={save} />
 * shows all of this, buttons included. The logic lives in src/storage/autosave.ts.
 *
 * @param read  picks the slice out of the drafts
 * @param write puts a new slice back into the drafts
 */
export function useDrafts<T>(read: (drafts: Drafts) => T, write: (drafts: Drafts, value: T) => Drafts) {
  const access = useRef({ read, write });
  access.current = { read, write };
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [autosave] = useState(() => {
    const slice: AutosaveSlice<T> = new AutosaveSlice<T>({
      access: () => access.current,
      storage: browserStorage,
      onValue: (next) => setValueState(() => next),
      onSave: setSave,
      announce: (drafts) => dispatchEvent(new CustomEvent(SAVED_EVENT, { detail: { from: slice, drafts } })),
    });
    return slice;
  });
  const [value, setValueState] = useState<T>(autosave.value);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const incoming = storedDraftsOfEvent(event, DRAFTS_KEY, browserStorage());
      if (incoming) autosave.receiveStored(incoming.drafts, incoming.deleted, true);
    };
    const onSaved = (event: Event) => {
      const { from, drafts } = (event as CustomEvent<{ from: unknown; drafts: Drafts }>).detail;
      if (from !== autosave) autosave.receiveStored(drafts, false, false);
    };
    const onHide = () => autosave.flush();
    autosave.start();
    addEventListener('storage', onStorage);
    addEventListener(SAVED_EVENT, onSaved);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      autosave.flush();
      removeEventListener('storage', onStorage);
      removeEventListener(SAVED_EVENT, onSaved);
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [autosave]);

  return { value, setValue: autosave.setValue, save, flush: autosave.flush };
}
