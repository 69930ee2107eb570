import { describe, expect, it } from 'vitest';
import {
  allowedTypes,
  evaluateQuota,
  kindFor,
  parseGroupCount,
  refusalToAdd,
  summariseSelfCheck,
  summariseSelfChecks,
  validateNominee,
  womenShare,
  type NomineeSelfCheck,
  type QuotaInput,
  type QuotaNominee,
} from '../../src/domain/quotas';
import { eligibilityRecords } from '../../src/domain/eligibility';
import { birthYearRange } from '../../src/domain/ranges';
import { NOMINEE_TEXT_LIMITS } from '../../src/schemas/textLimits';
import type { SelfCheckAnswers } from '../../src/schemas/selfCheck';
import type { QuotaCategory } from '../../src/schemas/quota';
import { loadRules } from '../support/rules';

const rules = loadRules();
/** Years of birth for election day 15/3/2026 (content/rules/key-dates.yaml): 1940–2008. */
const BIRTH_YEARS = birthYearRange('2026-03-15');
const category = (id: string): QuotaCategory => {
  const found = rules.quotas.find((c) => c.id === id);
  if (!found) throw new Error(`no quota category ${id}`);
  return found;
};

let serial = 0;
const individual = (overrides: Partial<QuotaNominee> = {}): QuotaNominee => ({
  id: `n${++serial}`,
  type: 'individual',
  name: `Nguyễn Văn ${serial}`,
  position: 'Chuyên viên',
  unit: 'Văn phòng',
  birthYear: '1985',
  gender: 'nam',
  holdsLeadershipPost: false,
  womenSharePercent: '',
  ...overrides,
});
const collective = (overrides: Partial<QuotaNominee> = {}): QuotaNominee => ({
  id: `n${++serial}`,
  type: 'collective',
  name: `Phòng ${serial}`,
  womenSharePercent: '',
  ...overrides,
});
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);
const allEligible = (nominees: QuotaNominee[]) =>
  Object.fromEntries(nominees.map((n) => [n.id, { outcome: 'eligible' } satisfies NomineeSelfCheck]));

const evaluate = (id: string, nominees: QuotaNominee[], extra: Partial<QuotaInput> = {}) =>
  evaluateQuota({ category: category(id), nominees, selfChecks: allEligible(nominees), principles: rules.principles, birthYears: BIRTH_YEARS, ...extra });
const codes = (result: ReturnType<typeof evaluateQuota>) => result.issues.map((issue) => issue.code);

// The plan's numbers (Mục IV.2), written here once more on purpose: a change to quotas.yaml must be deliberate.
const SEPARATE: Record<string, { collectives: number; individuals: number }> = {
  'ban-chi-dao-bau-cu-tinh': { collectives: 0, individuals: 5 },
  'to-giup-viec-ban-chi-dao': { collectives: 0, individuals: 5 },
  'uy-ban-bau-cu-tinh': { collectives: 0, individuals: 5 },
  'to-giup-viec-uy-ban-bau-cu': { collectives: 0, individuals: 5 },
  'ban-bau-cu-dbqh': { collectives: 0, individuals: 1 },
  'ban-bau-cu-hdnd-tinh': { collectives: 0, individuals: 1 },
  'doan-kiem-tra-giam-sat': { collectives: 0, individuals: 1 },
  'co-quan-nhom-1-tap-the-3-ca-nhan': { collectives: 1, individuals: 3 },
  'co-quan-nhom-2-tap-the-5-ca-nhan': { collectives: 2, individuals: 5 },
};
const EITHER: Record<string, number> = { 'co-quan-cap-tinh-con-lai': 1, 'xa-phuong': 2 };

describe('quota data', () => {
  it('covers every category of the plan with the numbers above', () => {
    expect(rules.quotas.map((c) => c.id).sort()).toEqual([...Object.keys(SEPARATE), ...Object.keys(EITHER)].sort());
  });

  it('lists each unit whole (a comma inside a name does not split it)', () => {
    expect(category('xa-phuong').units).toEqual(['Xã, phường']);
    expect(category('co-quan-cap-tinh-con-lai').units).toHaveLength(1);
    expect(category('co-quan-nhom-1-tap-the-3-ca-nhan').units).toContain('Sở Văn hóa, Thể thao và Du lịch');
  });
});

