// Storage that fails, and two tabs editing the same draft, through the autosave behind useDrafts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { AutosaveSlice, type SaveState } from '../../src/storage/autosave';
import { DRAFTS_KEY, type Drafts } from '../../src/storage/drafts';
import { nominee } from '../../src/schemas/nominee';
import { checkStorage, classifyStorageError, clearAllDrafts, loadDrafts, updateDrafts, type KeyValueStorage } from '../../src/storage/store';
import { compareWithStored, sliceKey, storedDraftsOfEvent } from '../../src/storage/sync';
import { domError, memoryStorage } from './storage-fixtures';

type Plan = Drafts['quotaPlan'];
const planAccess = { read: (d: Drafts) => d.quotaPlan, write: (d: Drafts, quotaPlan: Plan) => ({ ...d, quotaPlan }) };
const withGroups = (groupCount: string) => (plan: Plan) => ({ ...plan, groupCount });

/** One tab: an autosaved slice, with what it last showed and said. */
function openTab(storage: KeyValueStorage | null, access = planAccess) {
  const tab = {
    value: undefined as unknown,
    saves: [] as SaveState[],
    slice: undefined as unknown as AutosaveSlice<Plan>,
    get last() {
      return this.saves.at(-1);
    },
  };
  tab.slice = new AutosaveSlice<Plan>({
    access: () => access,
    storage: () => storage,
    onValue: (value) => void (tab.value = value),
    onSave: (save) => void tab.saves.push(save),
    delayMs: 400,
  });
  tab.value = tab.slice.value;
  tab.slice.start();
  return tab;
}

