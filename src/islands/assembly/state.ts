// The files the island holds (in memory only: never written to localStorage), by slot.
import type { SlotFile } from '../../pdf/slots';
import type { Inspection } from './protocol';

/** A file of a slot, as the island holds it. */
export interface HeldFile extends SlotFile {
  file: File;
  inspection?: Inspection;
  /** object URL of the first page's preview */
  preview?: string;
  previewFailed?: boolean;
}

/** Files by slot key (a Map: slot keys carry nominee ids from the drafts, never object keys). */
export type HeldFiles = ReadonlyMap<string, readonly HeldFile[]>;

/** `files` with the slot `key` changed by `change`. */
export function withSlot(files: HeldFiles, key: string, change: (held: readonly HeldFile[]) => readonly HeldFile[]): HeldFiles {
  const next = new Map(files);
  next.set(key, change(files.get(key) ?? []));
  return next;
}

/** `files` with the file `fileKey` (wherever it is) changed by `change`. */
export function withFile(files: HeldFiles, fileKey: string, change: (held: HeldFile) => HeldFile): HeldFiles {
  const next = new Map<string, readonly HeldFile[]>();
  for (const [slot, held] of files) next.set(slot, held.map((file) => (file.key === fileKey ? change(file) : file)));
  return next;
}

/** Moves the item at `index` by `delta` places. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}