describe('categories with separate limits, at the limit and one over', () => {
  for (const [id, limit] of Object.entries(SEPARATE)) {
    const perGroup = category(id).basis !== 'unit' ? { groupCount: '1' } : {};

    it(`${id}: ${limit.collectives} collectives and ${limit.individuals} individuals fit`, () => {
      const list = [...times(limit.collectives, collective), ...times(limit.individuals, individual)];
      const result = evaluate(id, list, perGroup);
      expect(result.allowance).toEqual({ kind: 'separate', ...limit });
      expect(result.counts).toEqual({ collectives: limit.collectives, individuals: limit.individuals, total: list.length });
      expect(result.issues).toEqual([]);
      expect(result.ready).toBe(true);
    });

    it(`${id}: one individual over the limit is refused, saying by how much and which clause`, () => {
      const list = times(limit.individuals + 1, individual);
      const result = evaluate(id, list, perGroup);
      const over = result.issues.filter((issue) => issue.code === 'over-limit');
      expect(over).toHaveLength(1);
      expect(over[0]).toMatchObject({ severity: 'blocking', counted: 'individual', excess: 1, clause: category(id).clause });
      expect(over[0]!.message).toContain('Vượt số lượng 1 cá nhân');
      expect(over[0]!.message).toContain(`tối đa ${limit.individuals} cá nhân`);
      expect(over[0]!.message).toContain(category(id).sourceText);
      expect(over[0]!.message).toContain('Mục IV.2.a');
      expect(result.ready).toBe(false);
      expect(refusalToAdd({ category: category(id), nominees: times(limit.individuals, individual), ...perGroup }, 'individual')?.message).toMatch(
        /^Không thêm được: .* tối đa \d+ cá nhân/,
      );
    });

    if (limit.collectives === 0) {
      it(`${id}: a collective is refused with the reason`, () => {
        const result = evaluate(id, [collective()], perGroup);
        expect(codes(result)).toEqual(['type-not-allowed']);
        expect(result.issues[0]!.message).toContain('chỉ được đề nghị cá nhân, không đề nghị tập thể');
        expect(result.ready).toBe(false);
        const refusal = refusalToAdd({ category: category(id), nominees: [], ...perGroup }, 'collective');
        expect(refusal?.code).toBe('type-not-allowed');
        expect(refusal?.message).toMatch(/^Không thêm được tập thể: .* chỉ được đề nghị cá nhân/);
        expect(refusal?.message).toContain(category(id).sourceText);
      });
    } else {
      it(`${id}: one collective over the limit is refused`, () => {
        const result = evaluate(id, times(limit.collectives + 1, collective), perGroup);
        expect(result.issues.filter((i) => i.code === 'over-limit')).toMatchObject([{ counted: 'collective', excess: 1 }]);
        expect(result.issues.find((i) => i.code === 'over-limit')!.message).toContain('Vượt số lượng 1 tập thể');
        expect(result.ready).toBe(false);
      });
    }
  }

  it('names the chosen unit of a multi-unit category', () => {
    const refusal = refusalToAdd({ category: category('co-quan-nhom-1-tap-the-3-ca-nhan'), unitName: 'Công an tỉnh', nominees: [collective()] }, 'collective');
    expect(refusal?.message).toContain('Công an tỉnh được đề nghị tối đa 1 tập thể');
    expect(refusal?.message).toContain('Mục IV.2.a');
  });
});

