// ho-so.json: the schema, the reader the reviewer's page will use, and the ids kept off the prototype chain.
import { describe, expect, it, vi } from 'vitest';
import { prepareData, type AssemblySource } from '../../src/pdf/data';
import { manualNominee, withUniqueIds } from '../../src/pdf/nominees';
import { DOSSIER_DATA_FORMAT, isSafeId, readDossierData, type DossierData } from '../../src/schemas/dossierData';
import { isRecordKey } from '../../src/schemas/recordKey';

const source = (ids: string[]): AssemblySource => ({
  plan: '0125/KH-UBND',
  unit: { name: '', symbol: 'UBND', categoryId: 'xa-phuong', categoryLabel: 'Xã, phường', categoryUnit: null, groupCount: null },
  nominees: ids.map((id, index) => manualNominee(index === 0 ? 'collective' : 'individual', `Tên ${index + 1}`, id)),
  meeting: { minutesNumber: '2', date: '2026-03-20', membersTotal: 9, membersPresent: 7 },
  letter: { number: '5', date: '2026-03' },
  fromDrafts: true,
});

/** A valid file: two nominees, the three documents and their reports. */
function valid(): DossierData {
  const { data } = prepareData(source(['uv-1', 'uv-2']), 'Ủy ban nhân dân xã Ea Kar', new Date('2026-03-25T02:00:00Z'));
  return {
    ...data,
    documents: [
      { kind: 'submission-letter', title: 'Tờ trình', nomineeId: null, firstPage: 1, lastPage: 2 },
      { kind: 'nominee-list', title: 'Danh sách', nomineeId: null, firstPage: 3, lastPage: 3 },
      { kind: 'meeting-minutes', title: 'Biên bản', nomineeId: null, firstPage: 4, lastPage: 5 },
      { kind: 'achievement-report', title: 'Báo cáo 1', nomineeId: 'uv-1', firstPage: 6, lastPage: 8 },
      { kind: 'achievement-report', title: 'Báo cáo 2', nomineeId: 'uv-2', firstPage: 9, lastPage: 10 },
    ],
    pageCount: 10,
  };
}

