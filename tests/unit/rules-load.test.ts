import { describe, expect, it } from 'vitest';
import { clauseLabel, inPlanOrder, type Rules } from '../../src/domain/rules';
import { loadRules } from '../support/rules';

describe('rules data', () => {
  it('loads every rules file through the zod schemas', () => {
    const rules = loadRules();
    expect(rules.awards.map((award) => award.id)).toEqual(['bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    expect(rules.quotas).toHaveLength(11);
    expect(rules.planDocument.number).toBe('0125/KH-UBND');
  });

  it("puts the records in the plan's order whatever order they are loaded in (the content store returns them by id)", () => {
    const rules = loadRules();
    const reversed = Object.fromEntries(Object.entries(rules).map(([key, value]) => [key, Array.isArray(value) ? [...value].reverse() : value])) as unknown as Rules;
    expect(reversed.awards[0]!.id).not.toBe(rules.awards[0]!.id);
    const sorted = inPlanOrder(reversed);
    const ids = (records: { id: string }[]) => records.map((record) => record.id);
    for (const key of ['awards', 'nomineeKinds', 'quotas', 'keyDates', 'legalReferences'] as const) expect(ids(sorted[key]), key).toEqual(ids(rules[key]));
    // criteria are numbered within a kind of nominee, principles within their kind
    for (const kind of rules.nomineeKinds) {
      const ofKind = (criteria: Rules['criteria']) => ids(criteria.filter((criterion) => criterion.nomineeKind === kind.id));
      expect(ofKind(sorted.criteria), kind.id).toEqual(ofKind(rules.criteria));
    }
    for (const kind of ['principle', 'exclusion', 'priority'] as const) {
      const ofKind = (principles: Rules['principles']) => ids(principles.filter((principle) => principle.kind === kind));
      expect(ofKind(sorted.principles), kind).toEqual(ofKind(rules.principles));
    }
  });

  it('labels clauses the way the plan numbers them', () => {
    expect(clauseLabel('muc-iii-3-2-a-g1-y3')).toBe('Mục III.3.2.a');
    expect(clauseLabel('muc-ii-2-dd')).toBe('Mục II.2.đ');
    expect(clauseLabel('muc-iv-luu-y')).toBe('Mục IV, Lưu ý');
    expect(clauseLabel('muc-v-2')).toBe('Mục V.2');
  });
});
