// A self-check belongs to a nominee (src/domain/attach.ts): the check kept under `current` moves to
// a nominee of the list, never copied, never silently over another check; section II of the
// nominee's report then starts from it, whatever order the unit worked in.
import { describe, expect, it } from 'vitest';
import { attachCurrentCheck, CURRENT_CHECK, fitsNominee, nomineeOfCheck, savedCheck } from '../../src/domain/attach';
import { awardYearRange, birthYearRange, yearProblem } from '../../src/domain/ranges';
import { reportStarter } from '../../src/dossier/reportText';
import { emptyDrafts, type Drafts } from '../../src/storage/drafts';
import { commune, dossierRules, passingSelfCheck, person, rules } from '../fixtures/dossierDrafts';

const kinds = rules.nomineeKinds;
const communeCheck = () => passingSelfCheck('xa-phuong', { registered: '12.500', voted: '12.400' });

/** A list of the commune and the person, with a check kept under `current` (the self-check done first). */
function draftsWithCurrent(current = communeCheck()): Drafts {
  const drafts = emptyDrafts();
  drafts.quotaPlan = { ...drafts.quotaPlan, categoryId: 'xa-phuong', nominees: [person, commune] };
  drafts.selfChecks = { [CURRENT_CHECK]: current };
  return drafts;
}

const sectionII = (drafts: Drafts) => reportStarter(commune, drafts, dossierRules)['thanh-tich'] ?? '';

describe('attaching the self-check done first to a nominee of the list', () => {
  it('moves the answers: none left under current, the nominee has them', () => {
    const drafts = draftsWithCurrent();
    const result = attachCurrentCheck(drafts, commune.id, kinds);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.drafts.selfChecks)).toEqual([commune.id]);
    expect(result.drafts.selfChecks[commune.id]).toEqual(drafts.selfChecks[CURRENT_CHECK]);
    // the drafts passed in are not changed
    expect(Object.keys(drafts.selfChecks)).toEqual([CURRENT_CHECK]);
  });

  it('fills section II of the report from the check once attached, not before (self-check first, then the list)', () => {
    const drafts = draftsWithCurrent();
    expect(sectionII(drafts)).not.toMatch(/12\.400/);
    const result = attachCurrentCheck(drafts, commune.id, kinds);
    if (!result.ok) throw new Error(result.reason);
    expect(sectionII(result.drafts)).toMatch(/12\.500[\s\S]*12\.400[\s\S]*99,2%/);
    expect(sectionII(result.drafts)).toContain('Kết thúc bầu cử sớm hoặc đúng thời gian quy định.');
  });

  it('the planner-first order fills it too: the check saved under the nominee id', () => {
    const drafts = draftsWithCurrent();
    drafts.selfChecks = { [commune.id]: communeCheck() };
    expect(sectionII(drafts)).toMatch(/12\.500[\s\S]*12\.400[\s\S]*99,2%/);
  });

  it('never writes over a check the nominee has, unless the unit agreed (replace)', () => {
    const drafts = draftsWithCurrent();
    const own = { ...communeCheck(), turnout: { registered: '1000', voted: '999' } };
    drafts.selfChecks[commune.id] = own;
    expect(attachCurrentCheck(drafts, commune.id, kinds)).toEqual({ ok: false, reason: 'has-check' });
    const replaced = attachCurrentCheck(drafts, commune.id, kinds, true);
    if (!replaced.ok) throw new Error(replaced.reason);
    expect(replaced.drafts.selfChecks[commune.id]).toEqual(drafts.selfChecks[CURRENT_CHECK]);
    expect(savedCheck(replaced.drafts.selfChecks, CURRENT_CHECK)).toBeUndefined();
  });

  it('refuses a nominee of another type or kind, an unknown nominee, and nothing to move', () => {
    expect(attachCurrentCheck(draftsWithCurrent(), person.id, kinds)).toEqual({ ok: false, reason: 'mismatch' });
    const agency = { ...commune, id: 'uv-co-quan', nomineeKind: 'co-quan-don-vi' };
    const drafts = draftsWithCurrent();
    drafts.quotaPlan.nominees.push(agency);
    expect(attachCurrentCheck(drafts, agency.id, kinds)).toEqual({ ok: false, reason: 'mismatch' });
    expect(attachCurrentCheck(drafts, 'uv-khong-co', kinds)).toEqual({ ok: false, reason: 'no-nominee' });
    expect(attachCurrentCheck(drafts, CURRENT_CHECK, kinds)).toEqual({ ok: false, reason: 'no-nominee' });
    const empty = draftsWithCurrent();
    empty.selfChecks = {};
    expect(attachCurrentCheck(empty, commune.id, kinds)).toEqual({ ok: false, reason: 'no-check' });
  });

  it('a nominee whose kind is not known yet takes a check of its type', () => {
    const { nomineeKind: _, ...unknownKind } = commune;
    expect(fitsNominee(communeCheck(), unknownKind, kinds)).toBe(true);
    expect(fitsNominee(communeCheck(), person, kinds)).toBe(false);
    expect(fitsNominee({ ...communeCheck(), nomineeKind: undefined }, unknownKind, kinds)).toBe(false);
    expect(nomineeOfCheck(communeCheck(), kinds)).toEqual({ type: 'collective', nomineeKind: 'xa-phuong' });
  });

  it('keys from user data never reach the prototype chain', () => {
    const drafts = draftsWithCurrent();
    const hostile = { ...commune, id: '__proto__' };
    drafts.quotaPlan.nominees.push(hostile);
    expect(savedCheck(drafts.selfChecks, 'constructor')).toBeUndefined();
    expect(savedCheck(drafts.selfChecks, '__proto__')).toBeUndefined();
    const result = attachCurrentCheck(drafts, '__proto__', kinds);
    if (!result.ok) throw new Error(result.reason);
    // a null-prototype record, as the schemas give (recordKey.ts)
    expect(Object.getPrototypeOf(result.drafts.selfChecks)).toBeNull();
    expect(Object.hasOwn(result.drafts.selfChecks, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).award).toBeUndefined();
  });
});

describe('ranges of typed years', () => {
  it('years of birth come from election day, not from today', () => {
    const electionDay = rules.keyDates.find((d) => d.id === 'ngay-bau-cu')!.date;
    expect(birthYearRange(electionDay)).toEqual({ min: 1940, max: 2008, reason: 'đủ 18 tuổi vào ngày bầu cử 15/3/2026', latestBirthDay: '2008-03-15' });
    expect(birthYearRange('2031-05-20')).toMatchObject({ min: 1945, max: 2013 });
  });

  it('years of earlier awards run from 1945 to the current year', () => {
    const range = awardYearRange(2026);
    expect(range).toEqual({ min: 1945, max: 2026 });
    expect(yearProblem('2024', range, 'Năm khen thưởng')).toBeUndefined();
    expect(yearProblem('1945', range, 'Năm khen thưởng')).toBeUndefined();
    expect(yearProblem('1944', range, 'Năm khen thưởng')).toBe('Năm khen thưởng phải trong khoảng từ 1945 đến 2026.');
    expect(yearProblem('2027', range, 'Năm khen thưởng')).toBe('Năm khen thưởng phải trong khoảng từ 1945 đến 2026.');
    expect(yearProblem('1e309', range, 'Năm khen thưởng')).toBe('Năm khen thưởng phải gồm 4 chữ số, ví dụ 2006.');
  });
});
