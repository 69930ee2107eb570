// The reviewer's marks kept on the device (schema, store) with the care of the units' drafts, and
// the dossier's data downloaded on its own from /ho-so/ for the review page.
import { describe, expect, it } from 'vitest';
import { dossierDataFile } from '../../src/dossier/dataFile';
import { eligibilityRecords } from '../../src/domain/eligibility';
import { readDossierData } from '../../src/schemas/dossierData';
import { emptyReview, markKey, readReview, REVIEW_FORMAT, type Review, type ReviewMark } from '../../src/schemas/review';
import { clearReview, loadReview, memoryRecords, readUnreadableReview, REVIEW_KEY, saveReview, UNREADABLE_REVIEW_KEY } from '../../src/storage/reviewStore';
import { completeDrafts, rules } from '../fixtures/dossierDrafts';

const mark = (nomineeId: string, status: ReviewMark['status'] = 'accepted', ground?: ReviewMark['ground']): ReviewMark => ({
  unitKey: 'uy ban nhan dan xa ea kar',
  unitName: 'Ủy ban nhân dân xã Ea Kar',
  nomineeId,
  nomineeName: 'Nguyễn Văn An',
  status,
  ...(ground ? { ground } : {}),
  markedAt: '2026-04-02T03:00:00.000Z',
});
const withMarks = (...marks: ReviewMark[]): Review => ({ ...emptyReview(), marks });

describe('the review’s schema', () => {
  it('reads a review back, from text, bytes or JSON, and drops unknown fields', () => {
    const review = withMarks(mark('uv-1'), mark('uv-2', 'returned', 'excluded'));
    for (const input of [JSON.stringify(review), new TextEncoder().encode(JSON.stringify(review)), { ...review, secret: 'x' }]) {
      const read = readReview(input);
      expect(read).toEqual({ ok: true, review });
    }
  });

  it('refuses what is not JSON, not ours, of another version or of the wrong shape, saying why', () => {
    expect(readReview('{ not json')).toMatchObject({ ok: false, kind: 'not-json' });
    expect(readReview({ format: 'thi-dua-bau-cu-2026/ho-so-de-nghi-khen-thuong', version: 1 })).toMatchObject({ ok: false, kind: 'not-ours' });
    expect(readReview({ ...emptyReview(), version: 2 })).toMatchObject({ ok: false, kind: 'version', message: expect.stringContaining('phiên bản 2, mới hơn') });
    const noGround = readReview(withMarks({ ...mark('uv-1'), status: 'returned' }));
    expect(noGround).toMatchObject({ ok: false, kind: 'schema' });
    expect(readReview(withMarks({ ...mark('uv-1'), ground: 'excluded' }))).toMatchObject({ ok: false, kind: 'schema' });
    expect(readReview(withMarks(mark('uv-1'), mark('uv-1', 'pending')))).toMatchObject({ ok: false, kind: 'schema' });
    expect(readReview({ ...withMarks(mark('uv-1')), marks: [{ ...mark('uv-1'), status: 'maybe' }] })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^marks\[0\]\.status/)] });
  });

  it('keeps keys from the file off the prototype chain', () => {
    const hostile = `{"__proto__": {"polluted": true}, ${JSON.stringify(withMarks({ ...mark('constructor'), unitKey: '__proto__' })).slice(1)}`;
    const read = readReview(hostile);
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!read.ok) return;
    expect(Object.keys(read.review)).not.toContain('__proto__');
    // marks are kept in arrays and Maps, by a key no name can produce
    expect(markKey('__proto__', 'constructor')).toBe('__proto__\u0000constructor');
  });
});

