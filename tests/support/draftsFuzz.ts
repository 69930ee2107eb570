// Hostile drafts for the fuzz suite (tests/unit/drafts-fuzz.test.ts and tests/e2e/drafts-fuzz.spec.ts):
// random JSON values, and random mutations of a valid export: missing and extra fields, wrong
// types, reserved keys (__proto__, constructor, prototype) at every level, huge strings, deep
// nesting, duplicate ids, unknown versions. Built with fast-check (pinned in package.json).
import fc from 'fast-check';
import { completeDrafts, person } from '../fixtures/dossierDrafts';
import { sampleDrafts } from '../unit/storage-fixtures';
import { exportAll, exportNominee, serializeTransfer } from '../../src/storage/exportFile';
import { RESERVED_KEYS } from '../../src/schemas/recordKey';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const at = new Date(2026, 10, 25, 9, 0);
/** Valid exports to mutate: two whole drafts and one nominee. */
export const VALID_EXPORTS: string[] = [
  serializeTransfer(exportAll(completeDrafts(), at)),
  serializeTransfer(exportAll(sampleDrafts(), at)),
  serializeTransfer(exportNominee(completeDrafts(), person.id, at)!),
];

const isObject = (value: unknown): value is Record<string, Json> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every place in a JSON value, the root included (not deeper than 60 levels: deep values are one place). */
function placesOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 60) return out;
  if (Array.isArray(value)) value.forEach((item, index) => placesOf(item, [...prefix, index], out));
  else if (isObject(value)) for (const key of Object.keys(value)) placesOf(value[key]!, [...prefix, key], out);
  return out;
}

const get = (root: Json, path: Path): Json | undefined =>
  path.reduce<Json | undefined>((node, step) => (node !== null && typeof node === 'object' ? (node as Record<string, Json>)[step as string] : undefined), root);

/** Sets an own property, even one named __proto__ (an assignment would change the prototype instead). */
const define = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** One change to a JSON value; `place` picks the place (modulo the number of places). */
export type Mutation =
  | { kind: 'delete'; place: number }
  | { kind: 'set'; place: number; value: Json }
  | { kind: 'add-key'; place: number; key: string; value: Json }
  | { kind: 'rename-key'; place: number; key: string }
  | { kind: 'huge-string'; place: number; length: number }
  | { kind: 'deep'; place: number; depth: number; array: boolean }
  | { kind: 'duplicate-id'; place: number }
  /** a reserved key beside an existing entry of an object, with a copy of that entry's value (valid where the object is a record) */
  | { kind: 'reserved-entry'; place: number; key: string }
  /** the id of a record with an id (a nominee) set to a reserved key */
  | { kind: 'reserved-id'; place: number; key: string }
  | { kind: 'version'; value: Json | undefined };

const keyArbitrary = fc.oneof(
  fc.constantFrom(...RESERVED_KEYS),
  fc.constantFrom('id', 'version', 'format', 'scope', 'current', 'n-1', 'uv-ca-nhan', 'thanh-tich', 'sections', 'reports', 'toString', 'valueOf', 'hasOwnProperty'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** JSON values of every kind, nested a little. */
export const jsonValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', 'yes', 'no', 'collective', 'individual', 'nu', '7', 'xa-phuong', 'bang-khen-chu-tich-ubnd-tinh', ...RESERVED_KEYS),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyArbitrary, tie('value'), { maxKeys: 4 }),
  ),
})).value;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), place: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), place: fc.nat(), value: jsonValue }),
  fc.record({ kind: fc.constant('add-key' as const), place: fc.nat(), key: keyArbitrary, value: jsonValue }),
  fc.record({ kind: fc.constant('rename-key' as const), place: fc.nat(), key: keyArbitrary }),
  fc.record({ kind: fc.constant('huge-string' as const), place: fc.nat(), length: fc.integer({ min: 10_000, max: 400_000 }) }),
  fc.record({ kind: fc.constant('deep' as const), place: fc.nat(), depth: fc.integer({ min: 20, max: 2_000 }), array: fc.boolean() }),
  fc.record({ kind: fc.constant('duplicate-id' as const), place: fc.nat() }),
  fc.record({ kind: fc.constant('reserved-entry' as const), place: fc.nat(), key: fc.constantFrom(...RESERVED_KEYS) }),
  fc.record({ kind: fc.constant('reserved-id' as const), place: fc.nat(), key: fc.constantFrom(...RESERVED_KEYS) }),
  fc.record({ kind: fc.constant('version' as const), value: fc.option(fc.oneof(fc.integer({ min: -2, max: 100 }), jsonValue), { nil: undefined }) }),
);

