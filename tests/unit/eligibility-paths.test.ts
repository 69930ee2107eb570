// Every path through the self-check: for each award and kind of nominee, every combination of
// yes/no answers (scope, each criterion, each exclusion) with the voter turnout on both sides of
// the minimum, then with answers missing. The engine's outcome is compared with an oracle written
// here from the definitions of the issue, independently of src/domain/eligibility.ts, and the run
// fails if any outcome is never reached.
import { describe, expect, it } from 'vitest';
import { eligibilityRecords, evaluateEligibility } from '../../src/domain/eligibility';
import type { Outcome, SelfCheckAnswers } from '../../src/schemas/selfCheck';
import type { Award } from '../../src/schemas/award';
import type { Criterion } from '../../src/schemas/criterion';
import type { NomineeKind } from '../../src/schemas/nomineeKind';
import { loadRules } from '../support/rules';

const rules = loadRules();
const records = eligibilityRecords(rules);

/** One question of a path and the values its answer can take (undefined: not answered). */
type Value = boolean | undefined; // true: yes / met ; false: no / not met
interface Question {
  id: string;
  role: 'scope' | 'criterion' | 'exclusion';
  turnout?: { minimumPercent: number };
  /** an exclusion that bars the achievement for good (already rewarded) */
  permanent?: boolean;
}

// The oracle's own reading of the rules data: which criteria an award sets for a kind.
function questionsOf(award: Award, kind: NomineeKind): Question[] {
  const criteria: Criterion[] =
    award.criteriaBasis === 'plan' ? rules.criteria.filter((c) => c.award === award.id && c.nomineeKind === kind.id) : [];
  return [
    { id: kind.id, role: 'scope' },
    ...criteria.map((c) => ({ id: c.id, role: 'criterion' as const, turnout: c.check.type === 'turnout' ? { minimumPercent: c.check.minimumPercent } : undefined })),
    ...rules.principles.flatMap((p) => (p.kind === 'exclusion' ? [{ id: p.id, role: 'exclusion' as const, permanent: p.permanent }] : [])),
  ];
}

// Figures on both sides of the minimum, checked here with plain arithmetic on small numbers.
const REGISTERED = 10000;
const figuresFor = (minimumPercent: number, passes: boolean) => {
  const voted = (minimumPercent * REGISTERED) / 100 - (passes ? 0 : 1); // 9800 or 9799 of 10000
  expect((voted / REGISTERED) * 100 >= minimumPercent).toBe(passes);
  return { registered: String(REGISTERED), voted: String(voted) };
};

/** The answers the island would store for these values. */
function toAnswers(award: Award, kind: NomineeKind, questions: Question[], values: Value[]): SelfCheckAnswers {
  const answers: SelfCheckAnswers = { award: award.id, nomineeKind: kind.id, answers: {}, turnout: { registered: '', voted: '' } };
  questions.forEach((q, i) => {
    const value = values[i];
    if (value === undefined) return;
    if (q.role === 'scope') answers.inScope = value ? 'yes' : 'no';
    else if (q.turnout) answers.turnout = figuresFor(q.turnout.minimumPercent, value);
    // an exclusion answered "yes" applies: it is the "bad" value
    else if (q.role === 'exclusion') answers.answers[q.id] = value ? 'no' : 'yes';
    else answers.answers[q.id] = value ? 'yes' : 'no';
  });
  return answers;
}

/**
 * The oracle. With every question answered: out of scope or a criterion not met → chưa đủ điều
 * kiện; else the achievement was already rewarded (a permanent exclusion) → không đề nghị khen
 * thưởng cho thành tích này; else another exclusion applies → chưa khen thưởng (while the review
 * lasts); else đủ điều kiện đề nghị (or, for an award whose criteria the plan leaves to another
 * text, `refer`). With answers missing: the outcome every way of completing them would give, and
 * chưa trả lời đủ when they disagree.
 */