describe('categories of either kind', () => {
  for (const [id, cases] of Object.entries(EITHER)) {
    it(`${id}: ${cases} cases of any mix fit, ${cases + 1} are over by 1`, () => {
      const mix = [collective(), ...times(cases - 1, individual)];
      const fits = evaluate(id, mix);
      expect(fits.allowance).toEqual({ kind: 'either', cases });
      expect(fits.ready).toBe(true);
      expect(evaluate(id, times(cases, collective)).ready).toBe(true);
      expect(evaluate(id, times(cases, individual)).ready).toBe(true);

      const over = evaluate(id, [...mix, individual()]);
      const issue = over.issues.find((i) => i.code === 'over-limit');
      expect(issue).toMatchObject({ counted: 'either', excess: 1, clause: category(id).clause });
      expect(issue!.message).toContain(`Vượt số lượng 1 trường hợp: danh sách có ${cases + 1} trường hợp`);
      expect(issue!.message).toContain('(tập thể hoặc cá nhân)');
      expect(over.ready).toBe(false);
    });
  }

  it('a commune with 1 collective and 1 individual is refused a third case of either kind', () => {
    const input = { category: category('xa-phuong'), nominees: [collective(), individual()] };
    for (const type of ['collective', 'individual'] as const) {
      const refusal = refusalToAdd(input, type);
      expect(refusal?.message).toContain('tối đa 2 trường hợp (tập thể hoặc cá nhân) và danh sách đã có 2 trường hợp');
      expect(refusal?.message).toContain('Mục IV.2.b');
    }
    expect(refusalToAdd({ ...input, nominees: [collective()] }, 'individual')).toBeUndefined();
  });

  it('allows changing the type of a nominee in a full list', () => {
    const nominees = [collective(), individual()];
    expect(refusalToAdd({ category: category('xa-phuong'), nominees }, 'collective', nominees[1]!.id)).toBeUndefined();
  });
});

describe('per board and per team scaling', () => {
  for (const id of ['ban-bau-cu-dbqh', 'ban-bau-cu-hdnd-tinh', 'doan-kiem-tra-giam-sat']) {
    it(`${id}: the allowance is the per-group limit times the number typed`, () => {
      const three = evaluate(id, times(3, individual), { groupCount: '3' });
      expect(three.groupCount).toBe(3);
      expect(three.allowance).toEqual({ kind: 'separate', collectives: 0, individuals: 3 });
      expect(three.ready).toBe(true);
      const four = evaluate(id, times(4, individual), { groupCount: ' 03 ' });
      expect(four.issues.find((i) => i.code === 'over-limit')).toMatchObject({ excess: 1 });
      expect(four.issues.find((i) => i.code === 'over-limit')!.message).toMatch(/với 3 (ban|đoàn) được đề nghị tối đa 3 cá nhân/);
      expect(evaluate(id, times(2, individual), { groupCount: 2 }).ready).toBe(true);
    });
  }

  it('per-unit categories ignore the number of boards', () => {
    expect(evaluate('ban-chi-dao-bau-cu-tinh', [individual()], { groupCount: '-4' }).ready).toBe(true);
  });
});

