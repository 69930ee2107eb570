// The adapter between the dossier drafts and the assembly: what the slots show, and the data of
// ho-so.json, read from drafts as the site stores them.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { eligibilityRecords } from '../../src/domain/eligibility';
import { assemblySource, mergeSource, type DraftRules } from '../../src/dossier/dossierData';
import { CATEGORY_MISSING, unitChoiceIssues } from '../../src/dossier/unitChoice';
import { draftSlots } from '../../src/islands/assembly/fromDrafts';
import { prepareData } from '../../src/pdf/data';
import { manualNominee } from '../../src/pdf/nominees';
import { inListOrder } from '../../src/pdf/slots';
import { dossierData } from '../../src/schemas/dossierData';
import { drafts as draftsSchema, emptyDrafts } from '../../src/storage/drafts';
import { COLLECTIVE, PERSON, UNIT, assemblyDrafts } from '../e2e/assembly-support';
import { loadRules } from '../support/rules';

const rules = loadRules();
const draftRules: DraftRules = {
  planNumber: rules.planDocument.number,
  quotas: rules.quotas.map(({ id, label, basis }) => ({ id, label, basis })),
  records: eligibilityRecords(rules),
};
const drafts = z.parse(draftsSchema, assemblyDrafts());

describe('reading the dossier drafts', () => {
  it('gives the slots the unit and the nominees (the planner’s order; the slots put collectives first)', () => {
    expect(draftSlots(drafts)).toEqual({
      unitName: UNIT,
      nominees: [
        { id: 'uv-hoa', kind: 'individual', name: PERSON },
        { id: 'uv-xa', kind: 'collective', name: COLLECTIVE },
      ],
    });
  });

  it('gives ho-so.json every field it keeps, typed values parsed, the self-check evaluated again', async () => {
    const source = assemblySource(drafts, draftRules);
    expect(source.plan).toBe('0125/KH-UBND');
    expect(source.unit).toEqual({ name: UNIT, symbol: 'UBND', categoryId: 'xa-phuong', categoryLabel: 'Xã, phường', categoryUnit: null, groupCount: null });
    expect(source.meeting).toEqual({ minutesNumber: '2', date: '2026-03-20', membersTotal: 9, membersPresent: 9 });
    expect(source.letter).toEqual({ number: '15', date: '2026-03-23' });
    expect(source.fromDrafts).toBe(true);
    const [person, commune] = source.nominees;
    expect(person).toEqual({
      id: 'uv-hoa',
      kind: 'individual',
      nomineeKind: null,
      name: PERSON,
      position: 'Công chức Văn phòng - Thống kê',
      unit: UNIT,
      birthYear: 1988,
      birthDate: null,
      gender: 'nu',
      holdsLeadershipPost: false,
      womenSharePercent: null,
      selfCheck: null,
      votesInFavour: 8,
      membersPresent: 9,
    });
    expect(commune).toMatchObject({ id: 'uv-xa', kind: 'collective', nomineeKind: 'xa-phuong', womenSharePercent: 52, votesInFavour: 9, position: null, birthYear: null });
    expect(commune!.selfCheck).toEqual({ outcome: 'eligible', reasons: [] });
    // and it makes valid data once the documents are known
    const { data } = prepareData({ ...source, nominees: inListOrder(source.nominees) }, UNIT, new Date('2026-03-24T03:00:00Z'));
    const valid = z.safeParse(dossierData, { ...data, documents: [{ kind: 'achievement-report', title: 'Báo cáo', nomineeId: 'uv-xa', firstPage: 1, lastPage: 1 }], pageCount: 1 });
    expect(valid.success).toBe(true);
  });

  it('gives the full date of birth the unit typed, in ISO, only when it is a whole date in the year of birth', () => {
    const withDate = (birthDate: string, birthYear = '1988') => {
      const raw = assemblyDrafts();
      const plan = raw.quotaPlan as { nominees: Record<string, unknown>[] };
      plan.nominees[0] = { ...plan.nominees[0], birthYear, birthDate };
      return assemblySource(z.parse(draftsSchema, raw), draftRules).nominees[0]!;
    };
    expect(withDate('05/3/1988')).toMatchObject({ birthYear: 1988, birthDate: '1988-03-05' });
    expect(withDate('5/12/1988')).toMatchObject({ birthYear: 1988, birthDate: '1988-12-05' });
    // a month, a year, another year than the year of birth, a day that does not exist, nothing: no date
    for (const typed of ['3/1988', '1988', '05/3/1987', '30/2/1988', '']) expect(withDate(typed).birthDate, typed).toBeNull();
    expect(withDate('05/3/1988', '')).toMatchObject({ birthYear: null, birthDate: null });
    // a collective has none
    expect(assemblySource(drafts, draftRules).nominees[1]!.birthDate).toBeNull();
  });

  it('keeps what cannot be read as null rather than guessing: blank dates, half-typed numbers, an excluded nominee with its reason', async () => {
    const raw = assemblyDrafts();
    raw.dossier.meeting = { ...raw.dossier.meeting, date: '3/2026', letterDate: '31/2/2026', membersTotal: '9 người', membersPresent: '' };
    raw.dossier.reports['uv-hoa'] = { votesInFavour: 'tám' };
    raw.quotaPlan.nominees[0] = { ...raw.quotaPlan.nominees[0]!, birthYear: '88' };
    raw.selfChecks['uv-xa']!.answers['dang-xem-xet-ky-luat'] = 'yes';
    const source = assemblySource(z.parse(draftsSchema, raw), draftRules);
    expect(source.meeting).toEqual({ minutesNumber: '2', date: '2026-03', membersTotal: null, membersPresent: null });
    expect(source.letter.date).toBeNull();
    expect(source.nominees[0]).toMatchObject({ birthYear: null, votesInFavour: null, membersPresent: null });
    const excluded = source.nominees[1]!.selfCheck!;
    expect(excluded.outcome).toBe('excluded');
    expect(excluded.reasons).toHaveLength(1);
    expect(excluded.reasons[0]!.clause).toMatch(/^muc-/);
  });

  it('reads empty drafts as a dossier to build by hand', async () => {
    expect(draftSlots(emptyDrafts())).toEqual({ unitName: '', nominees: [] });
    const source = assemblySource(emptyDrafts(), draftRules);
    expect(source.fromDrafts).toBe(false);
    expect(source.unit.categoryId).toBeNull();
    expect(source.meeting).toEqual({ minutesNumber: null, date: null, membersTotal: null, membersPresent: null });
  });
});

