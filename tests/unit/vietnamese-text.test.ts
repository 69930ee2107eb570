// The one Vietnamese text module (src/text/vietnamese.ts): names and templates, the whole-number
// rule of the whole site, shares and percentages, dates of Nghị định 30.
import { describe, expect, it } from 'vitest';
import {
  BLANK,
  dateParts,
  fillTemplate,
  formatCount,
  formatHundredths,
  hundredthsOf,
  isBlank,
  longDate,
  parsePercent,
  parseTypedDate,
  parseWholeNumber,
  quotedName,
  shortDate,
  wholeNumberUpTo,
  withoutDiacritics,
} from '../../src/text/vietnamese';

describe('names and templates', () => {
  it('folds diacritics, đ included, and quotes names', () => {
    expect(withoutDiacritics('Đặng Thị Ánh')).toBe('Dang Thi Anh');
    expect(quotedName('  Nguyễn  Văn An ')).toBe('“Nguyễn Văn An”');
    expect(quotedName(' ')).toBe('(chưa có tên)');
    expect(isBlank(' \n')).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('a')).toBe(false);
  });

  it('fills only the slots it is given, never from the prototype chain', () => {
    expect(fillTemplate('{a} và {b}', { a: 'x' })).toBe('x và {b}');
    expect(fillTemplate('{a}{a}', { a: 1 })).toBe('11');
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});

describe('the whole-number rule of the site', () => {
  it.each([
    ['12500', 12500n],
    ['12.500', 12500n],
    ['1.234.567', 1234567n],
    [' 12 500 ', 12500n],
    ['12\u00a0500', 12500n],
    ['0', 0n],
    ['007', 7n],
    ['100000000000000000000000', 100000000000000000000000n],
  ])('reads %j as %s', (typed, value) => {
    expect(parseWholeNumber(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-3', 'negative'],
    ['−3', 'negative'],
    ['3,0', 'decimal'],
    ['3,5', 'decimal'],
    ['12.5', 'decimal'],
    ['3.0', 'decimal'],
    ['1,000', 'decimal'],
    ['1e4', 'invalid'],
    ['+5', 'invalid'],
    ['12.34.567', 'invalid'],
    ['98%', 'invalid'],
    ['mười', 'invalid'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(parseWholeNumber(typed)).toEqual({ ok: false, problem });
  });

  it('caps a count where a larger one can only be a typing error', () => {
    expect(wholeNumberUpTo('9', 999)).toBe(9);
    expect(wholeNumberUpTo('999', 999)).toBe(999);
    expect(wholeNumberUpTo('1.000', 999)).toBeNull();
    expect(wholeNumberUpTo('999999999999999999999', 999)).toBeNull();
    expect(wholeNumberUpTo('7,0', 999)).toBeNull();
  });
});

describe('shares and percentages', () => {
  it('rounds down where a share must never look reached (the turnout), exactly', () => {
    expect(formatHundredths(hundredthsOf(6, 7, 'down'), true)).toBe('85,71');
    expect(formatHundredths(hundredthsOf(9799, 10000, 'down'), true)).toBe('97,99');
    expect(formatHundredths(hundredthsOf(97996, 100000, 'down'), true)).toBe('97,99');
    expect(formatHundredths(hundredthsOf(2449999n, 2500001n, 'down'), true)).toBe('97,99');
    expect(formatHundredths(hundredthsOf(7, 7, 'down'), true)).toBe('100');
    expect(formatHundredths(hundredthsOf(1234567, 200, 'down'), true)).toBe('617.283,5');
    expect(hundredthsOf(3, 0, 'down')).toBe(0n);
  });

  it('rounds ordinarily, halves up, where the share is only reported (votes)', () => {
    expect(formatHundredths(hundredthsOf(7, 9, 'nearest'), true)).toBe('77,78');
    expect(formatHundredths(hundredthsOf(2, 3, 'nearest'), true)).toBe('66,67');
    expect(formatHundredths(hundredthsOf(1, 3, 'nearest'), true)).toBe('33,33');
    expect(formatHundredths(hundredthsOf(1, 8, 'nearest'), true)).toBe('12,5');
    expect(formatHundredths(hundredthsOf(1, 80000, 'nearest'), true)).toBe('0');
    expect(formatHundredths(hundredthsOf(1, 40000, 'nearest'), true)).toBe('0');
    expect(formatHundredths(hundredthsOf(1, 20000, 'nearest'), true)).toBe('0,01');
  });

  it('reads a share typed in percent with a decimal comma, and says what is wrong otherwise', () => {
    expect(parsePercent('72')).toEqual({ ok: true, hundredths: 7200n });
    expect(parsePercent(' 72 % ')).toEqual({ ok: true, hundredths: 7200n });
    expect(parsePercent('9,5')).toEqual({ ok: true, hundredths: 950n });
    expect(parsePercent('9,25%')).toEqual({ ok: true, hundredths: 925n });
    expect(parsePercent('100')).toEqual({ ok: true, hundredths: 10000n });
    expect(parsePercent('120')).toEqual({ ok: true, hundredths: 12000n }); // the range is the caller's
    expect(parsePercent('')).toEqual({ ok: false, problem: 'empty' });
    expect(parsePercent('-3')).toEqual({ ok: false, problem: 'negative' });
    expect(parsePercent('72.5')).toEqual({ ok: false, problem: 'dot' });
    for (const typed of ['9,555', '1000', '7 2,5,1', 'abc', ',5', '1e2']) expect(parsePercent(typed).ok, typed).toBe(false);
    expect(formatHundredths(950n, true)).toBe('9,5');
  });

  it('writes thousands with dots', () => {
    expect(formatCount(1234567n)).toBe('1.234.567');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(98)).toBe('98');
  });
});

describe('dates (Nghị định 30)', () => {
  it('pads days under 10 and months 1 and 2 only', () => {
    expect(dateParts({ day: 5, month: 3, year: 2026 })).toEqual({ day: '05', month: '3', year: '2026' });
    expect(dateParts({ day: 15, month: 1, year: 2026 })).toEqual({ day: '15', month: '01', year: '2026' });
    expect(dateParts({ day: 9, month: 2, year: 2026 }).month).toBe('02');
    expect(dateParts({ day: 31, month: 12, year: 2025 })).toEqual({ day: '31', month: '12', year: '2025' });
    expect(dateParts({ year: 2026 })).toEqual({ day: BLANK, month: BLANK, year: '2026' });
    expect(dateParts({ day: 0, month: 13, year: 2026 })).toEqual({ day: BLANK, month: BLANK, year: '2026' });
    expect(shortDate({ day: 5, month: 3, year: 2026 })).toBe('05/3/2026');
    expect(shortDate({ year: 2026 })).toBe('…/…/2026');
    expect(longDate({ day: 18, month: 11, year: 2025 })).toBe('18 tháng 11 năm 2025');
  });

  it('reads a typed date, or a month or a year alone, and refuses dates that do not exist', () => {
    expect(parseTypedDate('05/3/2026')).toEqual({ day: 5, month: 3, year: 2026 });
    expect(parseTypedDate(' 5-3-2026 ')).toEqual({ day: 5, month: 3, year: 2026 });
    expect(parseTypedDate('3/2026')).toEqual({ month: 3, year: 2026 });
    expect(parseTypedDate('2026')).toEqual({ year: 2026 });
    expect(parseTypedDate('29/02/2028')).toEqual({ day: 29, month: 2, year: 2028 });
    for (const typed of ['29/02/2026', '31/4/2026', '0/3/2026', '5/13/2026', '5/3/1999', '5/3/26', 'mai', '']) expect(parseTypedDate(typed)).toBeUndefined();
  });
});
