// Storage that fails, unreadable stored drafts, and two tabs editing the same drafts, through the
// autosave behind useDrafts (src/storage/autosave.ts, with tabs.ts loaded when a merge is needed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { AutosaveSlice, type SaveState } from '../../src/storage/autosave';
import { clearAllDrafts } from '../../src/storage/cleanup';
import { DRAFTS_KEY, type Drafts } from '../../src/storage/drafts';
import { nominee } from '../../src/schemas/nominee';
import { checkStorage, classifyStorageError, dropCopy, loadDrafts, readStored, UNREADABLE_COPY_KEY, updateDrafts, type KeyValueStorage } from '../../src/storage/store';
import { storedDraftsOfEvent } from '../../src/storage/sync';
import { domError, memoryStorage, sampleDrafts } from './storage-fixtures';

type Dossier = Drafts['dossier'];
const dossierAccess = { read: (d: Drafts) => d.dossier, write: (d: Drafts, dossier: Dossier) => ({ ...d, dossier }) };
type Plan = Drafts['quotaPlan'];
const planAccess = { read: (d: Drafts) => d.quotaPlan, write: (d: Drafts, quotaPlan: Plan) => ({ ...d, quotaPlan }) };

const withGroups = (groupCount: string) => (plan: Plan) => ({ ...plan, groupCount });
const withProfile = (field: keyof Dossier['profile'], text: string) => (d: Dossier) => ({ ...d, profile: { ...d.profile, [field]: text } });
const withMeeting = (field: keyof Dossier['meeting'], text: string) => (d: Dossier) => ({ ...d, meeting: { ...d.meeting, [field]: text } });

