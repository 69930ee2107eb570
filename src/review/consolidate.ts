// The review of every unit's dossier against the plan, and across units: per unit its category and
// the quota check of Mục IV.2 (the planner's own evaluateQuota, with its messages and clauses),
// each nominee's self-check outcome and votes, the documents and pages present, the dates; across
// units the same person proposed twice, and the units of a known list that sent nothing. The
// reviewer's marks are not needed here: totals that depend on them are in ./tally.ts. Pure.
import { OUTCOMES, type Outcome } from '../schemas/selfCheck';
import type { DocumentKind, DossierData, DossierDataNominee } from '../schemas/dossierData';
import type { QuotaCategory } from '../schemas/quota';
import { evaluateQuota, type NomineeSelfCheck, type QuotaEvaluation, type QuotaNominee } from '../domain/quotas';
import { clauseLabel } from '../domain/rules';
import { markKey } from '../schemas/reviewKey';
import { reachesThreshold, thresholdWording, voteShare } from '../domain/votes';
import { quotedName } from '../text/vietnamese';
import { dateRange, isoSurelyAfter, shownDate, surelyNotBefore, vietnamDay } from './dates';
import { comparableUnitName, mayBeSamePerson, personKeyOf } from './identity';
import type { ReceivedUnit } from './intake';
import type { ReviewRules } from './rules';

export type ReviewIssueCode =
  | QuotaEvaluation['issues'][number]['code']
  | 'no-category'
  | 'no-documents'
  | 'document-missing'
  | 'report-missing'
  | 'late'
  | 'letter-date-missing'
  | 'meeting-after-letter'
  | 'meeting-before-election'
  | 'votes-missing'
  | 'votes-below'
  | 'possible-duplicate';

/** Something the reviewer should see about a unit's dossier or one of its nominees. */
export interface ReviewIssue {
  code: ReviewIssueCode;
  /** blocking: the dossier does not meet the plan as it stands; warning: to check */
  severity: 'blocking' | 'warning';
  /** in Vietnamese */
  message: string;
  /** the plan clause it rests on, when it has one */
  clause?: string;
  /** the nominee it is about (its id in the unit's ho-so.json) */
  nomineeId?: string;
}

/** Votes of the council for a nominee (the share is written with voteShare of src/domain/votes.ts, as in the minutes). */
export interface Votes {
  inFavour: number;
  present: number;
}

/** One nominee as the review shows it. */
export interface NomineeReview {
  /** id in the unit's ho-so.json */
  id: string;
  data: DossierDataNominee;
  /** the self-check outcome, when the unit made one and this site knows the outcome */
  outcome: Outcome | null;
  votes: Votes | null;
  /** the issues about this nominee (also in the unit's list) */
  issues: ReviewIssue[];
}

/** A category of Mục IV.2 as the review names it. */
export type CategoryRef = Pick<QuotaCategory, 'id' | 'label' | 'order' | 'clause'>;

/** One unit's dossier, reviewed. */
export interface UnitReview {
  key: string;
  name: string;
  fileName: string;
  source: ReceivedUnit['source'];
  data: DossierData;
  /** its quota category; null when none was chosen or the id is unknown */
  category: CategoryRef | null;
  /** the quota check, when the category is known */
  quota: QuotaEvaluation | null;
  nominees: NomineeReview[];
  /** every issue of the dossier, the unit's first, then each nominee's in list order */
  issues: ReviewIssue[];
  blocking: number;
  warnings: number;
}

/**
 * A person proposed by two or more units: same name without diacritics, same year of birth, and
 * no two different full dates of birth (mayBeSamePerson).
 */
export interface PossibleDuplicate {
  name: string;
  birthYear: number;
  /** the full date of birth the dated entries share ("YYYY-MM-DD"); null when no entry gives one */
  birthDate: string | null;
  entries: { unitKey: string; unitName: string; nomineeId: string; name: string; birthDate: string | null }[];
}

/** A unit of a known list (content/forms/tham-dinh.yaml, knownUnitCategories) that sent no dossier. */
export interface MissingUnit {
  category: CategoryRef;
  name: string;
}

export interface Consolidation {
  /** the units in the plan's order of their category (those without one last), then by name */
  units: UnitReview[];
  duplicates: PossibleDuplicate[];
  missing: MissingUnit[];
}

const DOCUMENT_NAMES: Record<Exclude<DocumentKind, 'achievement-report' | 'related'>, string> = {
  'submission-letter': 'tờ trình',
  'nominee-list': 'danh sách đề nghị',
  'meeting-minutes': 'biên bản họp xét khen thưởng',
};

/** The clause of the quota table (plan Mục IV.2). */
export const QUOTA_CLAUSE = 'muc-iv-2';