describe('readDossierData', () => {
  it('reads a valid file, from text, bytes (with a BOM) or parsed JSON', () => {
    const data = valid();
    const text = JSON.stringify(data);
    for (const input of [text, new TextEncoder().encode(`\uFEFF${text}`), JSON.parse(text)]) {
      const result = readDossierData(input);
      expect(result).toEqual({ ok: true, data });
    }
  });

  it('refuses what is not JSON, not ours, or of another version, saying why in Vietnamese', () => {
    expect(readDossierData('{ not json')).toMatchObject({ ok: false, kind: 'not-json' });
    expect(readDossierData(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false, kind: 'not-json' });
    expect(readDossierData({ format: 'hoa-don-dien-tu', version: 1 })).toMatchObject({ ok: false, kind: 'not-ours' });
    expect(readDossierData([])).toMatchObject({ ok: false, kind: 'not-ours' });
    const newer = readDossierData({ ...valid(), version: 2 });
    expect(newer).toMatchObject({ ok: false, kind: 'version' });
    expect(newer.ok ? '' : newer.message).toContain('phiên bản 2, mới hơn');
    expect(readDossierData({ format: DOSSIER_DATA_FORMAT })).toMatchObject({ ok: false, kind: 'version' });
  });

  it('reads version-1 files without a date of birth as before, and keeps one when given', () => {
    const data = valid();
    const withoutField = JSON.parse(JSON.stringify(data)) as { nominees: Record<string, unknown>[] };
    for (const nominee of withoutField.nominees) delete nominee.birthDate;
    const old = readDossierData(JSON.stringify(withoutField));
    expect(old.ok).toBe(true);
    if (old.ok) expect(old.data.nominees.every((nominee) => nominee.birthDate === undefined)).toBe(true);
    const dated = { ...data, nominees: [data.nominees[0]!, { ...data.nominees[1]!, birthYear: 1985, birthDate: '1985-03-05' }] };
    const read = readDossierData(JSON.stringify(dated));
    expect(read.ok && read.data.nominees[1]!.birthDate).toBe('1985-03-05');
    expect(readDossierData(JSON.stringify({ ...dated, nominees: [data.nominees[0]!, { ...data.nominees[1]!, birthYear: 1985, birthDate: null }] })).ok).toBe(true);
  });

  it('refuses a date of birth that is not a whole real date, or not in the year of birth', () => {
    const data = valid();
    for (const [birthYear, birthDate] of [
      [1985, '1985-03'],
      [1985, '05/03/1985'],
      [1985, '1985-02-30'],
      [1986, '1985-03-05'],
      [null, '1985-03-05'],
    ] as const) {
      const result = readDossierData(JSON.stringify({ ...data, nominees: [data.nominees[0]!, { ...data.nominees[1]!, birthYear, birthDate }] }));
      expect(result.ok, birthDate).toBe(false);
      if (!result.ok) expect(result.problems.join('\n')).toMatch(/nominees\[1\]\.birthDate/);
    }
  });

  it('names the field and the reason of each problem', () => {
    const data = valid() as unknown as Record<string, unknown>;
    const broken = { ...data, nominees: [{ ...(data.nominees as object[])[0], kind: 'group', birthYear: 1850 }, (data.nominees as object[])[1]] };
    const result = readDossierData(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe('schema');
    expect(result.problems.join('\n')).toMatch(/nominees\[0\]\.kind: giá trị không hợp lệ/);
    expect(result.problems.join('\n')).toMatch(/nominees\[0\]\.birthYear/);
  });

  it('checks between fields: unique ids, reports pointing at nominees, pages in order and within the file', () => {
    const base = valid();
    const cases: [string, DossierData][] = [
      ['repeated id', { ...base, nominees: [base.nominees[0]!, { ...base.nominees[1]!, id: 'uv-1' }] }],
      ['report of nobody', { ...base, documents: base.documents.map((d, i) => (i === 4 ? { ...d, nomineeId: 'uv-9' } : d)) }],
      ['letter with a nominee', { ...base, documents: base.documents.map((d, i) => (i === 0 ? { ...d, nomineeId: 'uv-1' } : d)) }],
      ['gap between pages', { ...base, documents: base.documents.map((d, i) => (i === 2 ? { ...d, firstPage: 5 } : d)) }],
      ['page count', { ...base, pageCount: 12 }],
      ['impossible date', { ...base, meeting: { ...base.meeting, date: '2026-02-30' } }],
    ];
    for (const [name, data] of cases) expect(readDossierData(JSON.stringify(data)).ok, name).toBe(false);
  });

  it('never lets an id reach the prototype chain, and drops unknown fields', () => {
    for (const id of ['__proto__', 'constructor', 'prototype', '', 'a b', 'x'.repeat(65)]) expect(isSafeId(id), id).toBe(false);
    const data = valid();
    const hostile = JSON.stringify({ ...data, nominees: [{ ...data.nominees[0], id: 'constructor' }, data.nominees[1]] });
    expect(readDossierData(hostile).ok).toBe(false);
    const polluted = readDossierData(`{"__proto__": {"polluted": true}, ${JSON.stringify(data).slice(1)}`);
    expect(polluted.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (polluted.ok) expect(Object.keys(polluted.data)).not.toContain('__proto__');
    const extra = readDossierData({ ...data, secret: 'x' });
    expect(extra.ok && 'secret' in extra.data).toBe(false);
  });
});

describe('prepareData', () => {
  it('replaces ids that are unsafe as keys, keeping the map from the drafts’ ids', () => {
    const { data, ids } = prepareData(source(['__proto__', 'uv-2', 'có dấu']), ' Ủy ban  nhân dân ', new Date('2026-03-25T02:00:00Z'));
    expect(data.nominees.map((n) => n.id)).toEqual(['doi-tuong-1', 'uv-2', 'doi-tuong-3']);
    expect(ids.get('__proto__')).toBe('doi-tuong-1');
    expect(ids.get('uv-2')).toBe('uv-2');
    expect(data.unit.name).toBe('Ủy ban nhân dân');
    expect(data.generatedAt).toBe('2026-03-25T02:00:00.000Z');
  });

  it('gives repeated draft ids their own (withUniqueIds)', () => {
    expect(withUniqueIds([{ id: 'a' }, { id: 'a' }, { id: 'b' }, { id: 'a' }]).map((n) => n.id)).toEqual(['a', 'a~2', 'b', 'a~3']);
  });

  it('gives a report added by hand a random nominee id, safe as a key, never the same in a later session', async () => {
    const firstOfSession = async () => {
      // a new page load: the module evaluated afresh
      vi.resetModules();
      const fresh = await import('../../src/pdf/nominees');
      return fresh.manualNominee('individual', 'Lê Thị Mai').id;
    };
    const sessions = [await firstOfSession(), await firstOfSession(), await firstOfSession()];
    expect(new Set(sessions).size).toBe(3);
    const many = Array.from({ length: 2000 }, () => manualNominee('collective', 'Phòng Nội vụ').id);
    expect(new Set(many).size).toBe(many.length);
    for (const id of [...sessions, ...many.slice(0, 50)]) {
      expect(id).toMatch(/^uv-[0-9a-f]{16}$/);
      expect(isSafeId(id) && isRecordKey(id), id).toBe(true);
    }
    // ho-so.json keeps the id as it is
    const { data } = prepareData({ ...source([]), nominees: [manualNominee('individual', 'Lê Thị Mai', sessions[0])] }, 'Sở Nội vụ', new Date());
    expect(data.nominees[0]!.id).toBe(sessions[0]);
  });
});
