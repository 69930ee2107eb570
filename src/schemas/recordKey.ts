// The one rule for keys that come from data (nominee ids, report keys, self-check keys, section
// and criterion ids): a short ASCII id, never a name of the prototype chain. Every record keyed
// by user or file data is read with keyedRecord(), which refuses any other key with a message
// naming its path, and holds the record in a null-prototype object, so that no key from data can
// ever reach Object.prototype. The self-check's ?ung-vien= parameter is checked with isRecordKey.
import * as z from 'zod/mini';

/** Keys that would reach the prototype chain of a plain object. */
export const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** Why a key is refused, in Vietnamese (after the path; src/schemas/issues.ts adds what a valid id is). */
export const RECORD_KEY_RULE = 'mã không hợp lệ';

/** Is `key` a sensible id that may key a record? */
export const isRecordKey = (key: unknown): key is string =>
  typeof key === 'string' && /^[\w-]{1,64}$/.test(key) && !RESERVED_KEYS.includes(key);

/** An id that may key a record (a nominee id, a section id…). */
export const recordKey = z.string().check(z.refine(isRecordKey, RECORD_KEY_RULE));

/** An empty record with no prototype. */
export const emptyRecord = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/**
 * A record keyed by ids from data: every key checked by the rule (zod would drop an own
 * "__proto__" key silently: here it is refused like any other bad key), held without a prototype.
 */
export const keyedRecord = <V extends z.core.SomeType>(value: V) => {
  const record = z.record(recordKey, value);
  return z.transform((input: unknown, payload): Record<string, z.output<V>> => {
    const parsed = z.safeParse(record, input);
    const issues: z.core.$ZodRawIssue[] = parsed.success ? [] : (parsed.error.issues as never);
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      issues.push({ code: 'custom', message: RECORD_KEY_RULE, input, path: ['__proto__'] });
    }
    payload.issues.push(...issues);
    return Object.assign(emptyRecord<z.output<V>>(), parsed.data);
  });
};

/** The record with `key` set to `value`, as a new null-prototype record. */
export const withEntry = <V>(record: Readonly<Record<string, V>>, key: string, value: V): Record<string, V> =>
  Object.assign(emptyRecord<V>(), record, { [key]: value });

/** The record without `key`, as a new null-prototype record. */
export function withoutEntry<V>(record: Readonly<Record<string, V>>, key: string): Record<string, V> {
  const copy = Object.assign(emptyRecord<V>(), record);
  delete copy[key];
  return copy;
}