/** The clause of the dossier's documents (plan Mục V.1.b). */
const DOSSIER_CLAUSE = 'muc-v-1-b';

const knownOutcome = (value: string | undefined): Outcome | null => (OUTCOMES as readonly string[]).includes(value ?? '') ? (value as Outcome) : null;

/** A nominee of ho-so.json as the quota check reads the planner's nominees (numbers as typed). */
const quotaNominee = (nominee: DossierDataNominee): QuotaNominee => ({
  id: nominee.id,
  type: nominee.kind,
  name: nominee.name,
  position: nominee.position ?? '',
  unit: nominee.unit ?? '',
  birthYear: nominee.birthYear === null ? '' : String(nominee.birthYear),
  birthDate: nominee.birthDate ? shownDate(nominee.birthDate) : '',
  gender: nominee.gender ?? '',
  holdsLeadershipPost: nominee.holdsLeadershipPost ?? undefined,
  womenSharePercent: nominee.womenSharePercent === null ? '' : String(nominee.womenSharePercent),
});

/**
 * The planner's own quota check (evaluateQuota) of a unit's list, or of part of it (`nominees`:
 * e.g. the accepted ones), with the unit's category, group count and self-checks.
 */
export function evaluateUnitQuota(
  data: DossierData,
  category: QuotaCategory,
  rules: Pick<ReviewRules, 'principles' | 'birthYears'>,
  nominees: readonly DossierDataNominee[] = data.nominees,
): QuotaEvaluation {
  const selfChecks: Record<string, NomineeSelfCheck | undefined> = Object.create(null);
  for (const nominee of nominees) {
    const outcome = knownOutcome(nominee.selfCheck?.outcome);
    if (nominee.selfCheck && outcome) {
      selfChecks[nominee.id] = { outcome, reasons: nominee.selfCheck.reasons.map((reason) => ({ text: reason.text, clause: reason.clause ?? undefined })) };
    }
  }
  return evaluateQuota({
    category,
    unitName: data.unit.categoryUnit ?? undefined,
    groupCount: data.unit.groupCount === null ? '' : String(data.unit.groupCount),
    nominees: nominees.map(quotaNominee),
    selfChecks,
    principles: rules.principles,
    birthYears: rules.birthYears,
  });
}

/** The unit's quota category of Mục IV.2, or null when none was chosen or the id is unknown. */
export function categoryOf(data: DossierData, rules: Pick<ReviewRules, 'quotas'>): QuotaCategory | null {
  return rules.quotas.find((quota) => quota.id === data.unit.categoryId) ?? null;
}

function quotaIssues(data: DossierData, category: QuotaCategory | null, rules: ReviewRules): { quota: QuotaEvaluation | null; issues: ReviewIssue[] } {
  if (!category) {
    const unknown = data.unit.categoryId !== null;
    return {
      quota: null,
      issues: [
        {
          code: 'no-category',
          severity: 'blocking',
          clause: QUOTA_CLAUSE,
          message: unknown
            ? `Nhóm đơn vị “${data.unit.categoryLabel ?? data.unit.categoryId}” trong tệp không có trong Mục IV.2: chưa kiểm tra được số lượng đề nghị.`
            : 'Đơn vị chưa chọn nhóm theo Mục IV.2 khi lập danh sách: chưa kiểm tra được số lượng đề nghị.',
        },
      ],
    };
  }
  const quota = evaluateUnitQuota(data, category, rules);
  const issues = quota.issues.map(
    (issue): ReviewIssue => ({
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      clause: issue.clause,
      nomineeId: issue.target?.kind === 'nominee' ? issue.target.id : undefined,
    }),
  );
  return { quota, issues };
}

function documentIssues(unit: ReceivedUnit): ReviewIssue[] {
  const { data } = unit;
  if (data.documents.length === 0) {
    return [
      {
        code: 'no-documents',
        severity: 'warning',
        clause: DOSSIER_CLAUSE,
        message: 'Chỉ nhận được dữ liệu hồ sơ (tệp JSON), không kèm tệp PDF: cần đối chiếu tờ trình, biên bản và báo cáo thành tích trong hồ sơ nộp qua iDesk.',
      },
    ];
  }
  const issues: ReviewIssue[] = [];
  for (const [kind, name] of Object.entries(DOCUMENT_NAMES)) {
    if (!data.documents.some((document) => document.kind === kind)) {
      issues.push({ code: 'document-missing', severity: 'blocking', clause: DOSSIER_CLAUSE, message: `Tệp PDF không có ${name}.` });
    }
  }
  for (const nominee of data.nominees) {
    if (!data.documents.some((document) => document.kind === 'achievement-report' && document.nomineeId === nominee.id)) {
      issues.push({
        code: 'report-missing',
        severity: 'blocking',
        clause: DOSSIER_CLAUSE,
        nomineeId: nominee.id,
        message: `Tệp PDF không có báo cáo thành tích của ${quotedName(nominee.name)}.`,
      });
    }
  }
  return issues;
}

