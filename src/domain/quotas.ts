// Quota of proposals for the Bằng khen của Chủ tịch UBND tỉnh (plan Mục IV.2): does a unit's list
// of nominees fit its category? Pure: every number comes from the quota record passed in.
import type { Nominee, NomineeType } from '../schemas/nominee';
import type { NomineeKind } from '../schemas/nomineeKind';
import type { Principle } from '../schemas/principle';
import type { QuotaCategory, QuotaLimit } from '../schemas/quota';
import { emptyRecord } from '../schemas/recordKey';
import type { Outcome, SelfCheckAnswers } from '../schemas/selfCheck';
import { characterCount, NOMINEE_TEXT_LIMITS, type LimitedNomineeField } from '../schemas/textLimits';
import { comparableName, isBlank, parsePercent, parseTypedDate, parseWholeNumber, quotedName } from '../text/vietnamese';
import { evaluateSelfCheck, type EligibilityRecords } from './eligibility';
import { isBarred } from './outcomes';
import { birthDayProblem, yearProblem, type YearRange } from './ranges';
import { clauseLabel } from './rules';
import { groupNoun, parseGroupCount } from './groupCount';

export { groupNoun, parseGroupCount };

/** The fields of a nominee the quota check reads: those of the stored nominee, all but the identity optional. */
export type QuotaNominee = Pick<Nominee, 'id' | 'type' | 'name'> &
  Partial<Pick<Nominee, 'position' | 'unit' | 'birthYear' | 'birthDate' | 'gender' | 'holdsLeadershipPost' | 'womenSharePercent'>>;

export interface NomineeSelfCheck {
  /** the outcome of the nominee's self-check (src/domain/eligibility.ts); only `eligible` counts as passed */
  outcome: Outcome;
  /** what made the outcome (the exclusions found, the criteria not met), each with its clause */
  reasons?: { text: string; clause?: string }[];
}

/**
 * The self-check of one nominee summarised for the quota check: the saved answers evaluated again
 * (never a cached outcome). Undefined when no self-check was saved for the nominee.
 */
export function summariseSelfCheck(check: SelfCheckAnswers | undefined, records: EligibilityRecords): NomineeSelfCheck | undefined {
  if (!check) return undefined;
  const result = evaluateSelfCheck(check, records);
  if (!result?.ok) return { outcome: 'incomplete' };
  const { outcome, applying, unmet } = result.evaluation;
  const items = isBarred(outcome) ? applying : outcome === 'not-eligible' ? unmet : [];
  return { outcome, reasons: items.map((item) => ({ text: item.text, clause: item.clause })) };
}

/** The summaries of the saved self-checks of every nominee, by nominee id (drafts.selfChecks is keyed by it). */
export const summariseSelfChecks = (
  nominees: readonly { id: string }[],
  checks: Readonly<Record<string, SelfCheckAnswers | undefined>>,
  records: EligibilityRecords,
): Record<string, NomineeSelfCheck | undefined> => {
  // a null-prototype record: a nominee id from the drafts never reaches the prototype chain
  const summaries = emptyRecord<NomineeSelfCheck | undefined>();
  for (const n of nominees) summaries[n.id] = summariseSelfCheck(Object.hasOwn(checks, n.id) ? checks[n.id] : undefined, records);
  return summaries;
};

export interface QuotaInput {
  category: QuotaCategory;
  /** the unit chosen inside a category listing several units (e.g. "Công an tỉnh") */
  unitName?: string;
  /** number of boards or teams, as typed; read only for categories counted per board or team */
  groupCount?: string | number;
  nominees: readonly QuotaNominee[];
  /** self-check summaries by nominee id; a nominee without one has not been checked */
  selfChecks?: Readonly<Record<string, NomineeSelfCheck | undefined>>;
  /** principles.yaml records: the priority of the note of Mục IV is quoted in a warning */
  principles: readonly Principle[];
  /** the years of birth an individual may have (EligibilityRecords.birthYears: from election day) */
  birthYears: YearRange;
}

export type QuotaIssueCode =
  | 'group-count'
  | 'empty-list'
  | 'type-not-allowed'
  | 'over-limit'
  | 'nominee-invalid'
  | 'self-check-excluded'
  | 'self-check-already-rewarded'
  | 'self-check-not-passed'
  | 'duplicate-name'
  | 'all-leaders';

/** A field of a nominee of the list. */
export type NomineeField = keyof Omit<Nominee, 'id'>;