function oracle(award: Award, questions: Question[], values: Value[]): Outcome {
  const missing = values.flatMap((v, i) => (v === undefined ? [i] : []));
  const outcomes = new Set<Outcome>();
  for (let mask = 0; mask < 1 << missing.length; mask++) {
    const full = [...values];
    missing.forEach((index, bit) => (full[index] = ((mask >> bit) & 1) === 1));
    const failed = questions.some((q, i) => q.role !== 'exclusion' && full[i] === false);
    const applies = (permanent: boolean) => questions.some((q, i) => q.role === 'exclusion' && !!q.permanent === permanent && full[i] === false);
    outcomes.add(
      failed ? 'not-eligible' : applies(true) ? 'already-rewarded' : applies(false) ? 'excluded' : award.criteriaBasis === 'plan' ? 'eligible' : 'refer',
    );
    if (outcomes.size > 1) return 'incomplete';
  }
  return [...outcomes][0]!;
}

/** A small seeded generator, so that the sampled paths are the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const reachedOverall = new Set<Outcome>();
const cases = records.awards.flatMap((award) => records.nomineeKinds.map((kind) => [award.id, kind.id, award, kind] as const));

describe('all paths through the self-check', () => {
  it.each(cases)('%s / %s: the engine agrees with the oracle on every combination', (_a, _k, award, kind) => {
    const questions = questionsOf(award, kind);
    const reached = new Set<Outcome>();
    let paths = 0;
    const check = (values: Value[]) => {
      const answers = toAnswers(award, kind, questions, values);
      const result = evaluateEligibility({ award, nomineeKind: kind, criteria: records.criteria, principles: records.principles, answers });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const expected = oracle(award, questions, values);
      const { evaluation } = result;
      if (evaluation.outcome !== expected) {
        throw new Error(`${award.id}/${kind.id} ${JSON.stringify(values)}: engine ${evaluation.outcome}, oracle ${expected}`);
      }
      // the reasons listed are exactly the answers that cause the outcome
      if (expected === 'not-eligible') {
        const failing = questions.filter((q, i) => q.role !== 'exclusion' && values[i] === false).map((q) => q.id);
        expect(evaluation.unmet.map((c) => c.id)).toEqual(failing);
      }
      if (expected === 'excluded' || expected === 'already-rewarded') {
        const applying = questions.filter((q, i) => q.role === 'exclusion' && values[i] === false).map((q) => q.id);
        expect(evaluation.applying.map((e) => e.id)).toEqual(applying);
      }
      reached.add(evaluation.outcome);
      reachedOverall.add(evaluation.outcome);
      paths++;
    };

    const n = questions.length;
    // every yes/no combination (turnout: 98.00% or 97.99%)
    for (let mask = 0; mask < 1 << n; mask++) check(questions.map((_, i) => ((mask >> i) & 1) === 1));
    // every combination with one question unanswered
    for (let skip = 0; skip < n; skip++) {
      for (let mask = 0; mask < 1 << (n - 1); mask++) {
        const values: Value[] = [];
        for (let i = 0, bit = 0; i < n; i++) values.push(i === skip ? undefined : ((mask >> bit++) & 1) === 1);
        check(values);
      }
    }
    // a sample of paths with several answers missing
    const next = random(n * 7919 + award.id.length);
    for (let sample = 0; sample < 400; sample++) check(questions.map(() => [true, false, undefined][Math.floor(next() * 3)]));

    expect(paths).toBeGreaterThanOrEqual(2 ** n);
    const expected: Outcome[] = [
      award.criteriaBasis === 'plan' ? 'eligible' : 'refer',
      'not-eligible',
      'excluded',
      'already-rewarded',
      'incomplete',
    ];
    expect([...reached].sort()).toEqual(expected.sort());
  });

  it('reaches every outcome', () => {
    expect([...reachedOverall].sort()).toEqual(['already-rewarded', 'eligible', 'excluded', 'incomplete', 'not-eligible', 'refer']);
  });
});
