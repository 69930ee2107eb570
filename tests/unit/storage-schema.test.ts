import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { DRAFTS_KEY, DRAFTS_VERSION, drafts, emptyDrafts } from '../../src/storage/drafts';
import { reportDraft } from '../../src/storage/dossierDraft';
import { draftsV1, migrateDrafts } from '../../src/storage/migrations';
import { loadDrafts, parseStored, readStored, updateDrafts } from '../../src/storage/store';
import { SAMPLE_TEXT, memoryStorage, sampleDrafts } from './storage-fixtures';

/** Drafts as version 1 of the site stored them: no revision, no change times. */
const storedV1 = () => {
  const { revision: _r, changedAt: _c, ...rest } = sampleDrafts();
  return { ...rest, version: 1, savedAt: '2026-03-05T10:00:00.000Z' };
};

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

describe('migration from version 1', () => {
  it('reads version-1 drafts as version 2, deriving revision and change times', () => {
    const v1 = storedV1();
    expect(z.safeParse(draftsV1, v1).success).toBe(true);
    const result = migrateDrafts(JSON.parse(JSON.stringify(v1)));
    if (!result.ok) throw new Error(`migration failed: ${JSON.stringify(result)}`);
    expect(result.from).toBe(1);
    expect(result.drafts.version).toBe(2);
    expect(result.drafts.revision).toBe(0);
    // Every slice kept as it was.
    const asV1 = z.parse(draftsV1, v1);
    expect(result.drafts.quotaPlan).toEqual(asV1.quotaPlan);
    expect(result.drafts.selfChecks).toEqual(asV1.selfChecks);
    expect(result.drafts.dossier).toEqual(asV1.dossier);
    expect(result.drafts.savedAt).toBe(v1.savedAt);
    // Nominee 1: its self-check's time; nominee 2: its report's time; the rest: the last save.
    expect(result.drafts.changedAt.nominees).toEqual({ 'n-1': '2026-03-01T08:00:00.000Z', 'n-2': '2026-03-02T09:00:00.000Z' });
    expect(result.drafts.changedAt.selfChecks).toEqual({ current: v1.savedAt, 'n-1': '2026-03-05T10:00:00.000Z' });
    expect(result.drafts.changedAt.profile).toBe(v1.savedAt);
  });

  it('migrates version-1 drafts found in the storage, and the next save writes version 2', () => {
    const storage = memoryStorage({ [DRAFTS_KEY]: JSON.stringify(storedV1()) });
    expect(readStored(storage).state).toBe('migrated');
    expect(loadDrafts(storage).quotaPlan.nominees).toHaveLength(2);
    expect(updateDrafts((d) => d, storage).ok).toBe(true);
    const raw = JSON.parse(storage.getItem(DRAFTS_KEY)!);
    expect(raw.version).toBe(2);
    expect(raw.revision).toBe(1);
    expect(raw.quotaPlan.nominees[1].name).toBe('Nguyễn Thị Hồng Nhung 🌸');
  });

  it('refuses versions it cannot migrate', () => {
    expect(migrateDrafts({ version: 99 })).toMatchObject({ ok: false, problem: 'newer' });
    expect(migrateDrafts({ version: 0 })).toMatchObject({ ok: false, problem: 'older' });
    expect(migrateDrafts({ version: '2' })).toMatchObject({ ok: false, problem: 'older' });
    expect(migrateDrafts({})).toMatchObject({ ok: false, problem: 'no-version' });
    expect(migrateDrafts([])).toMatchObject({ ok: false, problem: 'not-object' });
  });

  it('validates version-1 data as version 1 before migrating it, with field paths', () => {
    const broken = { ...storedV1(), quotaPlan: { nominees: [{ id: 'x', type: 'robot' }] } };
    const result = migrateDrafts(broken);
    expect(result).toMatchObject({ ok: false, problem: 'schema', version: 1 });
    if (result.ok || result.problem !== 'schema') throw new Error('expected a schema problem');
    expect(result.issues[0]!.path).toEqual(['quotaPlan', 'nominees', 0, 'type']);
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
