// Test doubles and sample data for the storage tests.
import * as z from 'zod/mini';
import { DRAFTS_VERSION, drafts, type Drafts } from '../../src/storage/drafts';
import type { KeyValueStorage } from '../../src/storage/store';

/**
 * An in-memory localStorage; `fail` makes every write throw like a browser would, and `quota`
 * (characters of keys and values together, as browsers count) makes a write that would pass it
 * throw QuotaExceededError.
 */
export function memoryStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const data = new Map(Object.entries(initial));
  let failure: Error | null = null;
  const used = () => [...data].reduce((total, [key, value]) => total + key.length + value.length, 0);
  const storage: KeyValueStorage & { data: Map<string, string>; fail(error: Error | null): void } = {
    data,
    fail: (error) => void (failure = error),
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (failure) throw failure;
      const after = used() - (data.has(key) ? key.length + data.get(key)!.length : 0) + key.length + value.length;
      if (after > quota) throw domError('QuotaExceededError', 22);
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
  return storage;
}

/** A DOMException-like error with the browser's name. */
export const domError = (name: string, code = 0) => Object.assign(new Error(name), { name, code });

/** Text with Vietnamese diacritics (NFC), an emoji, a line break and HTML-looking characters. */
export const SAMPLE_TEXT = 'Tổ bầu cử số 7 — phường Tân Lập 🗳️✅\nHoàn thành xuất sắc nhiệm vụ: <img src=x onerror=alert(1)> & "trích dẫn"';

/** Drafts of the current version with one of everything (the schema fills in the other fields). */
export function sampleDrafts(): Drafts {
  return z.parse(drafts, {
    version: DRAFTS_VERSION,
    selfChecks: {
      current: { award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'xa-phuong', inScope: 'yes', answers: { 'tc-1': 'yes' }, turnout: { registered: '12000', voted: '11990' } },
      'n-1': { answers: { 'tc-2': 'no' }, turnout: { registered: '', voted: '' } },
    },
    quotaPlan: {
      categoryId: 'xa-phuong',
      groupCount: '',
      nominees: [
        { id: 'n-1', type: 'collective', name: SAMPLE_TEXT, position: '', unit: '', birthYear: '', gender: '', womenSharePercent: '45' },
        { id: 'n-2', type: 'individual', name: 'Nguyễn Thị Hồng Nhung 🌸', position: 'Tổ trưởng', unit: 'Tổ bầu cử số 3', birthYear: '1985', gender: 'nu', womenSharePercent: '' },
      ],
    },
    dossier: {
      profile: { unitName: 'Ủy ban nhân dân phường Tân Lập', place: 'Buôn Ma Thuột' },
      reports: { 'n-2': { sections: { 'thanh-tich': SAMPLE_TEXT }, earlierAwards: [{ year: '2021', award: 'Giấy khen', decision: '12/QĐ-UBND', issuer: 'UBND phường' }] } },
    },
  });
}
