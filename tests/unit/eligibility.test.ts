import { describe, expect, it } from 'vitest';
import { criteriaFor, eligibilityRecords, evaluateEligibility, evaluateSelfCheck, exclusionsOf, legalBasisLabel, outcomeHeading, type Evaluation } from '../../src/domain/eligibility';
import type { SelfCheckAnswers } from '../../src/schemas/selfCheck';
import type { Award } from '../../src/schemas/award';
import type { NomineeKind } from '../../src/schemas/nomineeKind';
import { loadRules } from '../support/rules';

const rules = loadRules();
const records = eligibilityRecords(rules);
const exclusions = exclusionsOf(records.principles);
const awardById = (id: string) => records.awards.find((a) => a.id === id)!;
const provincial = awardById('bang-khen-chu-tich-ubnd-tinh');
const primeMinister = awardById('bang-khen-thu-tuong');
const certificate = awardById('giay-khen');

/** Scope yes, every criterion met (turnout 9800/10000), no exclusion. */
function qualifying(award: Award, kind: NomineeKind): SelfCheckAnswers {
  const answers: SelfCheckAnswers['answers'] = {};
  for (const c of criteriaFor(records.criteria, award, kind)) if (c.check.type === 'yes-no') answers[c.id] = 'yes';
  for (const e of exclusions) answers[e.id] = 'no';
  return { award: award.id, nomineeKind: kind.id, inScope: 'yes', answers, turnout: { registered: '10000', voted: '9800' } };
}

function evaluate(award: Award, kind: NomineeKind, answers: SelfCheckAnswers): Evaluation {
  const result = evaluateEligibility({ award, nomineeKind: kind, criteria: records.criteria, principles: records.principles, answers });
  if (!result.ok) throw new Error(`unexpected input errors: ${JSON.stringify(result.errors)}`);
  return result.evaluation;
}

const withAnswer = (answers: SelfCheckAnswers, id: string, value: 'yes' | 'no' | undefined): SelfCheckAnswers => {
  const next = { ...answers, answers: { ...answers.answers } };
  if (value === undefined) delete next.answers[id];
  else next.answers[id] = value;
  return next;
};

const kindCases = records.nomineeKinds.map((kind) => [kind.name, kind] as const);
const criterionCases = records.nomineeKinds.flatMap((kind) =>
  criteriaFor(records.criteria, provincial, kind).map((criterion) => [kind.id, criterion.id, kind, criterion] as const),
);
const awardKindCases = records.awards.flatMap((award) => records.nomineeKinds.map((kind) => [award.id, kind.id, award, kind] as const));