describe('invalid input gets a message', () => {
  const board = category('ban-bau-cu-dbqh');
  const team = category('doan-kiem-tra-giam-sat');
  it.each([
    ['', 'Nhập số ban'],
    ['   ', 'Nhập số ban'],
    ['-2', 'không được là số âm'],
    ['- 1', 'không được là số âm'],
    ['2.5', 'phải là số nguyên'],
    ['1,5', 'phải là số nguyên'],
    ['0', 'phải lớn hơn 0'],
    ['ba', 'phải là một số nguyên dương'],
    ['3 ban', 'phải là một số nguyên dương'],
  ])('board count %j', (typed, message) => {
    const parsed = parseGroupCount(board, typed);
    expect('message' in parsed && parsed.message).toContain(message);
    const result = evaluate('ban-bau-cu-dbqh', [individual()], { groupCount: typed });
    expect(result.allowance).toBeNull();
    expect(result.issues[0]).toMatchObject({ code: 'group-count', target: { kind: 'unit', field: 'groupCount' }, severity: 'blocking' });
    expect(result.ready).toBe(false);
    expect(refusalToAdd({ category: board, nominees: [], groupCount: typed }, 'individual')?.code).toBe('group-count');
  });

  it('reads the number by the one whole-number rule of the site (no decimal part, even a zero one), and names teams as đoàn', () => {
    expect(parseGroupCount(board, '2,0')).toEqual({ message: 'Số ban phải là số nguyên (ví dụ 3), không có phần thập phân.' });
    expect(parseGroupCount(board, ' 12 ')).toEqual({ value: 12 });
    expect(parseGroupCount(board, '1.000')).toEqual({ message: 'Số ban quá lớn: tối đa 999.' });
    expect(parseGroupCount(board, 7)).toEqual({ value: 7 });
    expect(parseGroupCount(team, '')).toEqual({ message: expect.stringContaining('Nhập số đoàn') });
    expect(parseGroupCount(team, -1)).toEqual({ message: 'Số đoàn không được là số âm.' });
    expect(parseGroupCount(team, 1.5)).toEqual({ message: expect.stringContaining('phải là số nguyên') });
  });

  it('still reports a collective in an individuals-only category while the board count is invalid', () => {
    const result = evaluate('ban-bau-cu-dbqh', [collective()], { groupCount: '' });
    expect(codes(result)).toEqual(['group-count', 'type-not-allowed']);
  });

  it('a nominee with an empty name', () => {
    const result = evaluate('xa-phuong', [collective({ name: '  ' }), individual({ name: '' })]);
    expect(result.issues.filter((i) => i.code === 'nominee-invalid').map((i) => [i.target?.kind === 'nominee' ? i.target.field : undefined, i.message])).toEqual([
      ['name', 'Dòng 1 (chưa có tên): Nhập tên tập thể.'],
      ['name', 'Dòng 2 (chưa có tên): Nhập họ và tên.'],
    ]);
    expect(result.ready).toBe(false);
  });

  it.each([
    ['', 'Nhập năm sinh'],
    ['85', 'gồm 4 chữ số'],
    ['19a5', 'gồm 4 chữ số'],
    ['1e309', 'gồm 4 chữ số'],
    ['1939', 'từ 1940 đến 2008 (đủ 18 tuổi vào ngày bầu cử 15/3/2026)'],
    ['2009', 'từ 1940 đến 2008 (đủ 18 tuổi vào ngày bầu cử 15/3/2026)'],
    ['2026', 'từ 1940 đến 2008'],
  ])('year of birth %j', (birthYear, message) => {
    const problems = validateNominee(individual({ birthYear }), BIRTH_YEARS);
    expect(problems).toEqual([{ field: 'birthYear', message: expect.stringContaining(message) }]);
  });

  it('years of birth from 1940 to 2008 for an election on 15/3/2026: at least 18 on election day', () => {
    expect(BIRTH_YEARS).toMatchObject({ min: 1940, max: 2008 });
    expect(eligibilityRecords(rules).birthYears).toEqual(BIRTH_YEARS);
    for (const birthYear of ['1940', '1985', '2008']) expect(validateNominee(individual({ birthYear }), BIRTH_YEARS)).toEqual([]);
  });

  it('a full date of birth of the last year of the range is of age up to election day itself', () => {
    const born = (birthDate: string) => validateNominee(individual({ birthYear: '2008', birthDate }), BIRTH_YEARS);
    expect(born('15/3/2008')).toEqual([]);
    expect(born('01/01/2008')).toEqual([]);
    expect(born('16/3/2008')).toEqual([{ field: 'birthDate', message: 'Ngày sinh 16/3/2008 chưa đủ 18 tuổi vào ngày bầu cử 15/3/2026.' }]);
    // a date that cannot be read is the dossier's message (ngày/tháng/năm), not an age
    expect(born('32/3/2008')).toEqual([]);
  });

  it('the other fields of an individual and the share of women of a collective', () => {
    const fields = validateNominee(individual({ position: '', unit: ' ', gender: '', holdsLeadershipPost: undefined }), BIRTH_YEARS).map((p) => p.field);
    expect(fields).toEqual(['position', 'unit', 'gender', 'holdsLeadershipPost']);
    for (const share of ['72', '72%', '72 %', '72,5', '9,5', '9,25', '0', '100', '100,0', '']) {
      expect(validateNominee(collective({ womenSharePercent: share }), BIRTH_YEARS), share).toEqual([]);
    }
    for (const [share, message] of [
      ['120', 'không được lớn hơn 100%'],
      ['100,5', 'không được lớn hơn 100%'],
      ['-3', 'không được là số âm'],
      ['72.5', 'sau dấu phẩy, ví dụ 72,5 (không dùng dấu chấm)'],
      ['9,555', 'từ 0 đến 100'],
      ['bảy mươi', 'từ 0 đến 100'],
    ]) {
      expect(validateNominee(collective({ womenSharePercent: share }), BIRTH_YEARS), share).toEqual([{ field: 'womenSharePercent', message: expect.stringContaining(message) }]);
    }
    expect(womenShare('9,5')).toEqual({ hundredths: 950n });
    expect(womenShare('72%')).toEqual({ hundredths: 7200n });
  });

  it('names, positions and units longer than their limit are refused with the count, never cut', () => {
    const name = 'Nguyễn Thị Hồng Nhung '.repeat(8).trim(); // 175 characters
    expect(validateNominee(individual({ name }), BIRTH_YEARS)).toEqual([
      { field: 'name', message: `Họ và tên dài ${[...name].length} ký tự, quá giới hạn ${NOMINEE_TEXT_LIMITS.name} ký tự: hãy viết gọn lại.` },
    ]);
    const exactly = 'Ủ'.repeat(NOMINEE_TEXT_LIMITS.unit);
    expect(validateNominee(individual({ unit: exactly, position: 'x'.repeat(NOMINEE_TEXT_LIMITS.position) }), BIRTH_YEARS)).toEqual([]);
    // a letter with its marks counts once, however it was typed (composed or not)
    expect(validateNominee(individual({ unit: 'Ủ'.normalize('NFD').repeat(NOMINEE_TEXT_LIMITS.unit) }), BIRTH_YEARS)).toEqual([]);
    expect(validateNominee(individual({ position: 'x'.repeat(NOMINEE_TEXT_LIMITS.position + 1) }), BIRTH_YEARS)[0]?.field).toBe('position');
    expect(validateNominee(collective({ name: 'P'.repeat(100_000) }), BIRTH_YEARS)[0]?.message).toContain('Tên tập thể dài 100000 ký tự');
  });

  it('an empty list is not ready', () => {
    const result = evaluate('xa-phuong', []);
    expect(codes(result)).toEqual(['empty-list']);
    expect(result.ready).toBe(false);
  });
});