describe('the review on the device', () => {
  it('saves with the revision it started from, and reads back what was saved', async () => {
    const store = memoryRecords();
    expect(await loadReview(store)).toEqual({ state: 'empty', review: emptyReview() });
    const first = await saveReview(store, withMarks(mark('uv-1')), 0, new Date('2026-04-02T03:00:00Z'));
    expect(first).toMatchObject({ ok: true, review: { revision: 1, savedAt: '2026-04-02T03:00:00.000Z' } });
    const loaded = await loadReview(store);
    expect(loaded.state).toBe('current');
    expect(loaded.review.marks).toEqual([mark('uv-1')]);
  });

  it('never writes over another tab’s save: a stale revision is a conflict, nothing written', async () => {
    const store = memoryRecords();
    await saveReview(store, withMarks(mark('uv-1')), 0);
    await saveReview(store, withMarks(mark('uv-1'), mark('uv-2')), 1);
    const stale = await saveReview(store, withMarks(mark('uv-3')), 1);
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { revision: 2 } });
    expect((await loadReview(store)).review.marks.map((m) => m.nomineeId)).toEqual(['uv-1', 'uv-2']);
  });

  it('keeps a stored review it cannot read, and copies it aside before the first save over it', async () => {
    const garbage = '{"format":"thi-dua-bau-cu-2026/tham-dinh-ho-so","version":1,"marks":"hỏng"}';
    const store = memoryRecords([[REVIEW_KEY, garbage]]);
    const loaded = await loadReview(store);
    expect(loaded).toMatchObject({ state: 'unreadable', raw: garbage, refusal: { kind: 'schema' } });
    expect(store.entries.get(REVIEW_KEY)).toBe(garbage);
    expect(await saveReview(store, withMarks(mark('uv-1')), 0)).toMatchObject({ ok: true });
    expect(await readUnreadableReview(store)).toBe(garbage);
    expect(store.entries.get(UNREADABLE_REVIEW_KEY)).toBe(garbage);
  });

  it('refuses to store an invalid review, and clears everything on request', async () => {
    const store = memoryRecords();
    expect(await saveReview(store, { ...withMarks(mark('uv-1')), format: 'khác' } as unknown as Review, 0)).toMatchObject({ ok: true });
    expect(JSON.parse(store.entries.get(REVIEW_KEY)!).format).toBe(REVIEW_FORMAT);
    expect(await saveReview(store, withMarks({ ...mark('uv-1'), status: 'returned' }), 1)).toEqual({ ok: false, reason: 'unknown' });
    store.entries.set(UNREADABLE_REVIEW_KEY, 'x');
    expect(await clearReview(store)).toEqual({ ok: true });
    expect([...store.entries.keys()]).toEqual([]);
  });

  it('says when the device keeps nothing, and when writing fails', async () => {
    expect(await loadReview(null)).toMatchObject({ state: 'unavailable', reason: 'unavailable' });
    const full = { read: async () => undefined, update: async () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })), remove: async () => undefined };
    expect(await saveReview(full, withMarks(mark('uv-1')), 0)).toEqual({ ok: false, reason: 'quota' });
  });
});

describe('the dossier’s data on its own (“Tải dữ liệu hồ sơ (JSON)” on /ho-so/)', () => {
  const draftRules = { planNumber: rules.planDocument.number, quotas: rules.quotas, records: eligibilityRecords(rules) };

  it('is ho-so.json from the drafts, valid, collectives first, without documents or pages', () => {
    const file = dossierDataFile(completeDrafts(), draftRules, 'ho-so-de-nghi-khen-thuong', new Date('2026-03-26T03:00:00Z'));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.name).toMatch(/^ho-so-de-nghi-khen-thuong-[a-z0-9-]+\.json$/);
    const read = readDossierData(file.text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data).toMatchObject({ documents: [], pageCount: null, generatedAt: '2026-03-26T03:00:00.000Z', plan: rules.planDocument.number });
    const kinds = read.data.nominees.map((n) => n.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(read.data.nominees.length).toBeGreaterThan(0);
  });

  it('says what is missing instead of making an invalid file', () => {
    const drafts = completeDrafts();
    expect(dossierDataFile({ ...drafts, dossier: { ...drafts.dossier, profile: { ...drafts.dossier.profile, unitName: ' ' } } }, draftRules, 'x')).toEqual({
      ok: false,
      message: 'Chưa tải được dữ liệu hồ sơ: hãy nhập tên đơn vị ở phần 1.',
    });
    expect(dossierDataFile({ ...drafts, quotaPlan: { ...drafts.quotaPlan, nominees: [] } }, draftRules, 'x')).toMatchObject({ ok: false, message: expect.stringContaining('chưa có tập thể, cá nhân nào') });
    // a PDF's data must keep its page count; only the data without documents may leave it out
    expect(readDossierData({ ...JSON.parse((dossierDataFile(drafts, draftRules, 'x') as { text: string }).text), documents: [{ kind: 'submission-letter', title: 'Tờ trình', nomineeId: null, firstPage: 1, lastPage: 1 }] }).ok).toBe(false);
  });
});
