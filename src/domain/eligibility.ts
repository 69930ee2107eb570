// The eligibility rules engine: evaluates one nominee against one award, clause by clause.
// Pure (no DOM, no Preact, no Astro, types only from src/schemas), so it runs the same in the
// self-check island and in Node tests. Every wording it returns comes from the rules records.
import type { Award } from '../schemas/award';
import type { LegalBasis } from '../schemas/clause';
import type { Criterion } from '../schemas/criterion';
import type { LegalReference } from '../schemas/legalReference';
import type { NomineeKind } from '../schemas/nomineeKind';
import type { Exclusion, Principle } from '../schemas/principle';
import type { Outcome, SelfCheckAnswers, YesNo } from '../schemas/selfCheck';
import { OUTCOME_LABELS } from './outcomes';
import { birthYearRange, type YearRange } from './ranges';
import type { Rules } from './rules';
import { computeTurnout, isTurnoutEmpty, type Turnout, type TurnoutError } from './turnout';

type Priority = Extract<Principle, { kind: 'priority' }>;

/** The rules records the self-check needs; the page hands exactly these to the island. */
export interface EligibilityRecords {
  awards: Award[];
  nomineeKinds: NomineeKind[];
  criteria: Criterion[];
  /** exclusions and priorities (principles of kind `principle` are not asked) */
  principles: Principle[];
  /** the legal texts the principles and awards cite */
  legalReferences: LegalReference[];
  /** the years of birth an individual nominee may have: at least 18 on election day (content/rules/key-dates.yaml) */
  birthYears: YearRange;
}

/** The id of election day in content/rules/key-dates.yaml. */
export const ELECTION_DAY_ID = 'ngay-bau-cu';

/** Picks the records of the self-check out of all the rules (already in the plan's order). */
export function eligibilityRecords(rules: Rules): EligibilityRecords {
  const principles = rules.principles.filter((p) => p.kind !== 'principle');
  const cited = new Set([
    ...principles.flatMap((p) => p.legalBasis.map((basis) => basis.reference)),
    ...rules.awards.flatMap((award) => (award.guidance ? [award.guidance] : [])),
  ]);
  return {
    awards: rules.awards,
    nomineeKinds: rules.nomineeKinds,
    criteria: rules.criteria,
    principles,
    legalReferences: rules.legalReferences.filter((reference) => cited.has(reference.id)),
    birthYears: birthYearRange(electionDay(rules)),
  };
}

/** Election day as an ISO date; throws, naming the file, when key-dates.yaml lacks it. */
export function electionDay(rules: Pick<Rules, 'keyDates'>): string {
  const date = rules.keyDates.find((d) => d.id === ELECTION_DAY_ID)?.date;
  if (!date || date.length !== 10) throw new Error(`content/rules/key-dates.yaml: thiếu ngày bầu cử (id ${ELECTION_DAY_ID}, dạng YYYY-MM-DD)`);
  return date;
}

/** Met / not met / not answered. For an exclusion, "met" means it does not apply. */
export type Status = 'met' | 'not-met' | 'unanswered';

/** One thing the self-check asks, with its answer and the clause it cites. */
export interface CheckedItem {
  id: string;
  type: 'scope' | 'criterion' | 'exclusion';
  /** the wording of the cited text */
  text: string;
  /** how the self-check asks it */
  question: string;
  /** the plan clause cited, where the plan says it */
  clause?: string;
  /** provisions of laws and decrees cited */
  legalBasis: LegalBasis[];
  status: Status;
  /** the answer given; for an exclusion, "yes" means it applies */
  answer?: YesNo;
  /** the computed turnout, for a turnout criterion with valid figures */
  turnout?: Turnout;
  /** an exclusion that bars the achievement for good (Exclusion.permanent) */
  permanent?: boolean;
}