describe('warnings and the self-check', () => {
  it('warns, without blocking, when every individual holds a leadership post, quoting the note of Mục IV', () => {
    const result = evaluate('co-quan-nhom-2-tap-the-5-ca-nhan', [collective(), individual({ holdsLeadershipPost: true }), individual({ holdsLeadershipPost: true })]);
    const warning = result.issues.find((i) => i.code === 'all-leaders');
    expect(warning).toMatchObject({ severity: 'warning', clause: 'muc-iv-luu-y' });
    expect(warning!.message).toContain('Cả 2 cá nhân trong danh sách đều giữ chức vụ lãnh đạo, quản lý.');
    expect(warning!.message).toContain('người không giữ chức vụ lãnh đạo, quản lý');
    expect(warning!.message).toContain('(Mục IV, Lưu ý)');
    expect(result.ready).toBe(true);
    const mixed = evaluate('co-quan-nhom-2-tap-the-5-ca-nhan', [individual({ holdsLeadershipPost: true }), individual()]);
    expect(codes(mixed)).not.toContain('all-leaders');
  });

  it('warns about nominees without a passed self-check, and blocks on an exclusion', () => {
    const [a, b, c, d] = [individual(), individual(), collective(), individual()];
    const result = evaluateQuota({
      category: category('ban-chi-dao-bau-cu-tinh'),
      nominees: [a!, b!, d!],
      principles: rules.principles,
      birthYears: BIRTH_YEARS,
      selfChecks: { [a!.id]: { outcome: 'eligible' }, [b!.id]: { outcome: 'incomplete' } },
    });
    expect(result.issues.map((i) => [i.code, i.severity, i.target?.kind === 'nominee' ? i.target.id : undefined])).toEqual([
      ['self-check-not-passed', 'warning', b!.id],
      ['self-check-not-passed', 'warning', d!.id],
    ]);
    expect(result.issues[0]!.message).toContain('chưa tự kiểm tra xong');
    expect(result.issues[1]!.message).toContain('chưa tự kiểm tra tiêu chuẩn');
    expect(result.ready).toBe(true);

    const excluded = evaluateQuota({
      category: category('xa-phuong'),
      nominees: [c!, a!],
      principles: rules.principles,
      birthYears: BIRTH_YEARS,
      selfChecks: {
        [c!.id]: { outcome: 'excluded', reasons: [{ text: 'Có đơn thư khiếu nại, tố cáo.', clause: 'muc-iii-1-b-g4' }] },
        [a!.id]: { outcome: 'not-eligible', reasons: [{ text: 'Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên.', clause: 'muc-iii-3-2-a-g1-y3' }] },
      },
    });
    const block = excluded.issues.find((i) => i.code === 'self-check-excluded');
    expect(block).toMatchObject({ severity: 'blocking', target: { kind: 'nominee', id: c!.id }, clause: 'muc-iii-1-b-g4' });
    expect(block!.message).toContain('Có đơn thư khiếu nại, tố cáo. (Mục III.1.b)');
    expect(excluded.issues.find((i) => i.code === 'self-check-not-passed')!.message).toContain('chưa đạt tiêu chuẩn');
    expect(excluded.ready).toBe(false);
  });

  it('blocks on an achievement already rewarded, with its clause, like an exclusion under review', () => {
    const nominee = collective();
    const result = evaluate('xa-phuong', [nominee], {
      selfChecks: {
        [nominee.id]: { outcome: 'already-rewarded', reasons: [{ text: 'Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được.', clause: 'muc-iii-1-b-g2' }] },
      },
    });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['self-check-already-rewarded', 'blocking']]);
    expect(result.issues[0]).toMatchObject({ target: { kind: 'nominee', id: nominee.id }, clause: 'muc-iii-1-b-g2' });
    expect(result.issues[0]!.message).toMatch(/^Dòng 1 “Phòng \d+”: tự kiểm tra cho thấy thành tích này đã được khen thưởng, không đề nghị khen thưởng cho thành tích này: Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được\. \(Mục III\.1\.b\)\.$/);
    expect(result.ready).toBe(false);
  });

  it('warns about names given twice, naming both rows, whatever the spaces and case; every line names its row', () => {
    const first = individual({ name: 'Nguyễn Văn An', birthYear: '' });
    const second = individual({ name: '  nguyễn  văn AN ', birthYear: '' });
    const other = individual({ name: 'Nguyễn Văn Ân' }); // another name: the marks count
    const result = evaluate('ban-chi-dao-bau-cu-tinh', [first, other, second]);
    const duplicate = result.issues.filter((i) => i.code === 'duplicate-name');
    expect(duplicate).toEqual([
      {
        code: 'duplicate-name',
        severity: 'warning',
        target: { kind: 'nominee', id: second.id, field: 'name' },
        message: 'Dòng 3 “nguyễn văn AN” trùng tên với dòng 1: nếu nhập hai lần, hãy xóa một dòng; nếu là hai cá nhân khác nhau, hãy kiểm tra lại tên.',
      },
    ]);
    // the two people's errors can be told apart by their row
    expect(result.issues.filter((i) => i.code === 'nominee-invalid').map((i) => i.message)).toEqual([
      'Dòng 1 “Nguyễn Văn An”: Nhập năm sinh (4 chữ số, ví dụ 1988).',
      'Dòng 3 “nguyễn văn AN”: Nhập năm sinh (4 chữ số, ví dụ 1988).',
    ]);
  });
});

