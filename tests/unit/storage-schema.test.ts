import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DRAFTS_KEY, DRAFTS_VERSION, drafts, emptyDrafts } from '../../src/storage/drafts';
import { reportDraft } from '../../src/storage/dossierDraft';
import { loadDrafts, parseStored, readStored, updateDrafts } from '../../src/storage/store';
import { SAMPLE_TEXT, memoryStorage, sampleDrafts } from './storage-fixtures';

describe('drafts schema', () => {
  it('round-trips every field through JSON, Vietnamese text and emoji included', () => {
    const original = sampleDrafts();
    const again = z.parse(drafts, JSON.parse(JSON.stringify(original)));
    expect(again).toEqual(original);
    expect(again.quotaPlan.nominees[0]!.name).toBe(SAMPLE_TEXT);
    expect(again.dossier.reports['n-2']!.sections['thanh-tich']).toBe(SAMPLE_TEXT);
  });

  it('round-trips through the storage, keeping every character', () => {
    const storage = memoryStorage();
    const result = updateDrafts(() => sampleDrafts(), storage);
    expect(result.ok).toBe(true);
    const loaded = loadDrafts(storage);
    expect(loaded.quotaPlan).toEqual(z.parse(drafts, sampleDrafts()).quotaPlan);
    expect(loaded.selfChecks).toEqual(z.parse(drafts, sampleDrafts()).selfChecks);
    expect(loaded.dossier.reports['n-2']!.sections['thanh-tich']).toBe(SAMPLE_TEXT);
    expect(readStored(storage).state).toBe('current');
  });

  it('fills in defaults for missing parts and rejects wrong types', () => {
    expect(z.parse(drafts, { version: DRAFTS_VERSION })).toEqual(emptyDrafts());
    expect(z.safeParse(drafts, { version: DRAFTS_VERSION, quotaPlan: { nominees: [{ id: 'a', type: 'robot' }] } }).success).toBe(false);
  });

  it('counts revisions and stamps the parts that changed, and only those', () => {
    const storage = memoryStorage();
    const first = updateDrafts(() => sampleDrafts(), storage);
    if (!first.ok) throw new Error('save failed');
    expect(first.drafts.revision).toBe(1);
    expect(first.drafts.changedAt.nominees['n-1']).toBe(first.savedAt);
    expect(first.drafts.changedAt.profile).toBe(first.savedAt);

    const second = updateDrafts((d) => ({ ...d, dossier: { ...d.dossier, reports: { ...d.dossier.reports, 'n-2': z.parse(reportDraft, { sections: { a: 'mới' } }) } } }), storage);
    if (!second.ok) throw new Error('save failed');
    expect(second.drafts.revision).toBe(2);
    expect(second.drafts.changedAt.nominees['n-2']).toBe(second.savedAt);
    expect(second.drafts.changedAt.nominees['n-1']).toBe(first.savedAt);
    expect(second.drafts.changedAt.profile).toBe(first.savedAt);
  });
});

describe('versions', () => {
  it('does not read drafts of another version as empty drafts to write over: they are unreadable, and copied aside first', () => {
    for (const version of [1, 99, '2', undefined]) {
      const raw = JSON.stringify({ ...sampleDrafts(), version });
      const storage = memoryStorage({ [DRAFTS_KEY]: raw });
      expect(readStored(storage).state, String(version)).toBe('unreadable');
      expect(updateDrafts((d) => d, storage).ok).toBe(true);
      expect(storage.getItem('thi-dua-bau-cu-2026:drafts-unreadable')).toBe(raw);
    }
  });
});

describe('unreadable stored drafts', () => {
  it('keeps the valid parts of partly broken drafts, and a copy of the original before writing over it', () => {
    const broken = { ...sampleDrafts(), dossier: { profile: 42 } };
    const raw = JSON.stringify(broken);
    const storage = memoryStorage({ [DRAFTS_KEY]: raw });
    const read = parseStored(raw);
    expect(read.state).toBe('salvaged');
    expect(read.drafts.quotaPlan.nominees).toHaveLength(2);
    expect(updateDrafts((d) => d, storage).ok).toBe(true);
    expect(storage.getItem('thi-dua-bau-cu-2026:drafts-unreadable')).toBe(raw);
  });

  it('reads text that is not JSON as empty drafts, keeping a copy before the first save', () => {
    const storage = memoryStorage({ [DRAFTS_KEY]: '{không phải json' });
    expect(readStored(storage).state).toBe('unreadable');
    expect(loadDrafts(storage)).toEqual(emptyDrafts());
    updateDrafts((d) => d, storage);
    expect(storage.getItem('thi-dua-bau-cu-2026:drafts-unreadable')).toBe('{không phải json');
  });
});