/**
 * What a quota issue is about, as data (the islands turn it into a field id or a link): the
 * unit's own choices in the planner, or a nominee of the list and one of its fields.
 */
export type QuotaTarget = { kind: 'unit'; field: 'category' | 'groupCount' } | { kind: 'nominee'; id: string; field?: NomineeField };

export interface QuotaIssue {
  code: QuotaIssueCode;
  /** blocking issues make the list not ready; warnings do not */
  severity: 'blocking' | 'warning';
  /** the message, in Vietnamese */
  message: string;
  /** the plan clause the message cites */
  clause?: string;
  /** what the issue is about, when it is about one thing */
  target?: QuotaTarget;
  /** over-limit: by how many nominees */
  excess?: number;
  /** over-limit / type-not-allowed: which count */
  counted?: NomineeType | 'either';
}

export interface QuotaCounts {
  collectives: number;
  individuals: number;
  total: number;
}

export interface QuotaEvaluation {
  /** boards or teams counted (null for per-unit categories or when the count is invalid) */
  groupCount: number | null;
  /** the allowance of the category, scaled by the boards or teams; null while their number is invalid */
  allowance: QuotaLimit | null;
  counts: QuotaCounts;
  issues: QuotaIssue[];
  /** no blocking issue: the dossier may be generated from this list */
  ready: boolean;
}

/** The plan clause of the priority for front-line workers and non-leaders (the note of Mục IV). */
export const LEADERSHIP_PRIORITY_CLAUSE = 'muc-iv-luu-y';

const NOUN: Record<NomineeType | 'either', string> = { collective: 'tập thể', individual: 'cá nhân', either: 'trường hợp' };

/** The plan's rule quoted with its clause, ending a message. */
const ruleCitation = (category: QuotaCategory) => `Quy định: “${category.sourceText}” (${clauseLabel(category.clause)}).`;

/** Scales the per-board or per-team limit; per-unit limits are returned as they are. */
const scaleLimit = (limit: QuotaLimit, times: number): QuotaLimit =>
  limit.kind === 'separate'
    ? { kind: 'separate', collectives: limit.collectives * times, individuals: limit.individuals * times }
    : { kind: 'either', cases: limit.cases * times };

function countNominees(nominees: readonly Pick<QuotaNominee, 'type'>[]): QuotaCounts {
  const collectives = nominees.filter((n) => n.type === 'collective').length;
  return { collectives, individuals: nominees.length - collectives, total: nominees.length };
}

const TEXT_LABELS: Record<LimitedNomineeField, string> = { name: 'Tên', position: 'Chức vụ', unit: 'Đơn vị công tác' };

/** A text longer than its limit (src/schemas/textLimits.ts): how many characters it has and may have. */
function tooLong(nominee: QuotaNominee, field: LimitedNomineeField): { field: NomineeField; message: string }[] {
  const count = characterCount(nominee[field] ?? '');
  const limit = NOMINEE_TEXT_LIMITS[field];
  const label = field === 'name' ? (nominee.type === 'collective' ? 'Tên tập thể' : 'Họ và tên') : TEXT_LABELS[field];
  return count > limit ? [{ field, message: `${label} dài ${count} ký tự, quá giới hạn ${limit} ký tự: hãy viết gọn lại.` }] : [];
}

const SHARE_MESSAGES = {
  negative: 'Tỷ lệ nữ không được là số âm.',
  dot: 'Tỷ lệ nữ ghi phần thập phân sau dấu phẩy, ví dụ 72,5 (không dùng dấu chấm).',
  invalid: 'Tỷ lệ nữ phải là một số từ 0 đến 100, có thể có phần thập phân sau dấu phẩy, ví dụ 72 hoặc 72,5; để trống nếu chưa biết.',
  over: 'Tỷ lệ nữ không được lớn hơn 100%.',
};

/** The share of women of a collective as typed, read (hundredths of a percent) or with its message; empty is allowed. */
export function womenShare(typed: string | undefined): { hundredths?: bigint } | { message: string } {
  const parsed = parsePercent(typed ?? '');
  if (!parsed.ok) return parsed.problem === 'empty' ? {} : { message: SHARE_MESSAGES[parsed.problem] };
  return parsed.hundredths > BigInt(10000) ? { message: SHARE_MESSAGES.over } : { hundredths: parsed.hundredths };
}

/**
 * The messages about one nominee's fields, keyed by field name (empty when the nominee is
 * complete). `birthYears`: the range of years of birth (birthYearRange of election day).
 */
