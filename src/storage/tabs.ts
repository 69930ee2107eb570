// What a tab with unsaved edits does about another tab's changes to its slice, loaded the first
// time it is needed (autosave.ts): merge field by field (merge.ts) against the version this tab
// last read; store a field both tabs changed as the other tab has it, and ask the user about it;
// show a deletion as a deletion, with the explicit choice of writing the deleted data again.
import type { AutosaveSlice, ConflictQuestion, DeletedNotice } from './autosave';
import { merge, pathKey, same, valueAt, withValueAt, type Conflict } from './merge';

export class Tabs<T> {
  /** fields both tabs changed, stored as the other tab has them until the user chooses */
  private conflicts: Conflict[] = [];
  private deleted: { at: string; previous: T } | null = null;

  constructor(private readonly slice: AutosaveSlice<T>) {}

  absorb(theirs: T, deleted: boolean, savedAt: string | undefined): void {
    const slice = this.slice;
    // A field in conflict follows the other tab's latest version; once it agrees with the screen, it is settled.
    this.conflicts = this.conflicts.map((c) => ({ ...c, theirs: valueAt(theirs, c.path) })).filter((c) => !same(valueAt(slice.value, c.path), c.theirs));
    if (same(theirs, slice.base)) return;
    if (deleted) {
      this.deleted = { at: (slice.options.now?.() ?? new Date()).toISOString(), previous: slice.value };
      this.conflicts = [];
      slice.pending = false;
      clearTimeout(slice.timer);
      slice.line = { state: 'idle' };
      slice.adopt(theirs, undefined);
      return;
    }
    if (!slice.pending) return slice.adopt(theirs, savedAt);
    const merged = merge(slice.base, slice.value, theirs);
    const known = new Set(this.conflicts.map((c) => pathKey(c.path)));
    this.conflicts.push(...merged.conflicts.filter((c) => !known.has(pathKey(c.path))));
    slice.base = theirs;
    slice.show(merged.value);
    slice.pending = !same(this.held(merged.value), theirs);
  }

  /** The value to store: the screen, with each field in conflict as the other tab has it. */
  held(value: T): T {
    return this.conflicts.reduce((v, c) => withValueAt(v, c.path, valueAt(this.slice.base, c.path)), value);
  }

  question(): ConflictQuestion | DeletedNotice | undefined {
    const [conflict] = this.conflicts;
    if (conflict) {
      return {
        kind: 'conflict',
        conflict: { ...conflict, mine: valueAt(this.slice.value, conflict.path) },
        count: this.conflicts.length,
        useTheirs: () => this.resolve(conflict, false),
        keepMine: () => this.resolve(conflict, true),
      };
    }
    if (this.deleted) return { kind: 'deleted', at: this.deleted.at, recreate: this.recreate, dismiss: this.dismiss };
  }

  private resolve(conflict: Conflict, keepMine: boolean) {
    const slice = this.slice;
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
    if (!keepMine) slice.show(withValueAt(slice.value, conflict.path, valueAt(slice.base, conflict.path)));
    slice.pending = true;
    slice.store();
  }

  private readonly recreate = () => {
    if (!this.deleted) return;
    this.slice.show(this.deleted.previous);
    this.deleted = null;
    this.slice.pending = true;
    this.slice.store();
  };

  private readonly dismiss = () => {
    this.deleted = null;
    this.slice.emit();
  };
}
