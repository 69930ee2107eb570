// The autosave of one slice of the drafts, without Preact or the DOM (useDrafts wires it to
// component state and to the window's events), so that its behaviour is unit-tested in Node.
import type { Drafts } from './drafts';
import { checkStorage, loadDrafts, type KeyValueStorage, type StorageProblem } from './store';
import { compareWithStored, saveSlice, sliceKey, type SliceAccess } from './sync';

/** What the save-status line shows (SaveStatus.tsx renders every state, with its buttons). */
export type SaveState =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saved'; savedAt: string }
  /** the browser would not keep the drafts; `exportDrafts` gives them as on the screen, for a JSON file */
  | { state: 'failed'; reason: StorageProblem; exportDrafts: () => Drafts }
  /** another tab saved this slice (or deleted the drafts) at `savedAt`; autosave waits for the user's choice */
  | { state: 'conflict'; savedAt?: string; deleted: boolean; loadNewer: () => void; keepMine: () => void };

export interface AutosaveOptions<T> {
  /** the slice's read and write functions as the component has them now */
  access: () => SliceAccess<T>;
  /** the storage (the browser's localStorage, or a test double) */
  storage: () => KeyValueStorage | null;
  /** shows a new value on the screen */
  onValue: (value: T) => void;
  /** shows a new save state */
  onSave: (save: SaveState) => void;
  /** tells the other slices of the same page what was saved */
  announce?: (drafts: Drafts) => void;
  delayMs?: number;
}

export class AutosaveSlice<T> {
  /** the value on the screen */
  value: T;
  /** the stored slice as this tab last read or wrote it */
  private base: string;
  /** the value on the screen is not stored yet */
  private pending = false;
  private inConflict = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: AutosaveOptions<T>) {
    this.value = options.access().read(loadDrafts(options.storage()));
    this.base = sliceKey(this.value);
  }

  /** Says at once when the browser will not keep anything (private mode, storage full). */
  start(): void {
    const problem = checkStorage(this.options.storage());
    if (problem) this.options.onSave({ state: 'failed', reason: problem, exportDrafts: this.exportDrafts });
  }

  /** The drafts with the value on the screen written in: what a JSON export must contain when storage fails. */
  readonly exportDrafts = (): Drafts => this.options.access().write(loadDrafts(this.options.storage()), this.value);

  readonly setValue = (next: T | ((previous: T) => T)): void => {
    this.show(typeof next === 'function' ? (next as (previous: T) => T)(this.value) : next);
    this.pending = true;
    if (this.inConflict) return; // the notice stays until the user chooses
    this.options.onSave({ state: 'pending' });
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.options.delayMs ?? 400);
  };

  readonly flush = (): void => {
    clearTimeout(this.timer);
    if (this.pending && !this.inConflict) this.store(false);
  };

  /** Conflict choice: show the version the other tab saved, dropping this tab's unsaved changes. */
  readonly loadNewer = (): void => {
    const drafts = loadDrafts(this.options.storage());
    const stored = this.options.access().read(drafts);
    this.inConflict = false;
    this.pending = false;
    this.base = sliceKey(stored);
    this.show(stored);
    this.options.onSave(drafts.savedAt ? { state: 'saved', savedAt: drafts.savedAt } : { state: 'idle' });
  };

  /** Conflict choice: write this tab's version over the other one, knowingly. */
  readonly keepMine = (): void => {
    this.inConflict = false;
    this.store(true);
  };

  /**
   * The stored drafts changed: `otherTab` when a storage event said so, else another slice of this
   * page saved. `deleted` when the drafts were deleted.
   */
  receiveStored(stored: Drafts, deleted: boolean, otherTab: boolean): void {
    const access = this.options.access();
    const decision = compareWithStored(access, this.base, stored, this.value);
    if (decision === 'unchanged') return;
    const storedValue = access.read(stored);
    if (decision === 'adopt') {
      this.base = sliceKey(storedValue);
      if (!this.pending) this.show(storedValue);
      if (this.inConflict) {
        this.inConflict = false;
        this.options.onSave(stored.savedAt ? { state: 'saved', savedAt: stored.savedAt } : { state: 'idle' });
      }
    } else if (otherTab) {
      this.enterConflict(deleted ? new Date().toISOString() : stored.savedAt, deleted);
    } else {
      // Two islands of the page the user is looking at: the last one to save wins.
      this.base = sliceKey(storedValue);
    }
  }

  private show(value: T) {
    this.value = value;
    this.options.onValue(value);
  }

  private enterConflict(savedAt: string | undefined, deleted: boolean) {
    clearTimeout(this.timer);
    this.inConflict = true;
    this.options.onSave({ state: 'conflict', savedAt, deleted, loadNewer: this.loadNewer, keepMine: this.keepMine });
  }

  private store(force: boolean) {
    const result = saveSlice(this.options.access(), this.base, this.value, { force, storage: this.options.storage() });
    if (result.ok) {
      this.pending = false;
      this.base = result.baseKey;
      this.options.onSave({ state: 'saved', savedAt: result.savedAt });
      this.options.announce?.(result.drafts);
    } else if (result.reason === 'conflict') {
      this.enterConflict(result.stored.savedAt, false);
    } else {
      this.options.onSave({ state: 'failed', reason: result.reason, exportDrafts: this.exportDrafts });
    }
  }
}