export function validateNominee(nominee: QuotaNominee, birthYears: YearRange): { field: NomineeField; message: string }[] {
  const issues: { field: NomineeField; message: string }[] = [];
  if (isBlank(nominee.name)) {
    issues.push({ field: 'name', message: nominee.type === 'collective' ? 'Nhập tên tập thể.' : 'Nhập họ và tên.' });
  }
  issues.push(...tooLong(nominee, 'name'));
  if (nominee.type === 'collective') {
    const share = womenShare(nominee.womenSharePercent);
    if ('message' in share) issues.push({ field: 'womenSharePercent', message: share.message });
    return issues;
  }
  if (isBlank(nominee.position)) issues.push({ field: 'position', message: 'Nhập chức vụ.' });
  issues.push(...tooLong(nominee, 'position'));
  if (isBlank(nominee.unit)) issues.push({ field: 'unit', message: 'Nhập đơn vị công tác.' });
  issues.push(...tooLong(nominee, 'unit'));
  const year = nominee.birthYear ?? '';
  const problem = isBlank(year) ? `Nhập năm sinh (4 chữ số, ví dụ ${birthYears.max - 20}).` : yearProblem(year, birthYears, 'Năm sinh');
  if (problem) issues.push({ field: 'birthYear', message: problem });
  else {
    const young = birthDayProblem(parseTypedDate(nominee.birthDate ?? '', { from: birthYears.min, to: birthYears.max }), birthYears);
    if (young) issues.push({ field: 'birthDate', message: young });
  }
  if (!nominee.gender) issues.push({ field: 'gender', message: 'Chọn giới tính.' });
  if (nominee.holdsLeadershipPost === undefined) {
    issues.push({ field: 'holdsLeadershipPost', message: 'Cho biết người này có giữ chức vụ lãnh đạo, quản lý hay không.' });
  }
  return issues;
}

const nomineeRef = (nominee: QuotaNominee, index: number) => `Dòng ${index + 1} ${quotedName(nominee.name)}`;

interface Limits {
  who: string;
  scale: string;
  category: QuotaCategory;
}

const unitWho = (category: QuotaCategory, unitName?: string) => unitName?.trim() || category.label;

function limitsOf(input: Pick<QuotaInput, 'category' | 'unitName' | 'groupCount'>): { allowance: QuotaLimit | null; groupCount: number | null; groupIssue?: QuotaIssue; limits: Limits } {
  const { category } = input;
  const limits: Limits = { who: unitWho(category, input.unitName), scale: '', category };
  const noun = groupNoun(category);
  if (!noun) return { allowance: category.limit, groupCount: null, limits };
  const parsed = parseGroupCount(category, input.groupCount);
  if ('message' in parsed) {
    return {
      allowance: null,
      groupCount: null,
      limits,
      groupIssue: { code: 'group-count', severity: 'blocking', message: parsed.message, target: { kind: 'unit', field: 'groupCount' }, clause: category.clause },
    };
  }
  limits.scale = ` với ${parsed.value} ${noun}`;
  return { allowance: scaleLimit(category.limit, parsed.value), groupCount: parsed.value, limits };
}

function typeNotAllowed(limits: Limits, type: NomineeType, count: number, refusing: boolean): QuotaIssue {
  const other = NOUN[type === 'collective' ? 'individual' : 'collective'];
  const head = refusing ? `Không thêm được ${NOUN[type]}: ` : `Danh sách có ${count} ${NOUN[type]}, nhưng `;
  return {
    code: 'type-not-allowed',
    severity: 'blocking',
    counted: type,
    clause: limits.category.clause,
    message: `${head}${limits.who} chỉ được đề nghị ${other}, không đề nghị ${NOUN[type]}. ${ruleCitation(limits.category)}`,
  };
}

function overLimit(limits: Limits, counted: NomineeType | 'either', count: number, max: number, counts: QuotaCounts, refusing: boolean): QuotaIssue {
  const noun = NOUN[counted];
  const detail = counted === 'either' ? ` (${counts.collectives} tập thể, ${counts.individuals} cá nhân)` : '';
  const kindNote = counted === 'either' ? ' (tập thể hoặc cá nhân)' : '';
  const head = refusing
    ? `Không thêm được: ${limits.who}${limits.scale} được đề nghị tối đa ${max} ${noun}${kindNote} và danh sách đã có ${count - 1} ${noun}.`
    : `Vượt số lượng ${count - max} ${noun}: danh sách có ${count} ${noun}${detail}, trong khi ${limits.who}${limits.scale} được đề nghị tối đa ${max} ${noun}${kindNote}.`;
  return {
    code: 'over-limit',
    severity: 'blocking',
    counted,
    excess: count - max,
    clause: limits.category.clause,
    message: `${head} ${ruleCitation(limits.category)}`,
  };
}