export interface Evaluation {
  outcome: Outcome;
  award: Award;
  nomineeKind: NomineeKind;
  /** the recipient-scope question (Mục III.1.a), asked first on every path */
  scope: CheckedItem;
  /** every criterion of the award for this kind of nominee, in the plan's order (none when the plan sets none) */
  criteria: CheckedItem[];
  /** every exclusion, in order */
  exclusions: CheckedItem[];
  /** why the nominee does not qualify: the scope answered "no", or the criteria not met */
  unmet: CheckedItem[];
  /** the exclusions that apply (with the outcomes `excluded` and `already-rewarded`) */
  applying: CheckedItem[];
  /** the questions still to answer that would decide the outcome */
  unanswered: CheckedItem[];
  /** priorities between equally qualified nominees, with a qualifying outcome (eligible, refer) */
  priorities: Priority[];
}

export type EvaluationResult = { ok: true; evaluation: Evaluation } | { ok: false; errors: TurnoutError[] };

export interface EligibilityInput {
  award: Award;
  nomineeKind: NomineeKind;
  /** criteria records; those of other awards or kinds are ignored */
  criteria: Criterion[];
  /** principle records; the exclusions are asked, the priorities reminded */
  principles: Principle[];
  answers: SelfCheckAnswers;
}

const statusOf = (answer: YesNo | undefined, metWhen: YesNo): Status =>
  answer === undefined ? 'unanswered' : answer === metWhen ? 'met' : 'not-met';

/** The criteria the plan sets for this award and kind of nominee, in the plan's order. */
export const criteriaFor = (criteria: Criterion[], award: Award, nomineeKind: NomineeKind): Criterion[] =>
  award.criteriaBasis === 'plan'
    ? criteria.filter((c) => c.award === award.id && c.nomineeKind === nomineeKind.id).sort((a, b) => a.order - b.order)
    : [];

export const exclusionsOf = (principles: Principle[]): Exclusion[] =>
  principles.filter((p): p is Exclusion => p.kind === 'exclusion').sort((a, b) => a.order - b.order);

export const prioritiesOf = (principles: Principle[]): Priority[] =>
  principles.filter((p): p is Priority => p.kind === 'priority').sort((a, b) => a.order - b.order);

/**
 * Evaluates a nominee against an award. Invalid voter figures give their messages and no
 * outcome. Otherwise the outcome is the first rule that holds:
 * 1. scope "no" or a criterion not met → not-eligible (unmet lists them);
 * 2. scope or a criterion not answered → incomplete;
 * 3. a permanent exclusion applies (the achievement was already rewarded) → already-rewarded;
 * 4. a permanent exclusion not answered → incomplete (it would change any other outcome);
 * 5. another exclusion applies → excluded (applying lists them);
 * 6. an exclusion not answered → incomplete;
 * 7. eligible when the plan sets the criteria, refer otherwise.
 * So an outcome other than `incomplete` is final: no answer still missing could change it.
 */
