// The zod schemas accept the real rules data and reject broken records with a message that
// names the field (the build shows the same message with the file and record).
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseRulesYaml } from '../../src/content/parseRulesYaml';
import { award } from '../../src/schemas/award';
import { criterion } from '../../src/schemas/criterion';
import { keyDate } from '../../src/schemas/keyDate';
import { nomineeKind } from '../../src/schemas/nomineeKind';
import { planDocument } from '../../src/schemas/planDocument';
import { planSection } from '../../src/schemas/planSection';
import { principle } from '../../src/schemas/principle';
import { quotaCategory } from '../../src/schemas/quota';
import { loadPlanSections } from '../support/planMdx';
import { loadCorrections } from '../support/planSource';
import { loadRules, loadRulesFile } from '../support/rules';

const rules = loadRules();
const first = <T>(records: T[]) => structuredClone(records[0]!);

/** Parses `record` with `schema`, expects failure, and returns zod's readable report. */
function rejection(schema: z.ZodType, record: unknown): { paths: string[]; report: string } {
  const result = schema.safeParse(record);
  expect(result.success, 'the broken record was accepted').toBe(false);
  const error = result.error!;
  return { paths: error.issues.map((issue) => issue.path.join('.')), report: z.prettifyError(error) };
}

describe('schemas accept the real data', () => {
  it('validates every rules file and the corrections', () => {
    expect(rules.awards).toHaveLength(3);
    expect(rules.nomineeKinds).toHaveLength(3);
    expect(rules.criteria).toHaveLength(18);
    expect(rules.quotas).toHaveLength(11);
    expect(rules.keyDates.filter((date) => date.isDeadline)).toHaveLength(1);
    expect(rules.planDocument.dossier.documents).toHaveLength(4);
    expect(loadCorrections()).toHaveLength(3);
  });

  it('validates the frontmatter of every plan section', () => {
    const sections = loadPlanSections();
    expect(sections).toHaveLength(8);
    for (const section of sections) expect(planSection.safeParse(section.frontmatter).success).toBe(true);
  });

  it('keeps the records that point at each other consistent', () => {
    const awardIds = new Set(rules.awards.map((record) => record.id));
    const kindIds = new Set(rules.nomineeKinds.map((record) => record.id));
    const referenceIds = new Set(rules.legalReferences.map((record) => record.id));
    for (const record of rules.criteria) {
      expect(awardIds.has(record.award), record.id).toBe(true);
      expect(kindIds.has(record.nomineeKind), record.id).toBe(true);
    }
    for (const record of rules.principles) for (const basis of record.legalBasis) expect(referenceIds.has(basis.reference), record.id).toBe(true);
    for (const record of rules.awards) if (record.guidance) expect(referenceIds.has(record.guidance), record.id).toBe(true);
  });
});

describe('schemas reject broken records, naming the field', () => {
  it('a negative quota', () => {
    const record = first(loadRulesFile('quotas', quotaCategory));
    const { paths, report } = rejection(quotaCategory, { ...record, limit: { kind: 'separate', collectives: -1, individuals: 5 } });
    expect(paths).toEqual(['limit.collectives']);
    expect(report).toContain('limit.collectives');
  });

  it('a quota of cases of either kind without a number', () => {
    const record = first(loadRulesFile('quotas', quotaCategory));
    expect(rejection(quotaCategory, { ...record, limit: { kind: 'either' } }).paths).toEqual(['limit.cases']);
  });

  it('an unknown quota basis', () => {
    const record = first(loadRulesFile('quotas', quotaCategory));
    expect(rejection(quotaCategory, { ...record, basis: 'per-person' }).paths).toEqual(['basis']);
  });

  it('a malformed clause id, with a Vietnamese message', () => {
    const record = first(loadRulesFile('criteria', criterion));
    const { paths, report } = rejection(criterion, { ...record, clause: 'muc-iii-3-2-z' });
    expect(paths).toEqual(['clause']);
    expect(report).toContain('mã điều khoản phải có dạng muc-iii-3-2-a-g1-y3');
  });

  it('a turnout threshold above 100%', () => {
    const record = first(loadRulesFile('criteria', criterion));
    expect(rejection(criterion, { ...record, check: { type: 'turnout', minimumPercent: 120 } }).paths).toEqual(['check.minimumPercent']);
  });

  it('text that is not NFC', () => {
    const record = first(loadRulesFile('criteria', criterion));
    const { paths, report } = rejection(criterion, { ...record, text: record.text.normalize('NFD') });
    expect(paths).toEqual(['text']);
    expect(report).toContain('NFC');
  });

  it('a key date with an impossible month, or with no source', () => {
    const record = first(loadRulesFile('key-dates', keyDate));
    const { paths, report } = rejection(keyDate, { ...record, date: '2026-13' });
    expect(paths).toEqual(['date']);
    expect(report).toContain('ngày phải có dạng YYYY-MM-DD hoặc YYYY-MM');
    const { clause: _clause, ...withoutClause } = record;
    const unsourced = rejection(keyDate, withoutClause);
    expect(unsourced.paths).toEqual(['clause']);
    expect(unsourced.report).toContain('phải ghi điều khoản (clause) hoặc nguồn (sourceNote)');
  });

  it('an award whose criteria follow a guidance that is not named', () => {
    const record = loadRulesFile('awards', award).find((candidate) => candidate.criteriaBasis === 'external-guidance')!;
    const { guidance: _guidance, ...withoutGuidance } = record;
    expect(rejection(award, withoutGuidance).paths).toEqual(['guidance']);
  });

  it('a principle citing neither the plan nor a law', () => {
    const record = first(loadRulesFile('principles', principle));
    const { clause: _clause, ...uncited } = record;
    const { paths, report } = rejection(principle, { ...uncited, legalBasis: [] });
    expect(paths).toEqual(['clause']);
    expect(report).toContain('phải dẫn điều khoản');
  });

  it('a nominee kind with a wrong type', () => {
    const record = first(loadRulesFile('nominee-kinds', nomineeKind));
    expect(rejection(nomineeKind, { ...record, nomineeType: 'group' }).paths).toEqual(['nomineeType']);
  });

  it('a plan document without dossier documents, or with a malformed number', () => {
    const record = structuredClone(rules.planDocument);
    expect(rejection(planDocument, { ...record, dossier: { ...record.dossier, documents: [] } }).paths).toEqual(['dossier.documents']);
    expect(rejection(planDocument, { ...record, number: '0125-KH' }).paths).toEqual(['number']);
  });

  it('a plan section with a section number the plan does not have', () => {
    expect(rejection(planSection, { order: 7, numeral: 'VII', title: 'Mục thừa', anchor: 'muc-vii' }).paths).toEqual(['numeral']);
  });
});

describe('parseRulesYaml', () => {
  it('names the file and the record of a duplicate or missing id', () => {
    expect(() => parseRulesYaml('- id: a\n- id: a\n', 'content/rules/x.yaml')).toThrow('content/rules/x.yaml[1]: id "a" bị trùng');
    expect(() => parseRulesYaml('- id: a\n- label: b\n', 'content/rules/x.yaml')).toThrow('content/rules/x.yaml[1]: thiếu trường id');
    expect(() => parseRulesYaml('id: a', 'content/rules/x.yaml')).toThrow('content/rules/x.yaml: phải là một danh sách bản ghi');
  });
});