describe('the rules the engine reads', () => {
  it('has the three awards of Mục III.2 in the plan order and the kinds of nominee in the order of Mục III.3.2', () => {
    expect(records.awards.map((a) => a.id)).toEqual(['bang-khen-thu-tuong', 'bang-khen-chu-tich-ubnd-tinh', 'giay-khen']);
    expect(records.nomineeKinds.map((k) => k.id)).toEqual(['xa-phuong', 'co-quan-don-vi', 'ca-nhan']);
  });

  it('has criteria for every kind of nominee of the award whose criteria the plan sets', () => {
    for (const kind of records.nomineeKinds) expect(criteriaFor(records.criteria, provincial, kind).length).toBeGreaterThan(0);
    expect(criteriaFor(records.criteria, provincial, records.nomineeKinds[0]!).map((c) => c.id)).toEqual([
      'xa-phuong-doan-ket',
      'xa-phuong-dot-thi-dua',
      'xa-phuong-bau-du-dai-bieu',
      'xa-phuong-ty-le-cu-tri',
      'xa-phuong-ket-qua-bau-cu',
      'xa-phuong-ket-thuc-dung-gio',
      'xa-phuong-an-ninh-trat-tu',
      'xa-phuong-tuyen-truyen',
    ]);
  });

  it('asks every exclusion of Mục III.1.b: discipline, investigation, complaints, press, same achievement rewarded', () => {
    expect(exclusions.map((e) => [e.id, e.clause])).toEqual([
      ['dang-xem-xet-ky-luat', 'muc-iii-1-b-g4'],
      ['dang-dieu-tra-thanh-tra', 'muc-iii-1-b-g4'],
      ['don-thu-dang-xac-minh', 'muc-iii-1-b-g4'],
      ['bao-chi-neu-dang-xac-minh', 'muc-iii-1-b-g4'],
      ['thanh-tich-da-duoc-khen', 'muc-iii-1-b-g2'],
    ]);
  });

  it('keys answers by ids that never collide between criteria and exclusions', () => {
    const ids = [...records.criteria.map((c) => c.id), ...exclusions.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hands the island only exclusions, priorities and the legal texts they cite', () => {
    expect(records.principles.every((p) => p.kind !== 'principle')).toBe(true);
    expect(records.legalReferences.map((r) => r.id).sort()).toEqual(['huong-dan-7886-hd-bnv', 'luat-thi-dua-khen-thuong-2022', 'nghi-dinh-152-2025']);
  });
});

describe('recipient scope (Mục III.1.a), asked first on every path', () => {
  it.each(awardKindCases)('%s / %s: "no" means not eligible, citing the scope clause', (_a, _k, award, kind) => {
    const evaluation = evaluate(award, kind, { ...qualifying(award, kind), inScope: 'no' });
    expect(evaluation.outcome).toBe('not-eligible');
    expect(evaluation.unmet).toEqual([evaluation.scope]);
    expect(evaluation.scope).toMatchObject({ status: 'not-met', clause: kind.recipientScope.clause, text: kind.recipientScope.text });
    expect(evaluation.scope.clause).toMatch(/^muc-iii-1-a-g[12]$/);
    expect(evaluation.priorities).toEqual([]);
  });

  it.each(awardKindCases)('%s / %s: not answered means incomplete', (_a, _k, award, kind) => {
    const { inScope: _, ...rest } = qualifying(award, kind);
    const evaluation = evaluate(award, kind, rest);
    expect(evaluation.outcome).toBe('incomplete');
    expect(evaluation.unanswered).toEqual([evaluation.scope]);
  });

  it('individuals are asked whether they belong to the election bodies or did the work (Mục III.1.a, 2nd dash)', () => {
    const individual = records.nomineeKinds.find((k) => k.nomineeType === 'individual')!;
    expect(individual.recipientScope.clause).toBe('muc-iii-1-a-g2');
    expect(individual.recipientScope.question).toContain('tổ chức phụ trách bầu cử');
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh: criteria of Mục III.3.2', () => {
  it.each(kindCases)('%s: every criterion met and no exclusion → đủ điều kiện đề nghị, with the priorities', (_name, kind) => {
    const evaluation = evaluate(provincial, kind, qualifying(provincial, kind));
    expect(evaluation.outcome).toBe('eligible');
    expect(outcomeHeading(evaluation, records.legalReferences)).toBe('Đủ điều kiện đề nghị');
    expect(evaluation.criteria.map((c) => c.status)).toEqual(evaluation.criteria.map(() => 'met'));
    expect(evaluation.criteria.map((c) => c.id)).toEqual(criteriaFor(records.criteria, provincial, kind).map((c) => c.id));
    expect(evaluation.exclusions.map((e) => e.status)).toEqual(exclusions.map(() => 'met'));
    expect(evaluation.priorities.map((p) => [p.id, p.clause ?? p.legalBasis[0]?.provision])).toEqual([
      ['uu-tien-nguoi-truc-tiep', 'muc-iv-luu-y'],
      ['uu-tien-nu', 'Điều 4, khoản 6'],
    ]);
  });

  it.each(criterionCases)('%s: criterion %s not met → chưa đủ điều kiện, listing it with its clause', (_k, _c, kind, criterion) => {
    const base = qualifying(provincial, kind);
    const answers =
      criterion.check.type === 'turnout' ? { ...base, turnout: { registered: '10000', voted: '9799' } } : withAnswer(base, criterion.id, 'no');
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('not-eligible');
    expect(outcomeHeading(evaluation, records.legalReferences)).toBe('Chưa đủ điều kiện');
    expect(evaluation.unmet.map((c) => [c.id, c.status, c.clause, c.text])).toEqual([[criterion.id, 'not-met', criterion.clause, criterion.text]]);
    expect(evaluation.criteria.filter((c) => c.status === 'met')).toHaveLength(evaluation.criteria.length - 1);
    expect(evaluation.priorities).toEqual([]);
  });

  it.each(criterionCases)('%s: criterion %s not answered → chưa trả lời đủ', (_k, _c, kind, criterion) => {
    const base = qualifying(provincial, kind);
    const answers = criterion.check.type === 'turnout' ? { ...base, turnout: { registered: '', voted: '' } } : withAnswer(base, criterion.id, undefined);
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('incomplete');
    expect(outcomeHeading(evaluation, records.legalReferences)).toBe('Chưa trả lời đủ');
    expect(evaluation.unanswered.map((c) => c.id)).toEqual([criterion.id]);
    expect(evaluation.criteria.find((c) => c.id === criterion.id)?.status).toBe('unanswered');
  });

  it('lists every criterion not met, in the plan order', () => {
    const kind = records.nomineeKinds.find((k) => k.id === 'co-quan-don-vi')!;
    let answers = qualifying(provincial, kind);
    answers = withAnswer(withAnswer(answers, 'co-quan-che-do-bao-cao', 'no'), 'co-quan-doan-ket', 'no');
    expect(evaluate(provincial, kind, answers).unmet.map((c) => c.id)).toEqual(['co-quan-doan-ket', 'co-quan-che-do-bao-cao']);
  });

  it('commune turnout: 98.00% passes, 97.99% fails, and the computed turnout is returned', () => {
    const kind = records.nomineeKinds.find((k) => k.id === 'xa-phuong')!;
    const pass = evaluate(provincial, kind, { ...qualifying(provincial, kind), turnout: { registered: '10000', voted: '9800' } });
    const turnout = pass.criteria.find((c) => c.id === 'xa-phuong-ty-le-cu-tri')!;
    expect(pass.outcome).toBe('eligible');
    expect(turnout).toMatchObject({ status: 'met', clause: 'muc-iii-3-2-a-g1-y3', turnout: { hundredths: 9800n } });
    const fail = evaluate(provincial, kind, { ...qualifying(provincial, kind), turnout: { registered: '10000', voted: '9799' } });
    expect(fail.outcome).toBe('not-eligible');
    expect(fail.unmet.map((c) => c.id)).toEqual(['xa-phuong-ty-le-cu-tri']);
  });

  it('invalid voter figures give their messages and no outcome', () => {
    const kind = records.nomineeKinds.find((k) => k.id === 'xa-phuong')!;
    for (const [registered, voted] of [['0', '0'], ['1000', '1001'], ['-5', '1'], ['97,9', '1'], ['1000', '']]) {
      const result = evaluateEligibility({
        award: provincial,
        nomineeKind: kind,
        criteria: records.criteria,
        principles: records.principles,
        answers: { ...qualifying(provincial, kind), turnout: { registered: registered!, voted: voted! } },
      });
      expect(result.ok, `${registered}/${voted}`).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('other kinds of nominee ignore the voter figures', () => {
    const kind = records.nomineeKinds.find((k) => k.id === 'ca-nhan')!;
    const evaluation = evaluate(provincial, kind, { ...qualifying(provincial, kind), turnout: { registered: 'abc', voted: '' } });
    expect(evaluation.outcome).toBe('eligible');
  });
});

describe('exclusions (Mục III.1.b): chưa khen thưởng while under review, không đề nghị khen thưởng for an achievement already rewarded', () => {
  const exclusionCases = awardKindCases.flatMap(([a, k, award, kind]) => exclusions.map((e) => [a, k, e.id, award, kind, e] as const));

  it('only the achievement already rewarded (Mục III.1.b, second dash) bars it for good', () => {
    expect(exclusions.filter((e) => e.permanent).map((e) => [e.id, e.clause])).toEqual([['thanh-tich-da-duoc-khen', 'muc-iii-1-b-g2']]);
  });

  it.each(exclusionCases)('%s / %s: %s applies → its outcome and heading, citing its clause', (_a, _k, _e, award, kind, exclusion) => {
    const evaluation = evaluate(award, kind, withAnswer(qualifying(award, kind), exclusion.id, 'yes'));
    expect(evaluation.outcome).toBe(exclusion.permanent ? 'already-rewarded' : 'excluded');
    expect(outcomeHeading(evaluation, records.legalReferences)).toBe(
      exclusion.permanent ? 'Không đề nghị khen thưởng cho thành tích này' : 'Chưa khen thưởng trong thời gian đang xem xét, xác minh',
    );
    expect(evaluation.applying.map((e) => [e.id, e.status, e.clause, e.legalBasis])).toEqual([
      [exclusion.id, 'not-met', exclusion.clause, exclusion.legalBasis],
    ]);
    expect(evaluation.priorities).toEqual([]);
  });

  it.each(exclusions.map((e) => [e.id, e] as const))('%s not answered → chưa trả lời đủ', (_e, exclusion) => {
    const kind = records.nomineeKinds[0]!;
    const evaluation = evaluate(provincial, kind, withAnswer(qualifying(provincial, kind), exclusion.id, undefined));
    expect(evaluation.outcome).toBe('incomplete');
    expect(evaluation.unanswered.map((e) => e.id)).toEqual([exclusion.id]);
  });

  it('a pending complaint (đơn thư khiếu nại, tố cáo) excludes an individual', () => {
    const kind = records.nomineeKinds.find((k) => k.id === 'ca-nhan')!;
    const evaluation = evaluate(provincial, kind, withAnswer(qualifying(provincial, kind), 'don-thu-dang-xac-minh', 'yes'));
    expect(evaluation.outcome).toBe('excluded');
    expect(evaluation.applying[0]?.text).toContain('đơn thư khiếu nại, tố cáo');
  });

  it('the same achievement already rewarded cites the principle of one award per achievement and the Law', () => {
    const kind = records.nomineeKinds[0]!;
    const evaluation = evaluate(provincial, kind, withAnswer(qualifying(provincial, kind), 'thanh-tich-da-duoc-khen', 'yes'));
    const [item] = evaluation.applying;
    expect(evaluation.outcome).toBe('already-rewarded');
    expect(item).toMatchObject({ clause: 'muc-iii-1-b-g2', permanent: true, status: 'not-met' });
    expect(legalBasisLabel(item!.legalBasis[0]!, records.legalReferences)).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15, Nguyên tắc khen thưởng');
  });

  it('cites the decree of the exclusions by number and provision', () => {
    const basis = exclusions[0]!.legalBasis[0]!;
    expect(legalBasisLabel(basis, records.legalReferences)).toBe('Nghị định số 152/2025/NĐ-CP, Điều 4, khoản 4');
  });
});

describe('which outcome wins', () => {
  const kind = records.nomineeKinds.find((k) => k.id === 'xa-phuong')!;
  const base = qualifying(provincial, kind);

  it('a criterion not met outweighs an exclusion and missing answers', () => {
    const answers = withAnswer(withAnswer(withAnswer(base, 'xa-phuong-doan-ket', 'no'), 'dang-xem-xet-ky-luat', 'yes'), 'xa-phuong-tuyen-truyen', undefined);
    expect(evaluate(provincial, kind, answers).outcome).toBe('not-eligible');
  });

  it('a criterion not met is final even before the scope is answered', () => {
    const { inScope: _, ...answers } = withAnswer(base, 'xa-phuong-ket-thuc-dung-gio', 'no');
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('not-eligible');
    expect(evaluation.unmet.map((c) => c.id)).toEqual(['xa-phuong-ket-thuc-dung-gio']);
  });

  it('lists the scope and the criteria not met together', () => {
    const answers = withAnswer({ ...base, inScope: 'no' }, 'xa-phuong-tuyen-truyen', 'no');
    expect(evaluate(provincial, kind, answers).unmet.map((c) => c.id)).toEqual(['xa-phuong', 'xa-phuong-tuyen-truyen']);
  });

  it('an exclusion is not final while the scope is unanswered', () => {
    const { inScope: _, ...answers } = withAnswer(base, 'dang-xem-xet-ky-luat', 'yes');
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('incomplete');
    expect(evaluation.unanswered.map((c) => c.type)).toEqual(['scope']);
  });

  it('an exclusion is not final while a criterion is unanswered', () => {
    const answers = withAnswer(withAnswer(base, 'dang-xem-xet-ky-luat', 'yes'), 'xa-phuong-tuyen-truyen', undefined);
    expect(evaluate(provincial, kind, answers).outcome).toBe('incomplete');
  });

  it('an exclusion under review is final with other such exclusions unanswered', () => {
    const answers = withAnswer(withAnswer(base, 'dang-xem-xet-ky-luat', 'yes'), 'don-thu-dang-xac-minh', undefined);
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('excluded');
    expect(evaluation.applying.map((e) => e.id)).toEqual(['dang-xem-xet-ky-luat']);
  });

  it('…but not while the question of the achievement already rewarded is unanswered: it would make the outcome permanent', () => {
    const answers = withAnswer(withAnswer(base, 'dang-xem-xet-ky-luat', 'yes'), 'thanh-tich-da-duoc-khen', undefined);
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('incomplete');
    expect(evaluation.unanswered.map((e) => e.id)).toEqual(['thanh-tich-da-duoc-khen']);
  });

  it('the achievement already rewarded outweighs an exclusion under review and unanswered ones; every exclusion that applies is listed', () => {
    const answers = withAnswer(withAnswer(withAnswer(base, 'thanh-tich-da-duoc-khen', 'yes'), 'dang-xem-xet-ky-luat', 'yes'), 'don-thu-dang-xac-minh', undefined);
    const evaluation = evaluate(provincial, kind, answers);
    expect(evaluation.outcome).toBe('already-rewarded');
    expect(evaluation.applying.map((e) => e.id)).toEqual(['dang-xem-xet-ky-luat', 'thanh-tich-da-duoc-khen']);
  });

  it('lists every exclusion that applies', () => {
    const answers = withAnswer(withAnswer(base, 'dang-xem-xet-ky-luat', 'yes'), 'bao-chi-neu-dang-xac-minh', 'yes');
    expect(evaluate(provincial, kind, answers).applying.map((e) => e.id)).toEqual(['dang-xem-xet-ky-luat', 'bao-chi-neu-dang-xac-minh']);
  });
});

describe('awards whose criteria the plan does not set', () => {
  it.each(kindCases)("Prime Minister's award, %s: no invented criteria; Hướng dẫn 7886/HD-BNV and the province's selection (Mục IV.1)", (_n, kind) => {
    const evaluation = evaluate(primeMinister, kind, qualifying(primeMinister, kind));
    expect(evaluation.criteria).toEqual([]);
    expect(evaluation.outcome).toBe('refer');
    expect(outcomeHeading(evaluation, records.legalReferences)).toBe('Tiêu chuẩn theo Hướng dẫn 7886/HD-BNV');
    expect(evaluation.award.criteriaNote).toContain('Hướng dẫn số 7886/HD-BNV');
    expect(evaluation.award).toMatchObject({ criteriaClause: 'muc-iii-3-1', selectionClause: 'muc-iv-1' });
    expect(evaluation.award.selectionNote).toContain('xem xét lựa chọn');
    expect(evaluation.priorities.length).toBeGreaterThan(0);
  });

  it.each(kindCases)('Giấy khen, %s: decided by the head of agency or chair of the commune People’s Committee (Mục III.3.3)', (_n, kind) => {
    const evaluation = evaluate(certificate, kind, qualifying(certificate, kind));
    expect(evaluation.criteria).toEqual([]);
    expect(evaluation.outcome).toBe('refer');
    expect(outcomeHeading(evaluation, records.legalReferences)).toBe(
      'Do Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các xã, phường xét theo thẩm quyền',
    );
    expect(evaluation.award).toMatchObject({ criteriaClause: 'muc-iii-3-3', criteriaNote: certificate.criteriaNote });
  });

  it('ignores answers given earlier to the provincial criteria', () => {
    const kind = records.nomineeKinds[0]!;
    const answers = withAnswer(qualifying(primeMinister, kind), 'xa-phuong-doan-ket', 'no');
    expect(evaluate(primeMinister, kind, answers).outcome).toBe('refer');
  });
});

describe('evaluateSelfCheck', () => {
  it('evaluates a saved check, or gives undefined until award and kind are chosen', () => {
    const kind = records.nomineeKinds[0]!;
    expect(evaluateSelfCheck({ answers: {}, turnout: { registered: '', voted: '' } }, records)).toBeUndefined();
    expect(evaluateSelfCheck({ award: 'khong-co', nomineeKind: kind.id, answers: {}, turnout: { registered: '', voted: '' } }, records)).toBeUndefined();
    const result = evaluateSelfCheck(qualifying(provincial, kind), records);
    expect(result?.ok && result.evaluation.outcome).toBe('eligible');
  });
});
