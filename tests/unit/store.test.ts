import { describe, expect, it } from 'vitest';
import { DRAFTS_KEY, DRAFTS_VERSION } from '../../src/storage/drafts';
import { loadDrafts, updateDrafts, type KeyValueStorage } from '../../src/storage/store';

const memory = (): KeyValueStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
};

describe('drafts store', () => {
  it('reads empty drafts from empty storage and keeps what is saved', () => {
    const storage = memory();
    expect(loadDrafts(storage).quotaPlan.nominees).toEqual([]);
    const result = updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, categoryId: 'xa-phuong' } }), storage);
    expect(result.ok).toBe(true);
    expect(loadDrafts(storage).quotaPlan.categoryId).toBe('xa-phuong');
  });

  it('reads corrupt storage as empty drafts', () => {
    const storage = memory();
    storage.setItem(DRAFTS_KEY, '{not json');
    expect(loadDrafts(storage).version).toBe(DRAFTS_VERSION);
  });
});