/** Delivers the storage event the browser would send to the other tabs. */
const deliver = (to: ReturnType<typeof openTab>, storage: KeyValueStorage) => {
  const incoming = storedDraftsOfEvent({ key: DRAFTS_KEY, newValue: storage.getItem(DRAFTS_KEY) }, DRAFTS_KEY, null)!;
  to.slice.receiveStored(incoming.drafts, incoming.deleted, true);
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('storage full or unavailable', () => {
  it('sorts browser errors: quota, denied, other', () => {
    expect(classifyStorageError(domError('QuotaExceededError', 22))).toBe('quota');
    expect(classifyStorageError(domError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe('quota');
    expect(classifyStorageError(domError('SecurityError', 18))).toBe('unavailable');
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown');
  });

  it('reports a full storage, keeps the value on the screen and offers it for export', () => {
    const storage = memoryStorage();
    const tab = openTab(storage);
    storage.fail(domError('QuotaExceededError', 22));
    tab.slice.setValue(withGroups('Bảy tổ 🗳️'));
    vi.advanceTimersByTime(400);
    expect(tab.last).toMatchObject({ state: 'failed', reason: 'quota' });
    expect(tab.value).toMatchObject({ groupCount: 'Bảy tổ 🗳️' });
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();
    const save = tab.last as Extract<SaveState, { state: 'failed' }>;
    expect(save.exportDrafts().quotaPlan.groupCount).toBe('Bảy tổ 🗳️');
    // Once there is room again, the next flush stores what is on the screen.
    storage.fail(null);
    tab.slice.flush();
    expect(tab.last).toMatchObject({ state: 'saved' });
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('Bảy tổ 🗳️');
  });

  it('reports unavailable storage (private mode, denied) at once and on save, keeping the value', () => {
    const tab = openTab(null);
    expect(tab.last).toMatchObject({ state: 'failed', reason: 'unavailable' });
    tab.slice.setValue(withGroups('3'));
    vi.advanceTimersByTime(400);
    expect(tab.last).toMatchObject({ state: 'failed', reason: 'unavailable' });
    expect(tab.value).toMatchObject({ groupCount: '3' });
    expect(updateDrafts((d) => d, null)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reports a storage that throws SecurityError on write', () => {
    const storage = memoryStorage();
    storage.fail(domError('SecurityError', 18));
    expect(checkStorage(storage)).toBe('unavailable');
    expect(updateDrafts((d) => d, storage)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('deletes every key of the site, and only those', () => {
    const storage = memoryStorage({ 'thi-dua-bau-cu-2026:drafts-unreadable': 'x', 'another-site': 'y' });
    updateDrafts((d) => d, storage);
    expect(clearAllDrafts(storage)).toEqual({ ok: true });
    expect([...storage.data.keys()]).toEqual(['another-site']);
  });
});

describe('two tabs', () => {
  it('tells apart: same slice unchanged, changed but harmless, changed and would be undone', () => {
    const storage = memoryStorage();
    updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, groupCount: '1' } }), storage);
    const stored = loadDrafts(storage);
    const base = sliceKey(stored.quotaPlan);
    expect(compareWithStored(planAccess, base, stored, stored.quotaPlan)).toBe('unchanged');
    const otherTab = { ...stored, quotaPlan: { ...stored.quotaPlan, groupCount: '2' } };
    expect(compareWithStored(planAccess, base, otherTab, stored.quotaPlan)).toBe('conflict');
    expect(compareWithStored(planAccess, base, otherTab, otherTab.quotaPlan)).toBe('adopt');
    // Another slice changed: not this slice's business.
    const profileChanged = { ...stored, dossier: { ...stored.dossier, meeting: { ...stored.dossier.meeting, venue: 'Hội trường' } } };
    expect(compareWithStored(planAccess, base, profileChanged, stored.quotaPlan)).toBe('unchanged');
  });

  it('stops autosaving when another tab saved the same slice, and loads the newer version on request', () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    b.slice.setValue(withGroups('B: Bảy tổ'));
    vi.advanceTimersByTime(400);
    deliver(a, storage);
    expect(a.last).toMatchObject({ state: 'conflict', deleted: false, savedAt: loadDrafts(storage).savedAt });

    // A keeps typing: its text stays on the screen, nothing is written over B's.
    a.slice.setValue(withGroups('A: Ba tổ'));
    vi.advanceTimersByTime(1000);
    a.slice.flush();
    expect(a.value).toMatchObject({ groupCount: 'A: Ba tổ' });
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('B: Bảy tổ');

    (a.last as Extract<SaveState, { state: 'conflict' }>).loadNewer();
    expect(a.value).toMatchObject({ groupCount: 'B: Bảy tổ' });
    expect(a.last).toMatchObject({ state: 'saved' });
    // And autosave goes on from the newer version.
    a.slice.setValue(withGroups('B: Bảy tổ, sửa ở A'));
    vi.advanceTimersByTime(400);
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('B: Bảy tổ, sửa ở A');
  });

  it('writes over the other tab only when the user chooses to keep their version', () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    const b = openTab(storage);
    a.slice.setValue(withGroups('A'));
    b.slice.setValue(withGroups('B'));
    vi.advanceTimersByTime(400); // both timers fire: A saves first, B finds A's save and stops
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('A');
    expect(b.last).toMatchObject({ state: 'conflict' });
    (b.last as Extract<SaveState, { state: 'conflict' }>).keepMine();
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('B');
    expect(b.last).toMatchObject({ state: 'saved' });
  });

  it('says so when another tab deleted everything', () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    a.slice.setValue(withGroups('A'));
    vi.advanceTimersByTime(400);
    clearAllDrafts(storage);
    deliver(a, storage);
    expect(a.last).toMatchObject({ state: 'conflict', deleted: true });
  });

  it('ignores saves of other slices, and quietly follows a change it holds no different version of', () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    updateDrafts((d) => ({ ...d, dossier: { ...d.dossier, meeting: { ...d.dossier.meeting, venue: 'Hội trường' } } }), storage);
    deliver(a, storage);
    expect(a.saves).toEqual([]);
    // A report-only tab: its slice reads the list but writes only the report.
    const reportAccess = {
      read: (d: Drafts) => ({ names: d.quotaPlan.nominees.map((n) => n.name), profile: d.dossier.profile }),
      write: (d: Drafts, v: { profile: Drafts['dossier']['profile'] }) => ({ ...d, dossier: { ...d.dossier, profile: v.profile } }),
    };
    const reports = openTab(storage, reportAccess as never);
    updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, nominees: [z.parse(nominee, { id: 'n', type: 'individual', name: 'Mới' })] } }), storage);
    deliver(reports, storage);
    expect(reports.saves).toEqual([]);
    expect((reports.value as { names: string[] }).names).toEqual(['Mới']);
  });

  it('finds the other tab\u2019s save at flush time even when no storage event came', () => {
    const storage = memoryStorage();
    const a = openTab(storage);
    updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, groupCount: 'khác' } }), storage);
    a.slice.setValue(withGroups('của A'));
    vi.advanceTimersByTime(400);
    expect(a.last).toMatchObject({ state: 'conflict' });
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('khác');
  });
});
