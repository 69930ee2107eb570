// The autosave of one slice of the drafts, without Preact or the DOM (useDrafts wires it to
// component state and to the window's events), so that its behaviour is unit-tested in Node.
//
// Stored drafts that could not be read are found on the first read: a copy is kept aside at once,
// or, when there is no room for it, nothing is written until the user has downloaded or discarded
// them. What another tab stores is taken in quietly while this tab has no unsaved edits; else
// tabs.ts, loaded then, merges field by field and asks about a field both tabs changed.
import type { Drafts } from './drafts';
import type { Conflict } from './merge';
import { checkStorage, keepAside, readStored, updateDrafts, type KeyValueStorage, type StorageProblem, type StoredDrafts } from './store';
import type { Tabs } from './tabs';

/**
 * Why nothing was saved: the storage or the data (store.ts), or `unloaded`: the part of the page
 * that merges another tab's changes (tabs.ts, loaded on demand) could not be fetched (offline, or
 * the site was updated since the page was opened); it is fetched again on the next save.
 */
export type SaveProblem = StorageProblem | 'unloaded';

/** The save-status line (SaveStatus.tsx renders every state, with its buttons). */
export type SaveLine =
  | { state: 'idle' }
  | { state: 'pending' }
  | { state: 'saved'; savedAt: string }
  /** nothing was saved (SaveState's `download` gives the drafts as on the screen, for a JSON file) */
  | { state: 'failed'; reason: SaveProblem };

/** A field both this tab and another one changed: the other tab's version is stored until the user chooses. */
export interface ConflictQuestion {
  kind: 'conflict';
  /** `mine` as on the screen now; `undefined` on a side: deleted there */
  conflict: Conflict;
  /** how many such fields wait for a choice (this one first) */
  count: number;
  /** show and keep the other tab's version of the field */
  useTheirs: () => void;
  /** store this tab's version of the field (re-creates it when the other tab deleted it) */
  keepMine: () => void;
}

/** Another tab deleted the drafts: this tab shows the deletion; `recreate` writes back what it showed before. */
export interface DeletedNotice {
  kind: 'deleted';
  at: string;
  recreate: () => void;
  dismiss: () => void;
}

/**
 * Stored drafts that could not be read, found on the first read: `unreadable` (nothing read) or
 * `salvaged` (the readable parts are on the screen); `raw` is the stored text. `kept`: a copy is
 * kept aside, so saving goes on; else nothing is saved until `release()`, called once the user has
 * downloaded or discarded the text.
 */
export interface Rescue {
  kind: 'unreadable' | 'salvaged';
  raw: string;
  kept: boolean;
  release: () => void;
}

/**
 * Everything SaveStatus shows; `download` (in every state the autosave reports) gives the drafts as
 * on the screen, for a JSON file.
 */
export type SaveState = SaveLine & { question?: ConflictQuestion | DeletedNotice; rescue?: Rescue; download?: () => Drafts };

export interface SliceAccess<T> {
  read: (drafts: Drafts) => T;
  write: (drafts: Drafts, value: T) => Drafts;
}

export interface AutosaveOptions<T> {
  /** the slice's read and write functions as the component has them now */
  access: () => SliceAccess<T>;
  /** the storage (the browser's localStorage, or a test double) */
  storage: () => KeyValueStorage | null;
  /** shows a new value on the screen */
  onValue: (value: T) => void;
  /** shows a new save state */
  onSave: (save: SaveState) => void;
  delayMs?: number;
  /** the clock (tests) */
  now?: () => Date;
}

const key = (value: unknown) => JSON.stringify(value);

export class AutosaveSlice<T> {
  /** the value on the screen */
  value: T;
  // The fields below are shared with tabs.ts.
  /** the stored slice as this tab last read or wrote it */
  base: T;
  /** the value on the screen has changes not stored yet */
  pending = false;
  line: SaveLine = { state: 'idle' };
  timer: ReturnType<typeof setTimeout> | undefined;
  /** what to do about other tabs' changes, once needed (a merge, a deletion) */
  tabs: Tabs<T> | null = null;
  private loading: Promise<void> | null = null;
  /** another tab deleted the drafts while tabs.ts was not there yet to show it */
  private deletion = false;
  /** the revision of the stored drafts this tab last read or wrote (0: nothing stored) */
  private revision: number;
  private found: StoredDrafts;
  private rescue: Omit<Rescue, 'release'> | null = null;
  /** unreadable stored text the user downloaded or discarded: it may be written over */
  private released: string | undefined;