describe('what a category allows (Mục IV.2, content/rules/nominee-kinds.yaml proposedBy)', () => {
  it('a category whose separate limit for collectives is 0 offers individuals only; the others both', () => {
    for (const c of rules.quotas) {
      const expected = c.limit.kind === 'separate' && c.limit.collectives === 0 ? ['individual'] : ['collective', 'individual'];
      expect(allowedTypes(c), c.id).toEqual(expected);
    }
    expect(allowedTypes(category('ban-bau-cu-hdnd-tinh'))).toEqual(['individual']);
    expect(allowedTypes(category('xa-phuong'))).toEqual(['collective', 'individual']);
  });

  it('each category and allowed type has exactly one kind: a commune proposes itself, a provincial body its units, anyone individuals', () => {
    for (const c of rules.quotas) {
      for (const type of allowedTypes(c)) {
        expect(rules.nomineeKinds.filter((k) => k.nomineeType === type && k.proposedBy.includes(c.group)).length, `${c.id} ${type}`).toBe(1);
      }
    }
    expect(kindFor(category('xa-phuong'), 'collective', rules.nomineeKinds)?.id).toBe('xa-phuong');
    expect(kindFor(category('co-quan-nhom-1-tap-the-3-ca-nhan'), 'collective', rules.nomineeKinds)?.id).toBe('co-quan-don-vi');
    expect(kindFor(category('xa-phuong'), 'individual', rules.nomineeKinds)?.id).toBe('ca-nhan');
    expect(kindFor(category('ban-chi-dao-bau-cu-tinh'), 'individual', rules.nomineeKinds)?.id).toBe('ca-nhan');
  });
});

