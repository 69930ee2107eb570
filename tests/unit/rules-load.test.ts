import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../../src/domain/rules';
import { loadRules } from '../support/rules';

describe('rules data', () => {
  it('loads every rules file through the zod schemas', () => {
    const rules = loadRules();
    expect(rules.awards.map((award) => award.id)).toEqual(['bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    expect(rules.quotas).toHaveLength(11);
    expect(rules.planDocument.number).toBe('0125/KH-UBND');
  });

  it('labels clauses the way the plan numbers them', () => {
    expect(clauseLabel('muc-iii-3-2-a-g1-y3')).toBe('Mục III.3.2.a');
    expect(clauseLabel('muc-ii-2-dd')).toBe('Mục II.2.đ');
    expect(clauseLabel('muc-iv-luu-y')).toBe('Mục IV, Lưu ý');
    expect(clauseLabel('muc-v-2')).toBe('Mục V.2');
  });
});
