// content/plan/*.mdx against the kept source: the whole text word for word (only the typing
// errors of corrections.yaml corrected), and a stable anchor on every clause.
import { describe, expect, it } from 'vitest';
import { planOutline } from '../../src/components/plan/outline';
import { clauseId } from '../../src/schemas/clause';
import { loadPlanSections, planClauses, planText, type MdxClause } from '../support/planMdx';
import { sourceBody } from '../support/planSource';

const sections = loadPlanSections();
const clauses = planClauses(sections);

/** Where two texts first differ, with context, for a readable failure. */
function firstDifference(actual: string, expected: string): string {
  let index = 0;
  while (index < actual.length && actual[index] === expected[index]) index++;
  return `content/plan: "…${actual.slice(Math.max(0, index - 60), index + 60)}…"\nvăn bản gốc:  "…${expected.slice(Math.max(0, index - 60), index + 60)}…"`;
}

describe('plan MDX', () => {
  it('has the preamble, sections I–VI and the closing, in order', () => {
    expect(sections.map((section) => section.frontmatter.numeral ?? section.frontmatter.anchor)).toEqual([
      'mo-dau', 'I', 'II', 'III', 'IV', 'V', 'VI', 'phan-ket',
    ]);
    for (const section of sections.filter((candidate) => candidate.frontmatter.numeral)) {
      expect(section.frontmatter.anchor).toBe(`muc-${section.frontmatter.numeral!.toLowerCase()}`);
    }
  });

  it('reproduces the source text word for word, typing errors corrected', () => {
    const actual = planText(sections);
    const expected = sourceBody();
    if (actual !== expected) expect.fail(firstDifference(actual, expected));
    expect(actual.length).toBeGreaterThan(15_000);
  });
});

describe('clause anchors', () => {
  it('are valid clause ids (src/schemas/clause.ts) and unique', () => {
    const ids = clauses.map((clause) => clause.id);
    for (const id of ids) expect(clauseId.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follow from the numbering: item, letter (đ → dd), n-th dash (g), n-th plus (y)', () => {
    const counters = new Map<string, { g: number; y: number }>();
    const expectedId = (clause: MdxClause): string => {
      const count = counters.get(clause.parent) ?? { g: 0, y: 0 };
      counters.set(clause.parent, count);
      if (clause.tag === 'Note') return 'muc-iv-luu-y';
      if (clause.tag === 'Item') {
        const section = clause.parent.match(/^muc-[ivx]+/)![0];
        return `${section}-${clause.label.replace(/\.$/, '').split('.').join('-')}`;
      }
      if (clause.label === '-') return `${clause.parent}-g${++count.g}`;
      if (clause.label === '+') return `${clause.parent}-y${++count.y}`;
      const letter = clause.label.match(/^([a-zđ])\)$/)?.[1];
      if (!letter) throw new Error(`nhãn lạ "${clause.label}" ở ${clause.id}`);
      return `${clause.parent}-${letter === 'đ' ? 'dd' : letter}`;
    };
    const mismatched = clauses.map((clause) => [clause.id, expectedId(clause)]).filter(([id, expected]) => id !== expected);
    expect(mismatched).toEqual([]);
  });

  it('cover every lettered point and bullet of the source', () => {
    const count = (label: RegExp) => clauses.filter((clause) => label.test(clause.label)).length;
    // Counted in content/source/ke-hoach-0125-KH-UBND.txt.
    expect(count(/^[a-zđ]\)$/)).toBe(23);
    expect(count(/^-$/)).toBe(29);
    expect(count(/^\+$/)).toBe(10);
    expect(clauses.filter((clause) => clause.tag === 'Item').map((clause) => clause.id)).toEqual([
      'muc-i-1', 'muc-i-2', 'muc-ii-1', 'muc-ii-2', 'muc-ii-3', 'muc-iii-1', 'muc-iii-2', 'muc-iii-3', 'muc-iii-3-1',
      'muc-iii-3-2', 'muc-iii-3-3', 'muc-iv-1', 'muc-iv-2', 'muc-iv-3', 'muc-v-1', 'muc-v-2', 'muc-v-3',
      'muc-vi-1', 'muc-vi-2', 'muc-vi-3', 'muc-vi-4', 'muc-vi-5', 'muc-vi-6',
    ]);
  });
});

describe('planOutline', () => {
  it('lists the numbered items of a section, sub-items nested, titles without the trailing colon', () => {
    const outline = planOutline(sections.find((section) => section.frontmatter.numeral === 'III')!.body);
    expect(outline.map((item) => item.id)).toEqual(['muc-iii-1', 'muc-iii-2', 'muc-iii-3']);
    expect(outline[2]!.children.map((item) => `${item.label} ${item.title}`)).toEqual([
      '3.1. Bằng khen của Thủ tướng Chính phủ',
      '3.2. Bằng khen của Chủ tịch UBND tỉnh',
      '3.3. Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường',
    ]);
  });
});
