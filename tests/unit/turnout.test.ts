import { describe, expect, it } from 'vitest';
import { computeTurnout, isTurnoutEmpty, MAX_VOTERS } from '../../src/domain/turnout';
import { formatCount, formatHundredths, formatPercent } from '../../src/text/vietnamese';
import { loadRules } from '../support/rules';

const minimum = (() => {
  const turnout = loadRules().criteria.find((c) => c.check.type === 'turnout');
  if (!turnout || turnout.check.type !== 'turnout') throw new Error('criteria.yaml has no turnout criterion');
  return turnout.check.minimumPercent;
})();

const ok = (registered: string, voted: string) => {
  const result = computeTurnout({ registered, voted }, minimum);
  if (!result.ok) throw new Error(`expected valid figures, got ${JSON.stringify(result.errors)}`);
  return result.turnout;
};
const errors = (registered: string, voted: string) => {
  const result = computeTurnout({ registered, voted }, minimum);
  if (result.ok) throw new Error('expected an error');
  return result.errors;
};

describe('voter turnout', () => {
  it('reads the 98% minimum from criteria.yaml', () => {
    expect(minimum).toBe(98);
  });

  it('passes at exactly 98.00% and fails at 97.99%', () => {
    expect(ok('10000', '9800')).toMatchObject({ meets: true, hundredths: 9800n });
    expect(ok('10000', '9799')).toMatchObject({ meets: false, hundredths: 9799n });
    expect(ok('50', '49')).toMatchObject({ meets: true, hundredths: 9800n });
    expect(ok('100', '98')).toMatchObject({ meets: true });
    expect(ok('100', '97')).toMatchObject({ meets: false });
  });

  it('never rounds a failing turnout up to the minimum', () => {
    // 97.9999%: floating-point rounding to two decimals would print 98.00%
    const turnout = ok('1.000.000', '979.999');
    expect(turnout.meets).toBe(false);
    expect(formatPercent(turnout.hundredths)).toBe('97,99%');
    expect(ok('999.999', '979.998').meets).toBe(false);
    // just at and above: 98.00%
    expect(ok('1.000.000', '980.000').meets).toBe(true);
    expect(ok('999.999', '980.000').meets).toBe(true);
  });

  it('refuses more voters than a commune or ward has (1.000.000), saying the maximum', () => {
    expect(MAX_VOTERS).toBe(1_000_000);
    expect(ok('1000000', '1000000').meets).toBe(true);
    expect(errors('1000001', '9800')).toEqual([
      { field: 'registered', message: 'Số cử tri có tên trong danh sách cử tri quá lớn: tối đa 1.000.000 (cử tri của một xã, phường).' },
    ]);
    expect(errors('100000000000000000000000', '98000000000000000000000').map((e) => e.field)).toEqual(['registered', 'voted']);
  });

  it('handles 0 voters and 100% turnout', () => {
    expect(ok('1200', '0')).toMatchObject({ meets: false, hundredths: 0n });
    expect(ok('1200', '1200')).toMatchObject({ meets: true, hundredths: 10000n });
  });

  it('accepts spaces and Vietnamese thousands dots', () => {
    expect(ok(' 12.500 ', '12 300')).toMatchObject({ registered: 12500n, voted: 12300n });
    expect(ok('234.567', '234.000')).toMatchObject({ registered: 234567n });
    // no-break spaces, as figures pasted from a spreadsheet or a PDF carry them
    expect(ok('12\u00a0500', '12\u202f300')).toMatchObject({ registered: 12500n, voted: 12300n });
  });

  it('formats counts and percentages the Vietnamese way', () => {
    expect(formatCount(1234567n)).toBe('1.234.567');
    expect(formatCount(98n)).toBe('98');
    expect(formatPercent(9850n)).toBe('98,50%');
    expect(formatPercent(10000n)).toBe('100,00%');
    expect(formatPercent(5n)).toBe('0,05%');
    // the documents drop trailing zeros
    expect(formatHundredths(9850n, true)).toBe('98,5');
    expect(formatHundredths(9800n, true)).toBe('98');
    expect(formatHundredths(5n, true)).toBe('0,05');
  });

  it('says when both fields are empty', () => {
    expect(isTurnoutEmpty({ registered: ' ', voted: '' })).toBe(true);
    expect(isTurnoutEmpty({ registered: '1', voted: '' })).toBe(false);
  });
});

describe('invalid voter figures get a Vietnamese message, not an outcome', () => {
  it('empty', () => {
    expect(errors('', '')).toEqual([
      { field: 'registered', message: 'Nhập số cử tri có tên trong danh sách cử tri.' },
      { field: 'voted', message: 'Nhập số cử tri đã đi bầu.' },
    ]);
    expect(errors('1000', '  ')).toEqual([{ field: 'voted', message: 'Nhập số cử tri đã đi bầu.' }]);
  });

  it.each([['97,9'], ['12.5'], ['1e4'], ['mười'], ['98%'], ['1,000'], ['+5'], ['12.34.567']])('not a whole number: %s', (value) => {
    expect(errors(value, '1')).toEqual([
      {
        field: 'registered',
        message: 'Số cử tri có tên trong danh sách cử tri phải là một số nguyên (chỉ gồm chữ số, không có phần thập phân), ví dụ 12500.',
      },
    ]);
    expect(errors('1000', value)).toEqual([
      { field: 'voted', message: 'Số cử tri đã đi bầu phải là một số nguyên (chỉ gồm chữ số, không có phần thập phân), ví dụ 12500.' },
    ]);
  });

  it('negative', () => {
    expect(errors('-1000', '5')).toEqual([{ field: 'registered', message: 'Số cử tri có tên trong danh sách cử tri không được là số âm.' }]);
    expect(errors('1000', '-5')).toEqual([{ field: 'voted', message: 'Số cử tri đã đi bầu không được là số âm.' }]);
    expect(errors('1000', '−5')).toEqual([{ field: 'voted', message: 'Số cử tri đã đi bầu không được là số âm.' }]);
  });

  it('zero registered voters', () => {
    expect(errors('0', '0')).toEqual([{ field: 'registered', message: 'Số cử tri có tên trong danh sách cử tri phải lớn hơn 0.' }]);
  });

  it('more voters than registered', () => {
    expect(errors('1000', '1001')).toEqual([
      { field: 'voted', message: 'Số cử tri đã đi bầu không được lớn hơn số cử tri có tên trong danh sách cử tri.' },
    ]);
  });

  it('reports both fields at once', () => {
    expect(errors('0', 'abc').map((e) => e.field)).toEqual(['registered', 'voted']);
  });

  it('every message is NFC Vietnamese', () => {
    const all = [...errors('', ''), ...errors('x', '-1'), ...errors('0', '1'), ...errors('1', '2')].map((e) => e.message);
    for (const message of all) expect(message).toBe(message.normalize('NFC'));
  });
});
