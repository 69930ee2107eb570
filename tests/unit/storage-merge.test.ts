// The three-way merge of two tabs' edits (src/storage/merge.ts).
import { describe, expect, it } from 'vitest';
import { merge, same, valueAt, withValueAt } from '../../src/storage/merge';

describe('three-way merge', () => {
  const base = { profile: { unitName: 'A', place: 'P' }, meeting: { venue: '' } };

  it('keeps each side’s change to different fields', () => {
    const mine = { ...base, profile: { ...base.profile, unitName: 'A mine' } };
    const theirs = { ...base, meeting: { venue: 'V theirs' } };
    expect(merge(base, mine, theirs)).toEqual({ value: { profile: { unitName: 'A mine', place: 'P' }, meeting: { venue: 'V theirs' } }, conflicts: [] });
  });

  it('reports a field both changed differently, keeping mine in the value', () => {
    const mine = { ...base, profile: { ...base.profile, unitName: 'mine' } };
    const theirs = { ...base, profile: { ...base.profile, unitName: 'theirs', place: 'Q' } };
    const { value, conflicts } = merge(base, mine, theirs);
    expect(value).toEqual({ profile: { unitName: 'mine', place: 'Q' }, meeting: { venue: '' } });
    expect(conflicts).toEqual([{ path: ['profile', 'unitName'], mine: 'mine', theirs: 'theirs' }]);
  });

  it('does not report the same change made on both sides', () => {
    const both = { ...base, profile: { ...base.profile, unitName: 'same' } };
    expect(merge(base, both, structuredClone(both)).conflicts).toEqual([]);
  });

  it('merges records key by key: additions on both sides, deletions of untouched entries', () => {
    const b: Record<string, string> = { a: 'x', b: 'y' };
    expect(merge(b, { a: 'x', b: 'y', c: 'mine' }, { a: 'x', d: 'theirs' }).value).toEqual({ a: 'x', c: 'mine', d: 'theirs' });
  });

  it('a deletion against an edit is a conflict whose other side is undefined', () => {
    const b = { reports: { r1: { text: 'a' } } };
    const { conflicts } = merge(b, { reports: { r1: { text: 'edited' } } }, { reports: {} });
    expect(conflicts).toEqual([{ path: ['reports', 'r1'], mine: { text: 'edited' }, theirs: undefined }]);
  });

  it('merges lists of records with ids item by item, and keeps additions of both sides', () => {
    const b = [{ id: '1', name: 'one' }, { id: '2', name: 'two' }];
    const mine = [{ id: '1', name: 'one, edited' }, { id: '2', name: 'two' }, { id: '3', name: 'three' }];
    const theirs = [{ id: '2', name: 'two' }, { id: '1', name: 'one' }, { id: '4', name: 'four' }]; // reordered, added
    const { value, conflicts } = merge(b, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(value).toEqual([{ id: '2', name: 'two' }, { id: '1', name: 'one, edited' }, { id: '4', name: 'four' }, { id: '3', name: 'three' }]);
  });

  it('removes an item the other side deleted and this side left alone', () => {
    const b = [{ id: '1' }, { id: '2' }];
    expect(merge(b, [{ id: '1' }, { id: '2' }, { id: '3' }], [{ id: '1' }]).value).toEqual([{ id: '1' }, { id: '3' }]);
  });

  it('merges other lists index by index while no side changed their length, else as one field', () => {
    const b = [{ year: '2020' }, { year: '2021' }];
    expect(merge(b, [{ year: '2019' }, { year: '2021' }], [{ year: '2020' }, { year: '2022' }]).value).toEqual([{ year: '2019' }, { year: '2022' }]);
    expect(merge(b, [{ year: '2019' }], [{ year: '2020' }, { year: '2021' }, { year: '2023' }]).conflicts).toHaveLength(1);
  });

  it('keeps a null-prototype record without a prototype', () => {
    const record = (entries: object) => Object.assign(Object.create(null), entries);
    const { value } = merge(record({ a: '1' }), record({ a: '2' }), record({ a: '1', b: '3' }));
    expect(Object.getPrototypeOf(value)).toBeNull();
  });
});

describe('paths', () => {
  const root = { reports: { r1: { sections: { a: 'x' } } }, nominees: [{ id: 'n1', name: 'A' }], list: ['p', 'q'] };

  it('reads and writes at a path without changing the original', () => {
    expect(valueAt(root, ['reports', 'r1', 'sections', 'a'])).toBe('x');
    expect(valueAt(root, ['nominees', { id: 'n1' }, 'name'])).toBe('A');
    expect(valueAt(root, ['reports', 'nobody', 'sections'])).toBeUndefined();
    expect(valueAt(root, ['reports', 'constructor'])).toBeUndefined();
    const changed = withValueAt(root, ['nominees', { id: 'n1' }, 'name'], 'B');
    expect(changed.nominees[0]!.name).toBe('B');
    expect(root.nominees[0]!.name).toBe('A');
    expect(withValueAt(root, ['list', 1], 'r').list).toEqual(['p', 'r']);
    expect(withValueAt(root, ['reports', 'r1'], undefined).reports).toEqual({});
    expect(withValueAt(root, ['nominees', { id: 'n1' }], undefined).nominees).toEqual([]);
    expect(withValueAt(root, ['nominees', { id: 'n2' }], { id: 'n2' }).nominees).toHaveLength(2);
  });

  it('compares by content, whatever the key order', () => {
    expect(same({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(same([1], [1, 2])).toBe(false);
  });
});