const NOMINEE_TYPES = ['collective', 'individual'] as const;

/** The types of nominee a category allows: a separate limit of 0 refuses that type (e.g. provincial boards: individuals only). */
export const allowedTypes = (category: QuotaCategory): NomineeType[] => NOMINEE_TYPES.filter((type) => !neverAllowed(category, type));

/**
 * The kind of nominee (content/rules/nominee-kinds.yaml) that a unit of this category proposes
 * for this type: the first kind of the type whose `proposedBy` holds the category's group.
 */
export const kindFor = (category: QuotaCategory, type: NomineeType, kinds: readonly Pick<NomineeKind, 'id' | 'nomineeType' | 'proposedBy'>[]) =>
  kinds.find((kind) => kind.nomineeType === type && kind.proposedBy.includes(category.group));
const countOf = (counts: QuotaCounts, type: NomineeType) => (type === 'collective' ? counts.collectives : counts.individuals);
const maxOf = (limit: Extract<QuotaLimit, { kind: 'separate' }>, type: NomineeType) => (type === 'collective' ? limit.collectives : limit.individuals);

/** The category never allows this type of nominee (its separate limit for it is 0). */
const neverAllowed = (category: QuotaCategory, type: NomineeType) => category.limit.kind === 'separate' && maxOf(category.limit, type) === 0;

/** The count issues of a list against an allowance; `refusing` words them as the refusal of one more nominee. */
function countIssues(allowance: QuotaLimit, counts: QuotaCounts, limits: Limits, refusing = false): QuotaIssue[] {
  if (allowance.kind === 'either') {
    return counts.total > allowance.cases ? [overLimit(limits, 'either', counts.total, allowance.cases, counts, refusing)] : [];
  }
  const issues: QuotaIssue[] = [];
  for (const type of NOMINEE_TYPES) {
    const count = countOf(counts, type);
    const max = maxOf(allowance, type);
    if (count <= max) continue;
    // A type the category never allows is refused as such, not as "over by N".
    issues.push(neverAllowed(limits.category, type) ? typeNotAllowed(limits, type, count, refusing) : overLimit(limits, type, count, max, counts, refusing));
  }
  return issues;
}

function selfCheckIssues(input: QuotaInput): QuotaIssue[] {
  const issues: QuotaIssue[] = [];
  input.nominees.forEach((nominee, index) => {
    const check = input.selfChecks?.[nominee.id];
    const ref = nomineeRef(nominee, index);
    const reasons = (check?.reasons ?? []).map((r) => (r.clause ? `${r.text} (${clauseLabel(r.clause)})` : r.text)).join('; ');
    const base = { target: { kind: 'nominee', id: nominee.id } as const, clause: check?.reasons?.find((r) => r.clause)?.clause };
    if (check?.outcome === 'excluded') {
      issues.push({
        ...base,
        code: 'self-check-excluded',
        severity: 'blocking',
        message: `${ref}: tự kiểm tra cho thấy thuộc trường hợp chưa khen thưởng, chưa đề nghị khen thưởng${reasons ? `: ${reasons}` : ''}.`,
      });
    } else if (check?.outcome === 'already-rewarded') {
      issues.push({
        ...base,
        code: 'self-check-already-rewarded',
        severity: 'blocking',
        message: `${ref}: tự kiểm tra cho thấy thành tích này đã được khen thưởng, không đề nghị khen thưởng cho thành tích này${reasons ? `: ${reasons}` : ''}.`,
      });
    } else if (check?.outcome !== 'eligible') {
      const what =
        check?.outcome === 'not-eligible'
          ? `kết quả tự kiểm tra là chưa đạt tiêu chuẩn${reasons ? `: ${reasons}` : ''}`
          : check?.outcome === 'incomplete'
            ? 'chưa tự kiểm tra xong các tiêu chuẩn'
            : check?.outcome === 'refer'
              ? 'đã tự kiểm tra theo một hình thức khen thưởng khác, chưa theo tiêu chuẩn do Kế hoạch quy định'
              : 'chưa tự kiểm tra tiêu chuẩn';
      issues.push({ ...base, code: 'self-check-not-passed', severity: 'warning', message: `${ref}: ${what}.` });
    }
  });
  return issues;
}