  constructor(readonly options: AutosaveOptions<T>) {
    this.found = readStored(options.storage());
    this.value = this.base = options.access().read(this.found.drafts);
    this.revision = this.found.drafts.revision;
  }

  /**
   * Says at once when the browser will not keep anything (private mode, storage full), and when
   * the stored drafts could not be read (a copy is kept aside now, if there is room).
   */
  start(): void {
    const storage = this.options.storage();
    const { raw, state } = this.found;
    if (raw !== undefined) this.rescue = { kind: state as Rescue['kind'], raw, kept: !keepAside(raw, storage) };
    const problem = checkStorage(storage);
    if (problem) this.line = { state: 'failed', reason: problem };
    this.emit();
  }

  /** The drafts with the value on the screen written in: what a JSON export must contain when storage fails. */
  readonly exportDrafts = (): Drafts => this.options.access().write(readStored(this.options.storage()).drafts, this.value);

  readonly setValue = (next: T | ((previous: T) => T)): void => {
    this.show(typeof next === 'function' ? (next as (previous: T) => T)(this.value) : next);
    this.pending = true;
    this.line = { state: 'pending' };
    this.emit();
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, this.options.delayMs ?? 400);
  };

  /** Stores the value on the screen now if it has unsaved changes (on a timer, and when the page is hidden). */
  readonly flush = (): void => {
    clearTimeout(this.timer);
    if (this.pending) this.store();
  };

  /**
   * Another tab changed the stored drafts (a storage event; `deleted` when it removed them). Two
   * islands of one page need no such message: each takes the other's save in before writing.
   */
  receiveStored(stored: Drafts, deleted: boolean): void {
    this.absorb(stored, deleted);
    this.emit();
  }

  show(value: T): void {
    this.value = value;
    this.options.onValue(value);
  }

  emit(): void {
    const save: SaveState = { ...this.line, download: this.exportDrafts };
    const question = this.tabs?.question();
    if (question) save.question = question;
    if (this.rescue) save.rescue = { ...this.rescue, release: this.release };
    this.options.onSave(save);
  }

  /** Shows the stored slice: this tab has nothing of its own at stake. */
  adopt(theirs: T, savedAt: string | undefined): void {
    this.base = theirs;
    this.show(theirs);
    if (savedAt && this.line.state !== 'failed') this.line = { state: 'saved', savedAt };
  }

  /**
   * Takes in what is stored now. False while another tab's change waits for tabs.ts to load (a
   * merge or a deletion): nothing may be written until then.
   */
  private absorb(stored: Drafts, deleted: boolean): boolean {
    const theirs = this.options.access().read(stored);
    if (this.tabs) this.tabs.absorb(theirs, deleted, stored.savedAt);
    else if (key(theirs) !== key(this.base)) {
      if (this.pending || deleted) {
        // Until tabs.ts is there, this revision is not taken in, and a deletion is remembered.
        this.deletion ||= deleted;
        this.loading ??= import('./tabs').then(
          ({ Tabs }) => {
            this.tabs = new Tabs(this);
            const now = readStored(this.options.storage());
            this.receiveStored(now.drafts, this.deletion && now.state === 'empty');
            this.deletion = false;
            this.flush();
          },
          () => {
            // fetched again on the next save; meanwhile the user is told, with the download
            this.loading = null;
            this.line = { state: 'failed', reason: 'unloaded' };
            this.emit();
          },
        );
        return false;
      }
      this.adopt(theirs, stored.savedAt);
    }
    this.revision = stored.revision;
    return true;
  }

  store(): void {
    const access = this.options.access();
    let written = this.value;
    const result = updateDrafts(
      (current, found) => {
        // Another tab may have saved (or deleted) without its storage event having arrived yet.
        if (!this.absorb(current, found.state === 'empty' && this.revision > 0)) return null;
        written = this.tabs ? this.tabs.held(this.value) : this.value;
        return access.write(current, written);
      },
      this.options.storage(),
      { replacing: this.released },
    );
    if (!result) return;
    if (result.ok) {
      this.base = access.read(result.drafts);
      this.revision = result.drafts.revision;
      this.pending = false;
      this.line = { state: 'saved', savedAt: result.savedAt };
      if (this.rescue?.raw === this.released) this.rescue = null;
    } else {
      this.line = { state: 'failed', reason: result.reason };
    }
    this.emit();
  }

  /** The user downloaded the unreadable text, or discarded it (and its copy, dropCopy): it may now be written over. */
  private readonly release = () => {
    if (!this.rescue) return;
    this.released = this.rescue.raw;
    this.pending = true;
    this.store();
  };
}
