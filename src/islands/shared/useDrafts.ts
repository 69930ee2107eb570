import { useEffect, useRef, useState } from 'preact/hooks';
import { AutosaveSlice, type SaveState } from '../../storage/autosave';
import { DRAFTS_KEY, type Drafts } from '../../storage/drafts';
import { browserStorage } from '../../storage/store';
import { storedDraftsOfEvent } from '../../storage/sync';

export type { SaveState };

/**
 * One slice of the stored drafts as component state, autosaved (debounced) on every change and
 * flushed when the page is hidden. The island renders client-side only, so the drafts are read
 * synchronously on first render and typing is never overwritten by a late load.
 *
 * What is typed always stays on the screen: when the storage is full or denied, `save` says so
 * (and offers the drafts as a JSON file); what another tab saved is taken in, merged field by
 * field with this tab's unsaved edits, and a field both tabs changed is asked about; stored drafts
 * that could not be read are offered for download before anything is written over them.
 * <SaveStatus save={save} /> shows all of this, buttons included. The logic lives in
 * src/storage/autosave.ts.
 *
 * @param read  picks the slice out of the drafts
 * @param write puts a new slice back into the drafts
 */
export function useDrafts<T>(read: (drafts: Drafts) => T, write: (drafts: Drafts, value: T) => Drafts) {
  const access = useRef({ read, write });
  access.current = { read, write };
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const [autosave] = useState(
    () =>
      new AutosaveSlice<T>({
        access: () => access.current,
        storage: browserStorage,
        onValue: (next) => setValueState(() => next),
        onSave: setSave,
      }),
  );
  const [value, setValueState] = useState<T>(autosave.value);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const incoming = storedDraftsOfEvent(event, DRAFTS_KEY, browserStorage());
      if (incoming) autosave.receiveStored(incoming.drafts, incoming.deleted);
    };
    // Typing survives a reload or a closed tab: what is not stored yet is stored as the page goes.
    const onHide = () => autosave.flush();
    autosave.start();
    addEventListener('storage', onStorage);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      autosave.flush();
      removeEventListener('storage', onStorage);
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [autosave]);

  return { value, setValue: autosave.setValue, save, flush: autosave.flush };
}