describe('self-check summaries for the quota check', () => {
  const records = eligibilityRecords(rules);
  const criteria = rules.criteria.filter((c) => c.nomineeKind === 'ca-nhan' && c.award === 'bang-khen-chu-tich-ubnd-tinh');
  const exclusions = rules.principles.filter((p) => p.kind === 'exclusion');
  const answers = (overrides: Record<string, 'yes' | 'no'> = {}): SelfCheckAnswers => ({
    award: 'bang-khen-chu-tich-ubnd-tinh',
    nomineeKind: 'ca-nhan',
    inScope: 'yes',
    answers: {
      ...Object.fromEntries(criteria.map((c) => [c.id, 'yes' as const])),
      ...Object.fromEntries(exclusions.map((e) => [e.id, 'no' as const])),
      ...overrides,
    },
    turnout: { registered: '', voted: '' },
  });

  it('evaluates the saved answers again: eligible, excluded (with the exclusion and its clause), already rewarded, not eligible, incomplete', () => {
    expect(criteria.length).toBeGreaterThan(0);
    expect(summariseSelfCheck(undefined, records)).toBeUndefined();
    expect(summariseSelfCheck(answers(), records)).toEqual({ outcome: 'eligible', reasons: [] });
    const excluded = summariseSelfCheck(answers({ 'don-thu-dang-xac-minh': 'yes' }), records);
    expect(excluded).toEqual({ outcome: 'excluded', reasons: [{ text: 'Có đơn thư khiếu nại, tố cáo.', clause: 'muc-iii-1-b-g4' }] });
    expect(summariseSelfCheck(answers({ 'thanh-tich-da-duoc-khen': 'yes' }), records)).toEqual({
      outcome: 'already-rewarded',
      reasons: [{ text: 'Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được.', clause: 'muc-iii-1-b-g2' }],
    });
    expect(summariseSelfCheck(answers({ [criteria[0]!.id]: 'no' }), records)).toMatchObject({
      outcome: 'not-eligible',
      reasons: [{ text: criteria[0]!.text, clause: criteria[0]!.clause }],
    });
    expect(summariseSelfCheck({ ...answers(), inScope: undefined }, records)?.outcome).toBe('incomplete');
    expect(summariseSelfCheck({ ...answers(), award: undefined }, records)?.outcome).toBe('incomplete');
  });

  it('an exclusion found by the self-check blocks the list', () => {
    const nominee = individual();
    const selfChecks = summariseSelfChecks([nominee], { [nominee.id]: answers({ 'dang-xem-xet-ky-luat': 'yes' }) }, records);
    const result = evaluate('ban-chi-dao-bau-cu-tinh', [nominee], { selfChecks });
    expect(result.issues.map((i) => i.code)).toEqual(['self-check-excluded']);
    expect(result.issues[0]!.message).toContain('Cơ quan có thẩm quyền đang xem xét thi hành kỷ luật. (Mục III.1.b)');
    expect(result.ready).toBe(false);
  });
});