/** One tab: an autosaved slice, with what it last showed and said. */
function openTab<T>(storage: KeyValueStorage | null, access: { read: (d: Drafts) => T; write: (d: Drafts, v: T) => Drafts }) {
  const tab = {
    value: undefined as unknown as T,
    saves: [] as SaveState[],
    slice: undefined as unknown as AutosaveSlice<T>,
    get last() {
      return this.saves.at(-1)!;
    },
  };
  tab.slice = new AutosaveSlice<T>({
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

/** Delivers the storage event the browser would send to the other tabs, then lets tabs.ts load if asked for. */
async function deliver(to: { slice: AutosaveSlice<never> } | { slice: AutosaveSlice<Dossier> } | { slice: AutosaveSlice<Plan> }, storage: KeyValueStorage) {
  const incoming = storedDraftsOfEvent({ key: DRAFTS_KEY, newValue: storage.getItem(DRAFTS_KEY) }, DRAFTS_KEY, null)!;
  (to.slice as AutosaveSlice<unknown>).receiveStored(incoming.drafts, incoming.deleted);
  await settle();
}

const settle = async () => {
  await vi.dynamicImportSettled();
  await Promise.resolve();
};

const typeAndWait = async <T,>(tab: { slice: AutosaveSlice<T> }, change: (value: T) => T) => {
  tab.slice.setValue(change);
  vi.advanceTimersByTime(400);
  await settle();
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('storage full or unavailable', () => {
  it('sorts storage errors: quota, denied, other', () => {
    expect(classifyStorageError(domError('QuotaExceededError', 22))).toBe('quota');
    expect(classifyStorageError(domError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe('quota');
    expect(classifyStorageError(domError('SecurityError', 18))).toBe('unavailable');
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown');
  });

  it('reports a full storage, keeps the value on the screen and offers it for export', async () => {
    const storage = memoryStorage();
    const tab = openTab(storage, planAccess);
    storage.fail(domError('QuotaExceededError', 22));
    await typeAndWait(tab, withGroups('Bảy tổ 🗳️'));
    expect(tab.last).toMatchObject({ state: 'failed', reason: 'quota' });
    expect(tab.value).toMatchObject({ groupCount: 'Bảy tổ 🗳️' });
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();
    const save = tab.last as Extract<SaveState, { state: 'failed' }>;
    expect(save.download!().quotaPlan.groupCount).toBe('Bảy tổ 🗳️');
    // Once there is room again, the next flush stores what is on the screen.
    storage.fail(null);
    tab.slice.flush();
    expect(tab.last).toMatchObject({ state: 'saved' });
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('Bảy tổ 🗳️');
  });

  it('reports unavailable storage (private mode, denied) at once and on save, keeping the value', async () => {
    const tab = openTab(null, planAccess);
    expect(tab.last).toMatchObject({ state: 'failed', reason: 'unavailable' });
    await typeAndWait(tab, withGroups('3'));
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

  it('says that the data is at fault, not the storage, when what is to be saved does not validate', () => {
    const storage = memoryStorage();
    const result = updateDrafts((d) => ({ ...d, selfChecks: Object.assign(Object.create(null), { constructor: {} }) }), storage);
    expect(result).toEqual({ ok: false, reason: 'invalid' });
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();
  });

  it('deletes every key of the site, and only those', () => {
    const storage = memoryStorage({ [UNREADABLE_COPY_KEY]: 'x', 'another-site': 'y' });
    updateDrafts((d) => d, storage);
    expect(clearAllDrafts(storage)).toEqual({ ok: true });
    expect([...storage.data.keys()]).toEqual(['another-site']);
  });
});

describe('unreadable stored drafts, found on the first read', () => {
  const unreadable = ['{không phải json', JSON.stringify({ version: 99 }), 'null', '[]', '42'];

  it.each(unreadable)('%s: said at once, a copy kept aside before anything is written, saving goes on', async (raw) => {
    const storage = memoryStorage({ [DRAFTS_KEY]: raw });
    const tab = openTab(storage, planAccess);
    expect(tab.last.rescue).toMatchObject({ kind: 'unreadable', raw, kept: true });
    expect(storage.getItem(UNREADABLE_COPY_KEY)).toBe(raw);
    await typeAndWait(tab, withGroups('2'));
    expect(tab.last).toMatchObject({ state: 'saved' });
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('2');
    expect(storage.getItem(UNREADABLE_COPY_KEY)).toBe(raw);
  });

  it('salvaged drafts (one part invalid) are shown in part, and never written over without a copy', async () => {
    const drafts = sampleDrafts() as unknown as { dossier: { reports: Record<string, Record<string, unknown>> } };
    drafts.dossier.reports['n-2']!.votesInFavour = 7;
    drafts.dossier.reports['n-2']!.sections = { 'thanh-tich': 'x'.repeat(3000) };
    const raw = JSON.stringify(drafts);
    // room for the drafts once, not for a second copy
    const storage = memoryStorage({ [DRAFTS_KEY]: raw }, raw.length * 1.5);
    const tab = openTab(storage, planAccess);
    expect(readStored(storage).state).toBe('salvaged');
    // only the wrong-typed field is left out: the report and its section stay
    expect(readStored(storage).drafts.dossier.reports['n-2']!.sections['thanh-tich']).toHaveLength(3000);
    expect(tab.value.nominees).toHaveLength(2);
    expect(tab.last.rescue).toMatchObject({ kind: 'salvaged', kept: false });

    await typeAndWait(tab, withGroups('5'));
    expect(tab.last).toMatchObject({ state: 'failed', reason: 'unkept' });
    expect(storage.getItem(DRAFTS_KEY)).toBe(raw);
    expect(tab.value.groupCount).toBe('5');

    // Downloaded: the user has the text, saving goes on (and the notice goes).
    tab.last.rescue!.release();
    expect(tab.last).toMatchObject({ state: 'saved' });
    expect(tab.last.rescue).toBeUndefined();
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('5');
    expect(loadDrafts(storage).dossier.reports['n-2']).toMatchObject({ votesInFavour: '', sections: { 'thanh-tich': 'x'.repeat(3000) } });
  });

  it('discarding removes the copy and lets saving go on', async () => {
    const storage = memoryStorage({ [DRAFTS_KEY]: '42' });
    const tab = openTab(storage, planAccess);
    expect(storage.getItem(UNREADABLE_COPY_KEY)).toBe('42');
    // what the notice's "Bỏ dữ liệu cũ" does (SaveProblems.tsx)
    dropCopy('42', storage);
    tab.last.rescue!.release();
    expect(storage.getItem(UNREADABLE_COPY_KEY)).toBeNull();
    expect(readStored(storage).state).toBe('current');
    expect(tab.last.rescue).toBeUndefined();
  });

  it('the drafts page and an import cannot write over unreadable drafts that could not be kept either', () => {
    const raw = '{"version": 99, "a": "' + 'x'.repeat(3000) + '"}';
    const storage = memoryStorage({ [DRAFTS_KEY]: raw }, raw.length + 1500);
    expect(updateDrafts(() => sampleDrafts(), storage)).toEqual({ ok: false, reason: 'unkept' });
    expect(storage.getItem(DRAFTS_KEY)).toBe(raw);
    // once the user chose to replace them (downloaded or discarded)
    expect(updateDrafts((d) => d, storage, { replacing: raw }).ok).toBe(true);
  });
});

describe('a part of the page that cannot be fetched (offline, or the site updated since the page was opened)', () => {
  /** tabs.ts cannot be fetched, as a browser says when it is offline */
  const offline = () =>
    vi.doMock('../../src/storage/tabs', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
  const online = () => vi.doUnmock('../../src/storage/tabs');
  afterEach(online);
  const ticks = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };

  it('says at once that nothing is saved, offers the drafts as on the screen, and fetches it again on the next save', async () => {
    const storage = memoryStorage();
    updateDrafts(() => sampleDrafts(), storage);
    offline();
    const a = openTab(storage, dossierAccess);
    const b = openTab(storage, dossierAccess);
    a.slice.setValue(withProfile('unitName', 'Sở Nội vụ'));
    b.slice.setValue(withMeeting('venue', 'Hội trường B'));
    a.slice.flush();
    // B has unsaved edits and A saved: the merge needs tabs.ts, which cannot be fetched
    await deliver(b, storage);
    await ticks();
    expect(b.last).toMatchObject({ state: 'failed', reason: 'unloaded' });
    expect(b.last.download!().dossier.meeting.venue).toBe('Hội trường B');
    // nothing of B's was written over A's save
    expect(loadDrafts(storage).dossier.profile.unitName).toBe('Sở Nội vụ');

    // still offline: the next save tries again, and says so again instead of "Đang lưu…" for ever
    await typeAndWait(b, withMeeting('venue', 'Hội trường B, tầng 2'));
    await ticks();
    expect(b.last).toMatchObject({ state: 'failed', reason: 'unloaded' });

    // back online: the next save fetches it, merges, and saves both tabs' edits
    online();
    await typeAndWait(b, withMeeting('venue', 'Hội trường B, tầng 3'));
    await ticks();
    expect(b.last).toMatchObject({ state: 'saved' });
    expect(loadDrafts(storage).dossier).toMatchObject({ profile: { unitName: 'Sở Nội vụ' }, meeting: { venue: 'Hội trường B, tầng 3' } });
  });

  it.each([
    ['saved by the site', (storage: KeyValueStorage) => void updateDrafts(() => sampleDrafts(), storage)],
    ['stored without a revision', (storage: KeyValueStorage) => storage.setItem(DRAFTS_KEY, JSON.stringify(sampleDrafts()))],
  ])('a deletion made in another tab meanwhile (drafts %s) is still shown as a deletion once it can be fetched, never silently written back', async (_, seed) => {
    const storage = memoryStorage();
    seed(storage);
    offline();
    const b = openTab(storage, dossierAccess);
    clearAllDrafts(storage);
    await deliver(b, storage);
    await ticks();
    expect(b.last).toMatchObject({ state: 'failed', reason: 'unloaded' });
    expect(b.last.download!().dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    await typeAndWait(b, withMeeting('venue', 'Hội trường'));
    await ticks();
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();

    online();
    await typeAndWait(b, withMeeting('venue', 'Hội trường, tầng 2'));
    await ticks();
    expect(b.last.question).toMatchObject({ kind: 'deleted' });
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();
  });
});

describe('two tabs', () => {
  it('a tab without unsaved edits quietly takes the newer stored version, and saves its own edits on top', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, dossierAccess);
    const b = openTab(storage, dossierAccess);
    await typeAndWait(a, withProfile('unitName', 'Sở Nội vụ'));
    await deliver(b, storage);
    expect(b.value.profile.unitName).toBe('Sở Nội vụ');
    expect(b.last.question).toBeUndefined();
    expect(b.last).toMatchObject({ state: 'saved' });
    await typeAndWait(b, withMeeting('venue', 'Hội trường'));
    expect(loadDrafts(storage).dossier).toMatchObject({ profile: { unitName: 'Sở Nội vụ' }, meeting: { venue: 'Hội trường' } });
  });

  it('unsaved edits of other fields are merged: neither tab reverts the other', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, dossierAccess);
    const b = openTab(storage, dossierAccess);
    a.slice.setValue(withProfile('unitName', 'Sở Nội vụ'));
    b.slice.setValue(withMeeting('venue', 'Hội trường'));
    a.slice.flush();
    await deliver(b, storage);
    expect(b.value.profile.unitName).toBe('Sở Nội vụ');
    expect(b.value.meeting.venue).toBe('Hội trường');
    vi.advanceTimersByTime(400);
    await settle();
    expect(b.last.question).toBeUndefined();
    expect(loadDrafts(storage).dossier).toMatchObject({ profile: { unitName: 'Sở Nội vụ' }, meeting: { venue: 'Hội trường' } });
    await deliver(a, storage);
    expect(a.value.meeting.venue).toBe('Hội trường');
  });

  it('merges when the other tab saved without its storage event having arrived yet', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, dossierAccess);
    updateDrafts((d) => ({ ...d, dossier: { ...d.dossier, meeting: { ...d.dossier.meeting, venue: 'Hội trường' } } }), storage);
    await typeAndWait(a, withProfile('unitName', 'Sở Nội vụ'));
    a.slice.flush();
    expect(loadDrafts(storage).dossier).toMatchObject({ profile: { unitName: 'Sở Nội vụ' }, meeting: { venue: 'Hội trường' } });
    expect(a.value.meeting.venue).toBe('Hội trường');
  });

  it('asks about the same field only, storing the other tab’s version until the user chooses', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, dossierAccess);
    const b = openTab(storage, dossierAccess);
    await typeAndWait(a, withProfile('unitName', 'Bản của A'));
    b.slice.setValue(withProfile('unitName', 'Bản của B'));
    b.slice.setValue(withMeeting('venue', 'Hội trường của B'));
    await deliver(b, storage);
    expect(b.last.question).toMatchObject({ kind: 'conflict', count: 1, conflict: { path: ['profile', 'unitName'], mine: 'Bản của B', theirs: 'Bản của A' } });
    expect(b.value.profile.unitName).toBe('Bản của B'); // what B typed stays on its screen
    vi.advanceTimersByTime(400);
    await settle();
    // B's other field is saved; A's version of the shared field stays stored
    expect(loadDrafts(storage).dossier).toMatchObject({ profile: { unitName: 'Bản của A' }, meeting: { venue: 'Hội trường của B' } });
    // B keeps typing in the same field: still not written over A's
    b.slice.setValue(withProfile('unitName', 'Bản của B, sửa tiếp'));
    vi.advanceTimersByTime(400);
    expect(loadDrafts(storage).dossier.profile.unitName).toBe('Bản của A');
    expect(b.last.question).toMatchObject({ conflict: { mine: 'Bản của B, sửa tiếp' } });

    const question = b.last.question as Extract<SaveState['question'], { kind: 'conflict' }>;
    question.keepMine();
    expect(loadDrafts(storage).dossier.profile.unitName).toBe('Bản của B, sửa tiếp');
    expect(b.last.question).toBeUndefined();
    expect(b.last).toMatchObject({ state: 'saved' });
  });

  it('“use theirs” shows the other tab’s version and keeps it', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, planAccess);
    const b = openTab(storage, planAccess);
    await typeAndWait(a, withGroups('A: Bảy tổ'));
    b.slice.setValue(withGroups('B: Ba tổ'));
    await deliver(b, storage);
    (b.last.question as Extract<SaveState['question'], { kind: 'conflict' }>).useTheirs();
    expect(b.value.groupCount).toBe('A: Bảy tổ');
    expect(loadDrafts(storage).quotaPlan.groupCount).toBe('A: Bảy tổ');
    expect(b.last.question).toBeUndefined();
  });

  it('merges nominee lists item by item: one tab edits a nominee while the other adds one', async () => {
    const storage = memoryStorage();
    const first = z.parse(nominee, { id: 'uv-1', type: 'individual', name: 'Một' });
    updateDrafts((d) => ({ ...d, quotaPlan: { ...d.quotaPlan, nominees: [first] } }), storage);
    const a = openTab(storage, planAccess);
    const b = openTab(storage, planAccess);
    await typeAndWait(a, (plan) => ({ ...plan, nominees: [...plan.nominees, z.parse(nominee, { id: 'uv-2', type: 'collective', name: 'Hai' })] }));
    b.slice.setValue((plan) => ({ ...plan, nominees: plan.nominees.map((n) => ({ ...n, position: 'Tổ trưởng' })) }));
    await deliver(b, storage);
    vi.advanceTimersByTime(400);
    await settle();
    expect(b.last.question).toBeUndefined();
    expect(loadDrafts(storage).quotaPlan.nominees.map((n) => [n.id, n.name, n.position])).toEqual([
      ['uv-1', 'Một', 'Tổ trưởng'],
      ['uv-2', 'Hai', ''],
    ]);
  });

  it('a report deleted in another tab while being edited here: asks, and re-creating it is an explicit choice', async () => {
    const storage = memoryStorage();
    updateDrafts(() => sampleDrafts(), storage);
    const a = openTab(storage, dossierAccess);
    a.slice.setValue((d) => ({ ...d, reports: { ...d.reports, 'n-2': { ...d.reports['n-2']!, votesInFavour: '8' } } }));
    updateDrafts((d) => ({ ...d, dossier: { ...d.dossier, reports: Object.create(null) } }), storage); // the drafts page deleted the nominee
    await deliver(a, storage);
    expect(a.last.question).toMatchObject({ kind: 'conflict', conflict: { path: ['reports', 'n-2'], theirs: undefined } });
    vi.advanceTimersByTime(400);
    await settle();
    expect(loadDrafts(storage).dossier.reports['n-2']).toBeUndefined();
    (a.last.question as Extract<SaveState['question'], { kind: 'conflict' }>).keepMine();
    expect(loadDrafts(storage).dossier.reports['n-2']?.votesInFavour).toBe('8');
  });

  it('a deletion in another tab shows as a deletion, is never silently written back, and can be re-created on request', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, dossierAccess);
    await typeAndWait(a, withProfile('unitName', 'Sở Nội vụ'));
    a.slice.setValue(withMeeting('venue', 'chưa lưu'));
    clearAllDrafts(storage);
    await deliver(a, storage);
    expect(a.value.profile.unitName).toBe('');
    expect(a.value.meeting.venue).toBe('');
    expect(a.last.question).toMatchObject({ kind: 'deleted' });
    vi.advanceTimersByTime(2000);
    a.slice.flush();
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();

    (a.last.question as Extract<SaveState['question'], { kind: 'deleted' }>).recreate();
    expect(loadDrafts(storage).dossier).toMatchObject({ profile: { unitName: 'Sở Nội vụ' }, meeting: { venue: 'chưa lưu' } });
    expect(a.last.question).toBeUndefined();
  });

  it('finds a deletion at flush time even when no storage event came', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, planAccess);
    await typeAndWait(a, withGroups('1'));
    clearAllDrafts(storage);
    await typeAndWait(a, withGroups('12'));
    expect(storage.getItem(DRAFTS_KEY)).toBeNull();
    expect(a.last.question).toMatchObject({ kind: 'deleted' });
  });

  it('ignores saves of other slices', async () => {
    const storage = memoryStorage();
    const a = openTab(storage, planAccess);
    updateDrafts((d) => ({ ...d, dossier: { ...d.dossier, meeting: { ...d.dossier.meeting, venue: 'Hội trường' } } }), storage);
    const before = a.saves.length;
    await deliver(a, storage);
    expect(a.saves.slice(before).every((save) => save.question === undefined && save.state === 'idle')).toBe(true);
  });
});
