// The adapter between the dossier drafts and the assembly: what the slots show, and the data of
// ho-so.json, read from drafts as the site stores them.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { eligibilityRecords } from '../../src/domain/eligibility';
import { assemblySource, type DraftRules } from '../../src/dossier/dossierData';
import { draftSlots } from '../../src/islands/assembly/fromDrafts';
import { prepareData } from '../../src/pdf/data';
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