describe('a dossier assembled by hand (no list on the device): the category asked on the page', () => {
  const hand = (categoryId: string | undefined, groupCount = '', unitName?: string) => ({
    nominees: [manualNominee('individual', 'Lê Thị Mai', 'uv-tay-1'), manualNominee('collective', 'Ban bầu cử số 1', 'uv-tay-2')],
    category: { categoryId, unitName, groupCount },
  });

  it('blocks without a category, and without the number of boards or teams where the quota counts them', () => {
    expect(unitChoiceIssues(draftRules.quotas, hand(undefined).category)).toEqual([{ target: { kind: 'category' }, severity: 'blocking', message: CATEGORY_MISSING }]);
    expect(unitChoiceIssues(draftRules.quotas, hand('khong-co').category).map((issue) => issue.target.kind)).toEqual(['category']);
    expect(unitChoiceIssues(draftRules.quotas, hand('ban-bau-cu-dbqh').category)).toEqual([
      { target: { kind: 'group-count' }, severity: 'blocking', message: 'Nhập số ban của đơn vị (một số nguyên, ví dụ 3).' },
    ]);
    expect(unitChoiceIssues(draftRules.quotas, hand('ban-bau-cu-dbqh', '0').category)[0]!.message).toBe('Số ban phải lớn hơn 0.');
    expect(unitChoiceIssues(draftRules.quotas, hand('ban-bau-cu-dbqh', '3').category)).toEqual([]);
    expect(unitChoiceIssues(draftRules.quotas, hand('xa-phuong', '').category)).toEqual([]);
  });

  it('writes the category into ho-so.json’s unit, with the unit chosen inside its group and the number of boards', () => {
    const byBoard = mergeSource(emptyDrafts(), draftRules, hand('ban-bau-cu-dbqh', ' 3 '));
    expect(byBoard.unit).toEqual({ name: '', symbol: '', categoryId: 'ban-bau-cu-dbqh', categoryLabel: 'Ban bầu cử đại biểu Quốc hội', categoryUnit: null, groupCount: 3 });
    expect(byBoard.nominees.map((n) => [n.id, n.kind])).toEqual([['uv-tay-2', 'collective'], ['uv-tay-1', 'individual']]);
    const police = mergeSource(emptyDrafts(), draftRules, hand('co-quan-nhom-1-tap-the-3-ca-nhan', '', 'Công an tỉnh'));
    expect(police.unit).toMatchObject({ categoryId: 'co-quan-nhom-1-tap-the-3-ca-nhan', categoryUnit: 'Công an tỉnh', groupCount: null });
    const { data } = prepareData(police, 'Công an tỉnh Đắk Lắk', new Date('2026-03-25T02:00:00Z'));
    expect(z.safeParse(dossierData, { ...data, documents: [], pageCount: null }).success).toBe(true);
    expect(data.unit).toMatchObject({ name: 'Công an tỉnh Đắk Lắk', categoryId: 'co-quan-nhom-1-tap-the-3-ca-nhan', categoryLabel: expect.stringContaining('Công an tỉnh') });
  });

  it('keeps the list and the category of the drafts when there is a list', () => {
    const source = mergeSource(drafts, draftRules, hand('ban-bau-cu-dbqh', '3'));
    expect(source.unit).toMatchObject({ categoryId: 'xa-phuong', groupCount: null });
    expect(source.nominees.map((n) => n.id)).toEqual(['uv-xa', 'uv-hoa']);
  });
});
