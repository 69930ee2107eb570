// What the review checks against, picked out of the rules data (content/rules) and the review's
// wording (content/forms/tham-dinh.yaml) once, at build time, by the page. Pure.
import { ELECTION_DAY_ID, electionDay } from '../domain/eligibility';
import { birthYearRange, type YearRange } from '../domain/ranges';
import type { Rules } from '../domain/rules';
import type { Principle } from '../schemas/principle';
import type { QuotaCategory } from '../schemas/quota';
import type { ReviewForm } from '../schemas/reviewForm';
import type { VoteThreshold } from '../schemas/planDocument';

/** The date a check compares with, as the rules give it. */
export interface KeyDay {
  /** "YYYY-MM-DD" */
  date: string;
  /** as the cited text words it, e.g. "trước ngày 31/3/2026" */
  wording: string;
  /** the plan clause, when the plan gives it */
  clause?: string;
}

export interface ReviewRules {
  /** the quota categories, in the plan's order */
  quotas: QuotaCategory[];
  /** principles.yaml records (the quota check quotes the priority of Mục IV's note) */
  principles: Principle[];
  /** the dossier deadline (key-dates.yaml, isDeadline) */
  deadline: KeyDay;
  /** election day (key-dates.yaml): the council meets after it */
  electionDay: KeyDay;
  /** the years of birth an individual may have (from election day, as the planner checks them) */
  birthYears: YearRange;
  /** the share of votes below which a nominee is flagged (plan-document.yaml, as the units' dossier checks it) */
  voteThreshold: VoteThreshold;
  /** the categories whose units are named one by one, each expected to send a dossier */
  knownUnitCategories: string[];
}

/** The review's rules from the rules data and its wording; throws naming the file when a record is missing. */
export function reviewRules(rules: Pick<Rules, 'quotas' | 'principles' | 'keyDates' | 'planDocument'>, form: Pick<ReviewForm, 'knownUnitCategories'>): ReviewRules {
  const deadline = rules.keyDates.find((keyDate) => keyDate.isDeadline);
  if (!deadline || !/^\d{4}-\d{2}-\d{2}$/.test(deadline.date)) throw new Error('content/rules/key-dates.yaml: thiếu hạn nộp hồ sơ (isDeadline: true, ngày đủ ngày tháng năm)');
  const unknown = form.knownUnitCategories.filter((id) => !rules.quotas.some((quota) => quota.id === id));
  if (unknown.length > 0) throw new Error(`content/forms/tham-dinh.yaml (knownUnitCategories): không có nhóm ${unknown.join(', ')} trong quotas.yaml`);
  electionDay(rules); // throws, naming the file, without a full election day
  const election = rules.keyDates.find((keyDate) => keyDate.id === ELECTION_DAY_ID)!;
  return {
    quotas: rules.quotas,
    principles: rules.principles,
    deadline: { date: deadline.date, wording: deadline.wording, clause: deadline.clause },
    electionDay: { date: election.date, wording: election.wording, clause: election.clause },
    birthYears: birthYearRange(election.date),
    voteThreshold: rules.planDocument.dossier.voteThreshold,
    knownUnitCategories: form.knownUnitCategories,
  };
}
