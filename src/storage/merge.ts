// Three-way merge of a slice of the drafts, for two tabs editing at once: `base` is the stored
// version this tab last read or wrote, `mine` what is on its screen, `theirs` what another tab has
// stored since. Each side's changes to different fields are kept; a field both sides changed in
// different ways is a conflict, for the user to decide (the merged value keeps `mine` there, so
// that nothing typed disappears from the screen). Objects and records merge key by key, lists of
// records with an `id` (the nominees) item by item, other lists index by index when no side
// changed their length; anything else is one field.

/** A step into a value: an object key, a list index, or the item of a list with this id. */
export type PathStep = string | number | { id: string };
export type Path = PathStep[];

/** A field both sides changed; `undefined` on a side means that it was deleted there. */
export interface Conflict {
  path: Path;
  mine: unknown;
  theirs: unknown;
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Deep equality of JSON-like values; key order does not matter, absent and undefined are the same. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!same(a[key], b[key])) return false;
  return true;
}

const ids = (list: unknown[]) => list.map((item) => (isObject(item) && typeof item.id === 'string' ? item.id : null));
/** A list whose items are all records with an id, no id twice. */
const isIdList = (list: unknown[]) => {
  const found = ids(list);
  return !found.includes(null) && new Set(found).size === found.length;
};
/** Did `side` change the order of the items it shares with `base`? */
const reordered = (base: unknown[], side: unknown[]) => {
  const [before, after] = [ids(base), ids(side)];
  return !same(
    before.filter((id) => after.includes(id)),
    after.filter((id) => before.includes(id)),
  );
};
const byId = (list: unknown[]) => new Map(list.map((item) => [(item as { id: string }).id, item]));
const stepKey = (step: PathStep) => (typeof step === 'object' ? `#${step.id}` : String(step));
/** A path as text, to compare paths. */
export const pathKey = (path: Path) => path.map(stepKey).join('\u0000');

function mergeAt(base: unknown, mine: unknown, theirs: unknown, path: Path, conflicts: Conflict[]): unknown {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    const from = isObject(base) ? base : {};
    const out = Object.create(Object.getPrototypeOf(mine)) as Obj;
    for (const key of new Set([...Object.keys(from), ...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeAt(from[key], mine[key], theirs[key], [...path, key], conflicts);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs)) {
    if (isIdList(base) && isIdList(mine) && isIdList(theirs)) {
      const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
      // the order of the side that reordered (mine when both did), then what the other side added
      const order = reordered(base, mine) ? [...ids(mine), ...ids(theirs)] : [...ids(theirs), ...ids(mine)];
      const out: unknown[] = [];
      for (const id of new Set(order as string[])) {
        const value = mergeAt(b.get(id), m.get(id), t.get(id), [...path, { id }], conflicts);
        if (value !== undefined) out.push(value);
      }
      return out;
    }
    if (mine.length === base.length && theirs.length === base.length) {
      return base.map((item, index) => mergeAt(item, mine[index], theirs[index], [...path, index], conflicts));
    }
  }
  conflicts.push({ path, mine, theirs });
  return mine;
}

/** Merges both sides' changes since `base`; `conflicts` lists the fields that need the user's choice. */
export function merge<T>(base: T, mine: T, theirs: T): { value: T; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const value = mergeAt(base, mine, theirs, [], conflicts) as T;
  return { value, conflicts };
}

/** The value at `path` (undefined when absent). */
export function valueAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path) {
    if (typeof step === 'object') node = Array.isArray(node) ? node.find((item) => isObject(item) && item.id === step.id) : undefined;
    else node = node !== null && typeof node === 'object' && Object.hasOwn(node, step) ? (node as Obj)[step] : undefined;
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path` (removed when undefined); the objects and lists on the
 * way are copied, the rest is shared. Where a step is missing, nothing changes (the item is gone).
 */
export function withValueAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [step, ...rest] = path as [PathStep, ...Path];
  if (Array.isArray(root)) {
    const index = typeof step === 'object' ? root.findIndex((item) => isObject(item) && item.id === step.id) : Number(step);
    const copy = [...root];
    if (index < 0 || index >= copy.length) {
      // an item of an id list that is gone: put it back at the end when a value is set there
      if (typeof step === 'object' && value !== undefined && rest.length === 0) copy.push(value);
      return copy as T;
    }
    const inner = withValueAt(copy[index], rest, value);
    if (inner === undefined) copy.splice(index, 1);
    else copy[index] = inner;
    return copy as T;
  }
  if (!isObject(root) || typeof step === 'object') return root;
  const copy: Obj = Object.assign(Object.create(Object.getPrototypeOf(root)) as Obj, root as Obj);
  const inner = withValueAt(copy[String(step)], rest, value);
  if (inner === undefined) delete copy[String(step)];
  else copy[String(step)] = inner;
  return copy as T;
}