function dateIssues(data: DossierData, rules: ReviewRules): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  const { deadline, electionDay } = rules;
  const letter = data.letter.date;
  const meeting = data.meeting.date;
  const made = vietnamDay(data.generatedAt);
  const late = { code: 'late', severity: 'warning', clause: deadline.clause } as const;
  if (letter && surelyNotBefore(letter, deadline.date)) {
    issues.push({ ...late, message: `Nộp muộn: tờ trình đề ngày ${shownDate(letter)}, trong khi hạn gửi hồ sơ là ${deadline.wording}.` });
  } else if (surelyNotBefore(made, deadline.date)) {
    issues.push({ ...late, message: `Nộp muộn: hồ sơ được ghép ngày ${shownDate(made)}, trong khi hạn gửi hồ sơ là ${deadline.wording}.` });
  }
  if (!letter) {
    issues.push({ code: 'letter-date-missing', severity: 'warning', message: 'Tệp không ghi ngày của tờ trình (có thể được viết tay): cần xem ngày trên văn bản.' });
  }
  if (letter && meeting && isoSurelyAfter(meeting, letter)) {
    issues.push({
      code: 'meeting-after-letter',
      severity: 'warning',
      message: `Cuộc họp xét khen thưởng (${shownDate(meeting)}) diễn ra sau ngày tờ trình (${shownDate(letter)}): tờ trình phải căn cứ biên bản họp xét.`,
    });
  }
  if (meeting && dateRange(meeting) && dateRange(meeting)!.last < electionDay.date) {
    issues.push({
      code: 'meeting-before-election',
      severity: 'warning',
      message: `Cuộc họp xét khen thưởng (${shownDate(meeting)}) diễn ra trước ngày bầu cử (${electionDay.wording}).`,
    });
  }
  return issues;
}

/** The votes of a nominee, or null when not given (the count of members present may come from the meeting). */
function votesOf(nominee: DossierDataNominee, data: DossierData): Votes | null {
  const present = nominee.membersPresent ?? data.meeting.membersPresent;
  if (nominee.votesInFavour === null || present === null || present === 0) return null;
  return { inFavour: nominee.votesInFavour, present };
}

function voteIssues(nominee: DossierDataNominee, votes: Votes | null, rules: ReviewRules): ReviewIssue[] {
  const rule = thresholdWording(rules.voteThreshold);
  if (!votes) {
    return [
      {
        code: 'votes-missing',
        severity: 'warning',
        nomineeId: nominee.id,
        message: `${quotedName(nominee.name)}: tệp không ghi số phiếu đồng ý tại cuộc họp xét (cần xem biên bản).`,
      },
    ];
  }
  if (reachesThreshold(votes, rules.voteThreshold)) return [];
  return [
    {
      code: 'votes-below',
      severity: 'warning',
      nomineeId: nominee.id,
      message: `${quotedName(nominee.name)}: ${votes.inFavour}/${votes.present} phiếu đồng ý (${voteShare(votes)}), chưa đạt mức ${rule}.`,
    },
  ];
}

/** The units in the plan's order of their category, those without one last, then by name. */
const byCategoryThenName = (a: UnitReview, b: UnitReview) =>
  (a.category?.order ?? Infinity) - (b.category?.order ?? Infinity) || a.name.localeCompare(b.name, 'vi') || a.key.localeCompare(b.key);

/** Reviews one unit's dossier on its own. */
export function reviewUnit(unit: ReceivedUnit, rules: ReviewRules): UnitReview {
  const { data } = unit;
  const category = categoryOf(data, rules);
  const quota = quotaIssues(data, category, rules);
  const nominees = data.nominees.map((nominee): NomineeReview => {
    const votes = votesOf(nominee, data);
    return { id: nominee.id, data: nominee, outcome: knownOutcome(nominee.selfCheck?.outcome), votes, issues: voteIssues(nominee, votes, rules) };
  });
  const unitIssues = [...quota.issues.filter((issue) => !issue.nomineeId), ...documentIssues(unit).filter((issue) => !issue.nomineeId), ...dateIssues(data, rules)];
  const perNominee = [...quota.issues, ...documentIssues(unit)].filter((issue) => issue.nomineeId);
  for (const nominee of nominees) nominee.issues.unshift(...perNominee.filter((issue) => issue.nomineeId === nominee.id));
  const issues = [...unitIssues, ...nominees.flatMap((nominee) => nominee.issues)];
  return {
    key: unit.key,
    name: data.unit.name,
    fileName: unit.fileName,
    source: unit.source,
    data,
    category: category && { id: category.id, label: category.label, order: category.order, clause: category.clause },
    quota: quota.quota,
    nominees,
    issues,
    blocking: issues.filter((issue) => issue.severity === 'blocking').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
  };
}