export function evaluateEligibility({ award, nomineeKind, criteria, principles, answers }: EligibilityInput): EvaluationResult {
  const scope: CheckedItem = {
    id: nomineeKind.id,
    type: 'scope',
    text: nomineeKind.recipientScope.text,
    question: nomineeKind.recipientScope.question,
    clause: nomineeKind.recipientScope.clause,
    legalBasis: [],
    status: statusOf(answers.inScope, 'yes'),
    answer: answers.inScope,
  };

  const errors: TurnoutError[] = [];
  const checkedCriteria = criteriaFor(criteria, award, nomineeKind).map((criterion): CheckedItem => {
    const item = { id: criterion.id, type: 'criterion' as const, text: criterion.text, question: criterion.question, clause: criterion.clause, legalBasis: [] };
    if (criterion.check.type === 'yes-no') {
      const answer = answers.answers[criterion.id];
      return { ...item, status: statusOf(answer, 'yes'), answer };
    }
    if (isTurnoutEmpty(answers.turnout)) return { ...item, status: 'unanswered' };
    const result = computeTurnout(answers.turnout, criterion.check.minimumPercent);
    if (!result.ok) {
      errors.push(...result.errors);
      return { ...item, status: 'unanswered' };
    }
    return { ...item, status: result.turnout.meets ? 'met' : 'not-met', turnout: result.turnout };
  });
  if (errors.length > 0) return { ok: false, errors };

  const checkedExclusions = exclusionsOf(principles).map((exclusion): CheckedItem => {
    const answer = answers.answers[exclusion.id];
    return {
      id: exclusion.id,
      type: 'exclusion',
      text: exclusion.text,
      question: exclusion.question,
      clause: exclusion.clause,
      legalBasis: exclusion.legalBasis,
      status: statusOf(answer, 'no'),
      answer,
      permanent: exclusion.permanent,
    };
  });

  const unansweredExclusions = checkedExclusions.filter((e) => e.status === 'unanswered');
  const applying = checkedExclusions.filter((e) => e.status === 'not-met');

  const unmet = [scope, ...checkedCriteria].filter((c) => c.status === 'not-met');
  const undecided = [scope, ...checkedCriteria].filter((c) => c.status === 'unanswered');
  let outcome: Outcome;
  let unanswered: CheckedItem[] = [];
  if (unmet.length > 0) outcome = 'not-eligible';
  else if (undecided.length > 0) [outcome, unanswered] = ['incomplete', [...undecided, ...unansweredExclusions]];
  else if (applying.some((e) => e.permanent)) outcome = 'already-rewarded';
  else if (unansweredExclusions.some((e) => e.permanent)) [outcome, unanswered] = ['incomplete', unansweredExclusions];
  else if (applying.length > 0) outcome = 'excluded';
  else if (unansweredExclusions.length > 0) [outcome, unanswered] = ['incomplete', unansweredExclusions];
  else outcome = award.criteriaBasis === 'plan' ? 'eligible' : 'refer';

  return {
    ok: true,
    evaluation: {
      outcome,
      award,
      nomineeKind,
      scope,
      criteria: checkedCriteria,
      exclusions: checkedExclusions,
      unmet,
      applying: outcome === 'excluded' || outcome === 'already-rewarded' ? applying : [],
      unanswered,
      priorities: outcome === 'eligible' || outcome === 'refer' ? prioritiesOf(principles) : [],
    },
  };
}

/** Evaluates the answers of a saved self-check, or gives undefined while award or kind is not chosen. */
export function evaluateSelfCheck(check: SelfCheckAnswers, records: EligibilityRecords): EvaluationResult | undefined {
  const award = records.awards.find((a) => a.id === check.award);
  const nomineeKind = records.nomineeKinds.find((k) => k.id === check.nomineeKind);
  if (!award || !nomineeKind) return undefined;
  return evaluateEligibility({ award, nomineeKind, criteria: records.criteria, principles: records.principles, answers: check });
}

/** "Nghị định số 152/2025/NĐ-CP" / "Luật Thi đua, khen thưởng số 06/2022/QH15". */
function legalReferenceName(reference: LegalReference): string {
  const name = reference.subject.startsWith(reference.kind) ? reference.subject : reference.kind;
  return `${name} số ${reference.number}`;
}

/** "Nghị định số 152/2025/NĐ-CP, Điều 4, khoản 6"; the bare id when the text is unknown. */
export function legalBasisLabel(basis: LegalBasis, references: LegalReference[]): string {
  const reference = references.find((r) => r.id === basis.reference);
  return `${reference ? legalReferenceName(reference) : basis.reference}, ${basis.provision}`;
}

/**
 * The heading of the result. For `refer`, built from the award's record: the guidance it names
 * (Bằng khen Thủ tướng, Mục III.3.1) or who grants it under their own rules (Giấy khen, Mục III.3.3).
 */
export function outcomeHeading(evaluation: Evaluation, references: LegalReference[]): string {
  if (evaluation.outcome !== 'refer') return OUTCOME_LABELS[evaluation.outcome];
  const { award } = evaluation;
  if (award.criteriaBasis === 'external-guidance') {
    const guidance = references.find((r) => r.id === award.guidance);
    return `Tiêu chuẩn theo ${guidance ? `${guidance.kind} ${guidance.number}` : 'văn bản hướng dẫn riêng'}`;
  }
  return `Do ${award.grantedBy} xét theo thẩm quyền`;
}
