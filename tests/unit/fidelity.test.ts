// The rules data against the plan's kept source text (content/source/, corrections applied):
// numbers are extracted with the source's own phrasing, independently of the data.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanSections, planAnchors, planClauses } from '../support/planMdx';
import {
  appearsIn,
  cleanSource,
  loadCorrections,
  normalizeSpace,
  rawSource,
  sourceParagraphs,
  sourceQuotas,
  sourceTurnoutThresholds,
} from '../support/planSource';
import { loadRules, readProjectFile } from '../support/rules';

const rules = loadRules();
const source = cleanSource();
const clauses = planClauses();
const clauseText = new Map(clauses.map((clause) => [clause.id, clause.text]));

/** `text` appears in the source, and in the text of the clause it cites. */
function expectQuoted(text: string, clause: string | undefined, what: string) {
  expect(appearsIn(text, source), `${what}: "${text}" không có trong văn bản gốc`).toBe(true);
  if (clause) {
    expect(clauseText.has(clause), `${what}: điều khoản ${clause} không có trong content/plan`).toBe(true);
    expect(appearsIn(text, clauseText.get(clause)!), `${what}: "${text}" không nằm trong ${clause}`).toBe(true);
  }
}

describe('quotas.yaml against Mục IV.2 of the source', () => {
  const extracted = sourceQuotas();

  it('reads every quota line of the source', () => {
    expect(extracted).toHaveLength(11);
    expect(extracted.filter((quota) => quota.kind === 'either').map((quota) => quota.clause)).toEqual(['muc-iv-2-a-g10', 'muc-iv-2-b']);
  });

  it('has one record per source line, with the same numbers, basis and clause', () => {
    const data = rules.quotas.map((quota) =>
      quota.limit.kind === 'separate'
        ? { clause: quota.clause, basis: quota.basis, kind: 'separate', collectives: quota.limit.collectives, individuals: quota.limit.individuals, units: quota.units }
        : { clause: quota.clause, basis: quota.basis, kind: 'either', cases: quota.limit.cases, units: quota.units },
    );
    expect(data).toEqual(extracted);
  });

  it('quotes each line word for word', () => {
    for (const quota of rules.quotas) expectQuoted(quota.sourceText, quota.clause, `quotas.yaml ${quota.id}`);
  });
});

describe('criteria.yaml against Mục III.3.2 of the source', () => {
  it('has the turnout threshold of the source as a number', () => {
    const thresholds = sourceTurnoutThresholds();
    expect(thresholds).toEqual([98]);
    const turnout = rules.criteria.flatMap((criterion) => (criterion.check.type === 'turnout' ? [criterion.check.minimumPercent] : []));
    expect(turnout).toEqual(thresholds);
  });

  it('quotes every criterion in the clause it cites', () => {
    for (const criterion of rules.criteria) expectQuoted(criterion.text, criterion.clause, `criteria.yaml ${criterion.id}`);
  });

  it('quotes who may be rewarded (Mục III.1.a) in the clause it cites', () => {
    for (const kind of rules.nomineeKinds) expectQuoted(kind.recipientScope.text, kind.recipientScope.clause, `nominee-kinds.yaml ${kind.id}`);
  });
});

describe('principles.yaml against Mục III.1.b and the note of Mục IV', () => {
  it('quotes every principle, exclusion and priority that cites the plan', () => {
    const cited = rules.principles.filter((principle) => principle.clause);
    expect(cited.length).toBeGreaterThan(0);
    for (const principle of cited) expectQuoted(principle.text, principle.clause, `principles.yaml ${principle.id}`);
  });
});

describe('awards.yaml against Mục III.2', () => {
  it('names each award form as the plan does, in the clause it cites', () => {
    for (const award of rules.awards) expectQuoted(award.name, award.clause, `awards.yaml ${award.id}`);
  });
});

describe('key-dates.yaml against the source', () => {
  it('has the campaign period and review of Mục II.3', () => {
    const match = source.match(/từ tháng (\d+) năm (\d{4}) đến hết tháng (\d+) năm (\d{4})\. Tổng kết vào tháng (\d+) năm (\d{4})/);
    expect(match).not.toBeNull();
    const [, startMonth, startYear, endMonth, endYear, reviewMonth, reviewYear] = match!.map(Number);
    const lastDay = new Date(Date.UTC(endYear!, endMonth!, 0)).getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    const planDates = rules.keyDates.filter((keyDate) => keyDate.clause === 'muc-ii-3').map((keyDate) => keyDate.date).sort();
    expect(planDates).toEqual(
      [`${startYear}-${pad(startMonth!)}`, `${endYear}-${pad(endMonth!)}-${pad(lastDay)}`, `${reviewYear}-${pad(reviewMonth!)}`].sort(),
    );
  });

  it('has the dossier deadline of Mục V.2', () => {
    const match = source.match(/gửi về Sở Nội vụ \(qua Phòng Xây dựng chính quyền\) trước ngày (\d+)\/(\d+)\/(\d{4})/);
    expect(match).not.toBeNull();
    const [, day, month, year] = match!;
    const deadlines = rules.keyDates.filter((keyDate) => keyDate.isDeadline);
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]!.date).toBe(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
    expect(deadlines[0]!.wording).toBe(`trước ngày ${day}/${month}/${year}`);
  });

  it('quotes the plan where a date cites it', () => {
    for (const keyDate of rules.keyDates.filter((candidate) => candidate.clause)) {
      expectQuoted(keyDate.wording, keyDate.clause, `key-dates.yaml ${keyDate.id}`);
    }
  });
});