/**
 * The same person proposed by two or more units: the individuals of one key (folded name and year
 * of birth), split by full date of birth where the files give different ones; an entry without a
 * date may be any of them, so it goes with each.
 */
function possibleDuplicates(units: readonly UnitReview[]): PossibleDuplicate[] {
  const byPerson = new Map<string, { name: string; birthYear: number; entries: PossibleDuplicate['entries'] }>();
  for (const unit of units) {
    for (const nominee of unit.nominees) {
      if (nominee.data.kind !== 'individual') continue;
      const key = personKeyOf(nominee.data);
      if (key === null) continue;
      const group = byPerson.get(key) ?? { name: nominee.data.name, birthYear: nominee.data.birthYear!, entries: [] };
      group.entries.push({ unitKey: unit.key, unitName: unit.name, nomineeId: nominee.id, name: nominee.data.name, birthDate: nominee.data.birthDate ?? null });
      byPerson.set(key, group);
    }
  }
  const duplicates: PossibleDuplicate[] = [];
  for (const group of byPerson.values()) {
    const dates = [...new Set(group.entries.map((entry) => entry.birthDate).filter((date) => date !== null))];
    const clusters = dates.length === 0 ? [null] : dates;
    for (const birthDate of clusters) {
      const entries = group.entries.filter((entry) => mayBeSamePerson(entry, { birthDate }));
      if (new Set(entries.map((entry) => entry.unitKey)).size > 1) duplicates.push({ name: group.name, birthYear: group.birthYear, birthDate, entries });
    }
  }
  return duplicates;
}

/** The units of the known lists that sent nothing. */
function missingUnits(units: readonly UnitReview[], rules: ReviewRules): MissingUnit[] {
  const missing: MissingUnit[] = [];
  for (const category of rules.quotas) {
    if (!rules.knownUnitCategories.includes(category.id)) continue;
    const received = units.filter((unit) => unit.category?.id === category.id);
    for (const name of category.units) {
      const folded = comparableUnitName(name);
      const sent =
        category.units.length === 1
          ? received.length > 0
          : received.some((unit) => comparableUnitName(unit.data.unit.categoryUnit ?? '') === folded || comparableUnitName(unit.name).includes(folded));
      if (!sent) missing.push({ category: { id: category.id, label: category.label, order: category.order, clause: category.clause }, name });
    }
  }
  return missing;
}

/**
 * Reviews every received unit, then across units: a person proposed by two units gets a warning
 * "có thể trùng" on each side, naming the other unit; the units of a known list that sent nothing
 * are listed.
 */
export function consolidate(received: readonly ReceivedUnit[], rules: ReviewRules): Consolidation {
  const units = received.map((unit) => reviewUnit(unit, rules));
  const duplicates = possibleDuplicates(units);
  const byKey = new Map(units.map((unit) => [unit.key, unit]));
  // each nominee once, with every other unit's entry it may be (an entry without a date may be in several groups)
  const othersOf = new Map<string, { unit: UnitReview; nominee: NomineeReview; others: Map<string, PossibleDuplicate['entries'][number]> }>();
  for (const group of duplicates) {
    for (const entry of group.entries) {
      const at = markKey(entry.unitKey, entry.nomineeId);
      const unit = byKey.get(entry.unitKey)!;
      const seen = othersOf.get(at) ?? { unit, nominee: unit.nominees.find((n) => n.id === entry.nomineeId)!, others: new Map() };
      othersOf.set(at, seen);
      for (const other of group.entries) if (other.unitKey !== entry.unitKey) seen.others.set(markKey(other.unitKey, other.nomineeId), other);
    }
  }
  for (const { unit, nominee, others } of othersOf.values()) {
    const born = nominee.data.birthDate ? `sinh ngày ${shownDate(nominee.data.birthDate)}` : `sinh năm ${nominee.data.birthYear}`;
    const issue: ReviewIssue = {
      code: 'possible-duplicate',
      severity: 'warning',
      nomineeId: nominee.id,
      message: `${quotedName(nominee.data.name)} (${born}) có thể trùng với ${[...others.values()]
        .map((other) => `${quotedName(other.name)} do ${quotedName(other.unitName)} đề nghị`)
        .join('; ')}: cần xác minh có phải một người không.`,
    };
    nominee.issues.push(issue);
    unit.issues.push(issue);
    unit.warnings += 1;
  }
  units.sort(byCategoryThenName);
  return { units, duplicates, missing: missingUnits(units, rules) };
}

/** "Mục IV.2.b" for a category. */
export const categoryClauseLabel = (category: CategoryRef): string => clauseLabel(category.clause);