/** A warning for each nominee named like an earlier one of the list, naming both rows. */
function duplicateIssues(nominees: readonly QuotaNominee[]): QuotaIssue[] {
  const first = new Map<string, number>();
  const issues: QuotaIssue[] = [];
  nominees.forEach((nominee, index) => {
    if (isBlank(nominee.name)) return;
    const key = comparableName(nominee.name);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    issues.push({
      code: 'duplicate-name',
      severity: 'warning',
      target: { kind: 'nominee', id: nominee.id, field: 'name' },
      message: `${nomineeRef(nominee, index)} trùng tên với dòng ${earlier + 1}: nếu nhập hai lần, hãy xóa một dòng; nếu là hai ${NOUN[nominee.type]} khác nhau, hãy kiểm tra lại tên.`,
    });
  });
  return issues;
}

function leadershipIssue(input: QuotaInput, counts: QuotaCounts): QuotaIssue[] {
  const individuals = input.nominees.filter((n) => n.type === 'individual');
  if (counts.individuals === 0 || !individuals.every((n) => n.holdsLeadershipPost === true)) return [];
  const priority = input.principles.find((p) => p.kind === 'priority' && p.clause === LEADERSHIP_PRIORITY_CLAUSE);
  const every = counts.individuals === 1 ? 'Cá nhân duy nhất trong danh sách giữ' : `Cả ${counts.individuals} cá nhân trong danh sách đều giữ`;
  const quote = priority ? ` Kế hoạch lưu ý: “${priority.text}” (${clauseLabel(LEADERSHIP_PRIORITY_CLAUSE)}).` : '';
  return [
    {
      code: 'all-leaders',
      severity: 'warning',
      clause: LEADERSHIP_PRIORITY_CLAUSE,
      message: `${every} chức vụ lãnh đạo, quản lý.${quote}`,
    },
  ];
}

/**
 * Checks a unit's list of nominees against its quota category: the allowance (scaled by the
 * number of boards or teams), the counts, and every issue, blocking or not, with its clause.
 */
export function evaluateQuota(input: QuotaInput): QuotaEvaluation {
  const { allowance, groupCount, groupIssue, limits } = limitsOf(input);
  const counts = countNominees(input.nominees);
  const issues: QuotaIssue[] = [];
  if (groupIssue) issues.push(groupIssue);
  if (allowance) issues.push(...countIssues(allowance, counts, limits));
  else {
    // Even without a valid number of boards, a type the category never allows is reported.
    for (const type of NOMINEE_TYPES) {
      if (neverAllowed(input.category, type) && countOf(counts, type) > 0) issues.push(typeNotAllowed(limits, type, countOf(counts, type), false));
    }
  }
  if (counts.total === 0) {
    issues.push({ code: 'empty-list', severity: 'blocking', message: 'Danh sách chưa có tập thể, cá nhân nào.' });
  }
  input.nominees.forEach((nominee, index) => {
    for (const problem of validateNominee(nominee, input.birthYears)) {
      issues.push({
        code: 'nominee-invalid',
        severity: 'blocking',
        target: { kind: 'nominee', id: nominee.id, field: problem.field },
        message: `${nomineeRef(nominee, index)}: ${problem.message}`,
      });
    }
  });
  issues.push(...selfCheckIssues(input), ...duplicateIssues(input.nominees), ...leadershipIssue(input, counts));
  return { groupCount, allowance, counts, issues, ready: !issues.some((issue) => issue.severity === 'blocking') };
}

/**
 * Why one more nominee of `type` cannot be added to the list (or put in place of `replacingId`):
 * the number of boards or teams is invalid, the category does not allow that type, or the list
 * is full. Undefined when it can be added.
 */
export function refusalToAdd(input: Omit<QuotaInput, 'principles' | 'selfChecks' | 'birthYears'>, type: NomineeType, replacingId?: string): QuotaIssue | undefined {
  const { allowance, groupIssue, limits } = limitsOf(input);
  if (neverAllowed(input.category, type)) return typeNotAllowed(limits, type, 0, true);
  if (groupIssue || !allowance) return groupIssue;
  const others = input.nominees.filter((n) => n.id !== replacingId);
  const counts = countNominees([...others, { type }]);
  return countIssues(allowance, counts, limits, true).find((issue) => issue.counted === type || issue.counted === 'either');
}