describe('plan-document.yaml against the source', () => {
  const { planDocument } = rules;
  const raw = rawSource();

  it('has the number, date, place and issuer of the header', () => {
    expect(raw).toMatch(new RegExp(`Số: ${planDocument.number.replace('/', '\\/')}\\n`));
    const [year, month, day] = planDocument.date.split('-');
    expect(normalizeSpace(raw.replace(/\*/g, ''))).toContain(`${planDocument.place}, ngày ${day} tháng ${Number(month)} năm ${year}`);
    expect(normalizeSpace(raw.replace(/\*/g, ''))).toContain(planDocument.issuerHeader.join(' '));
  });

  it('has the title of the plan', () => {
    expect(source).toContain(`${planDocument.kind.toLocaleUpperCase('vi')} ${planDocument.title.toLocaleUpperCase('vi')}`);
  });

  it('has the signature block and the "Nơi nhận" list, in order', () => {
    const closing = raw.slice(raw.indexOf('Nơi nhận:'));
    const lines = closing.split('\n').map((line) => line.replace(/\*/g, '').trim());
    const recipients = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2).replace(/[;.]$/, ''));
    expect(planDocument.recipients).toEqual(recipients);
    const signature = lines.slice(lines.lastIndexOf('|', lines.length - 2) + 1).filter((line) => line && line !== '|');
    expect(signature).toEqual([planDocument.signer.authority, planDocument.signer.title, planDocument.signer.name]);
  });

  it('cites the legal bases of the preamble, in order, with their numbers and dates', () => {
    const preamble = sourceParagraphs().find((paragraph) => paragraph.startsWith('Thực hiện'))!;
    let position = -1;
    for (const id of planDocument.legalBases) {
      const reference = rules.legalReferences.find((candidate) => candidate.id === id);
      expect(reference, `legalBases: ${id}`).toBeDefined();
      expect(reference!.citedByPlan).toBe(true);
      const [year, month, day] = reference!.date.split('-').map(Number);
      const pattern = new RegExp(`${reference!.kind} số ${reference!.number} ngày 0?${day}/0?${month}/${year} của ${reference!.issuer}`);
      const found = preamble.search(pattern);
      expect(found, `${reference!.number} không có trong phần mở đầu`).toBeGreaterThan(position);
      position = found;
    }
  });

  it('quotes the dossier (Mục V.1.b, V.2) in the clauses it cites', () => {
    const { dossier } = planDocument;
    expectQuoted(dossier.channel, dossier.channelClause, 'dossier.channel');
    expectQuoted(dossier.receiver, dossier.deadlineClause, 'dossier.receiver');
    expect(dossier.documents.map((document) => document.clause)).toEqual(['muc-v-1-b-g1', 'muc-v-1-b-g2', 'muc-v-1-b-g3', 'muc-v-1-b-g4']);
    for (const document of dossier.documents) expectQuoted(document.text, document.clause, 'dossier.documents');
  });
});

describe('corrections.yaml', () => {
  it('corrects text that is in the published source, inside the clause it names', () => {
    const published = normalizeSpace(rawSource().replace(/\*/g, ''));
    for (const correction of loadCorrections()) {
      expect(published).toContain(correction.original);
      expect(source).not.toContain(correction.original);
      expect(clauseText.get(correction.clause)).toContain(correction.corrected);
    }
  });
});

describe('clause citations', () => {
  it('every clause id cited in content/rules/*.yaml, content/forms/*.yaml and corrections.yaml exists on the plan page', () => {
    const anchors = planAnchors(loadPlanSections());
    const yamlFiles = (dir: string) =>
      readdirSync(new URL(`../../${dir}/`, import.meta.url))
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => `${dir}/${name}`);
    const files = [...yamlFiles('content/rules'), ...yamlFiles('content/forms'), 'content/source/corrections.yaml'];
    expect(files).toContain('content/rules/quotas.yaml');
    const cited = new Set<string>();
    for (const file of files) {
      for (const match of readProjectFile(file).matchAll(/\bmuc-[a-z0-9-]+\b/g)) cited.add(match[0]);
    }
    expect(cited.size).toBeGreaterThan(30);
    expect([...cited].filter((id) => !anchors.has(id))).toEqual([]);
  });
});