function deepValue(depth: number, array: boolean): Json {
  let value: Json = 'đáy';
  for (let level = 0; level < depth; level++) value = array ? [value] : { a: value };
  return value;
}

/** Applies one mutation to `root` (changed in place, except at the root); returns the new root. */
export function applyMutation(root: Json, change: Mutation): Json {
  if (change.kind === 'version') {
    if (isObject(root)) {
      if (change.value === undefined) delete root.version;
      else root.version = change.value;
    }
    return root;
  }
  const places = placesOf(root);
  const path = places[change.place % places.length]!;
  const parent = path.length ? get(root, path.slice(0, -1)) : undefined;
  const last = path.at(-1);
  const target = get(root, path);
  const replace = (value: Json): Json => {
    if (!path.length) return value;
    if (parent !== null && typeof parent === 'object') define(parent, last!, value);
    return root;
  };
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else if (isObject(parent)) delete parent[last as string];
      return root;
    case 'set':
      return replace(change.value);
    case 'huge-string':
      return replace('Thành tích đạt được: '.repeat(Math.ceil(change.length / 21)).slice(0, change.length));
    case 'deep':
      return replace(deepValue(change.depth, change.array));
    case 'add-key':
      if (isObject(target)) define(target, change.key, change.value);
      return root;
    case 'rename-key':
      // a record key or a field renamed (to a reserved name, among others)
      if (isObject(parent) && typeof last === 'string') {
        const value = parent[last]!;
        delete parent[last];
        define(parent, change.key, value);
      }
      return root;
    case 'reserved-entry': {
      const objects = places.map((place) => get(root, place)).filter(isObject).filter((node) => Object.keys(node).length > 0);
      const object = objects[change.place % Math.max(objects.length, 1)];
      if (object) define(object, change.key, object[Object.keys(object)[0]!]!);
      return root;
    }
    case 'reserved-id': {
      const withId = places.map((place) => get(root, place)).filter((node) => isObject(node) && typeof node.id === 'string') as Record<string, Json>[];
      const target = withId[change.place % Math.max(withId.length, 1)];
      if (target) target.id = change.key;
      return root;
    }
    case 'duplicate-id': {
      // the nearest list of records with ids gets a copy of one of them, or two items the same id
      const list = [...path].reverse().map((_, index) => get(root, path.slice(0, path.length - index))).find((node) => Array.isArray(node) && node.some((item) => isObject(item) && 'id' in item));
      if (Array.isArray(list)) {
        const withId = list.filter(isObject);
        if (withId.length > 1) withId[1]!.id = withId[0]!.id!;
        else if (withId[0]) list.push({ ...withId[0] });
      }
      return root;
    }
  }
}

/** A mutated export as file text: a valid export with one to four mutations. */
export const mutatedExport: fc.Arbitrary<{ text: string; mutations: Mutation[] }> = fc
  .record({ base: fc.constantFrom(...VALID_EXPORTS), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
  .map(({ base, mutations }) => {
    let json = JSON.parse(base) as Json;
    for (const change of mutations) json = applyMutation(json, change);
    return { text: JSON.stringify(json) ?? 'undefined', mutations };
  });

/** Random JSON text: any value, or a valid export's text cut short or with a character changed. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  jsonValue.map((value) => JSON.stringify(value)),
  fc.record({ base: fc.constantFrom(...VALID_EXPORTS), cut: fc.nat() }).map(({ base, cut }) => base.slice(0, cut % base.length)),
  fc.string({ maxLength: 40 }),
);
