// One rule for keys from data (src/schemas/recordKey.ts): every record keyed by user or file data
// refuses ids that are not sensible, the names of the prototype chain above all, naming the path;
// such records are held without a prototype.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isRecordKey, keyedRecord, RESERVED_KEYS, withEntry, withoutEntry } from '../../src/schemas/recordKey';
import { drafts } from '../../src/storage/drafts';
import { describeIssues } from '../../src/schemas/issues';
import { parseStored } from '../../src/storage/store';
import { readTransfer } from '../../src/storage/transfer';
import { exportAll, exportNominee, serializeTransfer } from '../../src/storage/exportFile';
import type { SelfCheckAnswers } from '../../src/schemas/selfCheck';
import { sampleDrafts } from './storage-fixtures';

const problemsOf = (text: string) => {
  const result = readTransfer(text);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems;
};

describe('the key rule', () => {
  it('accepts the site’s ids and refuses the rest', () => {
    for (const id of ['uv-0a1b2c3d4e5f6a7b', 'n-1', 'current', 'thong-tin-chung', 'xa-phuong-ty-le-cu-tri']) expect(isRecordKey(id), id).toBe(true);
    for (const id of [...RESERVED_KEYS, '', 'a b', 'Đắk', 'x'.repeat(65), 'a.b', 'toString' + '\u0000', 42, null]) expect(isRecordKey(id), String(id)).toBe(false);
  });

  it('refuses reserved and odd keys in a keyed record, __proto__ included (zod alone drops it silently)', () => {
    const schema = z.object({ sections: keyedRecord(z.string()) });
    for (const key of [...RESERVED_KEYS, 'có dấu']) {
      const input = JSON.parse(`{"sections": {"ok": "a", ${JSON.stringify(key)}: "b"}}`);
      const result = z.safeParse(schema, input);
      expect(result.success, key).toBe(false);
      expect(describeIssues(result.error!.issues, input)[0], key).toMatch(/^sections(\.|\[")/);
      expect(describeIssues(result.error!.issues, input)[0], key).toContain(key);
      expect(describeIssues(result.error!.issues, input)[0]).toContain('mã không hợp lệ (chỉ gồm chữ cái không dấu');
    }
  });

  it('holds records without a prototype', () => {
    const parsed = z.parse(drafts, JSON.parse(JSON.stringify(sampleDrafts())));
    for (const record of [parsed.selfChecks, parsed.selfChecks.current!.answers, parsed.dossier.reports, parsed.dossier.reports['n-2']!.sections, parsed.changedAt.nominees]) {
      expect(Object.getPrototypeOf(record)).toBeNull();
    }
    expect('constructor' in parsed.dossier.reports).toBe(false);
  });
});

describe('imports and stored drafts with reserved keys (issue 12, defects 1 and 2)', () => {
  const now = new Date(2026, 10, 25);

  it('refuses a one-nominee file whose id is __proto__, naming the path', () => {
    const file = JSON.parse(serializeTransfer(exportNominee(z.parse(drafts, sampleDrafts()), 'n-2', now)!));
    file.nominee.id = '__proto__';
    expect(problemsOf(JSON.stringify(file))).toEqual([expect.stringMatching(/^nominee\.__proto__|^nominee\.id: mã không hợp lệ/)]);
  });

  it('refuses a full export with "constructor" inside dossier.reports, naming the path', () => {
    const file = JSON.parse(serializeTransfer(exportAll(z.parse(drafts, sampleDrafts()), now)));
    file.dossier.reports.constructor = { sections: { a: 'b' } };
    expect(problemsOf(JSON.stringify(file))[0]).toMatch(/^dossier\.reports\.constructor: mã không hợp lệ/);
  });

  it('refuses __proto__ as a key at any level of the records, and duplicate nominee ids', () => {
    const file = JSON.parse(serializeTransfer(exportAll(z.parse(drafts, sampleDrafts()), now)));
    const text = JSON.stringify(file).replace('"thanh-tich":', '"__proto__":');
    expect(problemsOf(text)[0]).toMatch(/^dossier\.reports\["n-2"\]\.sections\.__proto__: mã không hợp lệ/);
    file.quotaPlan.nominees[1].id = file.quotaPlan.nominees[0].id;
    expect(problemsOf(JSON.stringify(file))[0]).toBe('quotaPlan.nominees[1].id: trùng mã với đối tượng thứ 1 của danh sách');
  });

  it('reads the same data written straight into storage as not readable whole, never as valid', () => {
    const stored = JSON.parse(JSON.stringify(sampleDrafts()));
    stored.dossier.reports.constructor = { sections: { a: 'b' } };
    const read = parseStored(JSON.stringify(stored));
    expect(read.state).toBe('salvaged');
    // only the entry of the reserved key goes: the other reports and the profile stay
    expect(Object.keys(read.drafts.dossier.reports)).toEqual(['n-2']);
    expect(read.drafts.dossier.reports['n-2']!.sections['thanh-tich']).toBe(sampleDrafts().dossier.reports['n-2']!.sections['thanh-tich']);
    expect(read.drafts.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(read.drafts.quotaPlan.nominees).toHaveLength(2);
  });
});

describe('records written by the storage layer', () => {
  it('what the islands and the rules write keeps its records without a prototype, whatever the key', async () => {
    const { changeReport, withSection } = await import('../../src/islands/dossier/reports');
    const { emptySelfCheck } = await import('../../src/schemas/selfCheck');
    const { attachCurrentCheck } = await import('../../src/domain/attach');
    const { summariseSelfChecks } = await import('../../src/domain/quotas');
    const { dossierRules, commune, rules } = await import('../fixtures/dossierDrafts');
    const base = z.parse(drafts, sampleDrafts());
    // the dossier's report editor (DossierBuilder, ReportEditor)
    const dossier = changeReport(base.dossier, 'n-3', (r) => withSection(r, 'thanh-tich', 'Mới'));
    expect(Object.getPrototypeOf(dossier.reports)).toBeNull();
    expect(Object.getPrototypeOf(dossier.reports['n-3']!.sections)).toBeNull();
    expect(Object.getPrototypeOf(withSection(dossier.reports['n-2']!, 'thanh-tich', undefined).sections)).toBeNull();
    // the self-check (EligibilityCheck, QuestionSteps), with the helpers of recordKey.ts, whatever the key
    for (const key of ['current', '__proto__', 'constructor']) {
      for (const checks of [withEntry(base.selfChecks, key, emptySelfCheck()), withoutEntry(base.selfChecks, key)]) expect(Object.getPrototypeOf(checks)).toBeNull();
      expect(Object.getPrototypeOf(withEntry(emptySelfCheck().answers, key, 'yes'))).toBeNull();
    }
    expect(Object.hasOwn(withEntry(base.selfChecks, '__proto__', emptySelfCheck()), '__proto__')).toBe(true);
    // attaching the self-check done first, and the quota check's summaries by nominee id
    const withNominee = { ...base, quotaPlan: { ...base.quotaPlan, nominees: [...base.quotaPlan.nominees, { ...commune, id: 'n-3' }] } };
    withNominee.selfChecks = withEntry<SelfCheckAnswers>(base.selfChecks, 'current', { ...emptySelfCheck(), nomineeKind: commune.nomineeKind });
    const attached = attachCurrentCheck(withNominee, 'n-3', rules.nomineeKinds);
    if (!attached.ok) throw new Error(attached.reason);
    expect(Object.getPrototypeOf(attached.drafts.selfChecks)).toBeNull();
    const summaries = summariseSelfChecks([{ id: 'constructor' }, { id: 'n-1' }], base.selfChecks, dossierRules.records);
    expect(Object.getPrototypeOf(summaries)).toBeNull();
    expect(summaries.constructor).toBeUndefined();
  });

  it('merging or removing a nominee keeps its records without a prototype', async () => {
    const { mergeNominee, removeNominee } = await import('../../src/storage/transfer');
    const base = z.parse(drafts, sampleDrafts());
    const file = exportNominee(base, 'n-2', new Date())!;
    for (const after of [mergeNominee(removeNominee(base, 'n-2'), file), removeNominee(base, 'n-1')]) {
      for (const record of [after.selfChecks, after.dossier.reports, after.changedAt.nominees, after.changedAt.selfChecks]) expect(Object.getPrototypeOf(record)).toBeNull();
    }
  });
});
