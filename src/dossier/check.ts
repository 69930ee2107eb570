// The dossier's consistency (plan Mục V.1.b, IV.2), checked on the drafts before any document is
// made: the unit's profile is complete, every report has a real signer, the meeting's figures
// hold, every nominee of the list has its summary, its vote (in the minutes) and its report, and
// the list fits the quota. The letter, the list, the reports and the minutes are all assembled
// from the one list of the planner (./assemble.ts), so their counts agree by construction.
// Besides these blocking issues, warnings point at what is allowed but looks wrong (a date before
// election day or after the deadline, a name that contradicts the unit's category, a header line
// that must break): the unit is told, the documents are still made, no date is changed.
// Pure: no DOM, no Preact, no docx. Every issue carries a target, never a DOM id.
import { fitHeader } from '../documents/headerFit';
import type { HeaderLines } from '../documents/types';
import { isCommuneName } from '../documents/unitNames';
import { textLines } from '../documents/text';
import type { ReportDraft } from '../storage/dossierDraft';
import { evaluateQuota, summariseSelfChecks } from '../domain/quotas';
import { awardYearRange, yearProblem } from '../domain/ranges';
import { reachesThreshold, thresholdWording, voteShare } from '../domain/votes';
import type { VoteThreshold } from '../schemas/planDocument';
import { votingMethodOf } from '../schemas/meeting';
import { DOSSIER_TEXT_LIMITS, tooLongMessage } from '../schemas/dossierTextLimits';
import { characterCount } from '../schemas/textLimits';
import type { EarlierAward } from '../schemas/unitProfile';
import type { Drafts } from '../storage/drafts';
import { daySpan, isBlank, isoDate, lateFor, parseTypedDate, parseWholeNumber, quotedName, shortDate, surelyAfter, upperFirst, type DocumentDate } from '../text/vietnamese';
import { unitOf } from './assemble';
import { dossierNominees, listedNominee, MAX_MEMBERS, nomineeNaming, type DossierRules, type ListedNominee, type NomineeNaming } from './nominees';
import { reportSections } from './reportText';
import { profileContext, profileDefaults } from './profile';
import { absentMembers, divisionLines } from './unit';
import { fullBirthDate } from './starter';
import type { DossierTarget } from './targets';

/** Every rule of the dossier, by the code of its issue (a test makes each one fail). */
export const DOSSIER_ISSUE_CODES = [
  'profile-missing',
  'profile-invalid',
  'no-nominees',
  'no-category',
  'quota',
  'summary-missing',
  'votes-missing',
  'votes-invalid',
  'votes-over-present',
  'members-missing',
  'members-invalid',
  'present-over-total',
  'absent-over',
  'meeting-missing',
  'date-invalid',
  'report-empty',
  'award-year-invalid',
  'name-missing',
  'too-long',
  'birth-date-invalid',
  'signer-missing',
  // warnings
  'date-before-election',
  'date-after-deadline',
  'meeting-after-letter',
  'category-mismatch',
  'header-break',
  'votes-below',
  'division-head-differs',
] as const;

export type DossierIssueCode = (typeof DOSSIER_ISSUE_CODES)[number];

/** The codes that warn without refusing to generate. */
const WARNINGS: readonly DossierIssueCode[] = ['date-before-election', 'date-after-deadline', 'meeting-after-letter', 'category-mismatch', 'header-break', 'votes-below', 'division-head-differs'];

/** One consistency finding: a Vietnamese explanation and what it is about; `warning` never stops a document. */
export interface DossierIssue {
  code: DossierIssueCode;
  severity: 'blocking' | 'warning';
  message: string;
  target: DossierTarget;
}

const issue = (code: DossierIssueCode, target: DossierTarget, message: string): DossierIssue => ({
  code,
  severity: WARNINGS.includes(code) ? 'warning' : 'blocking',
  target,
  message,
});

const PROFILE_REQUIRED = {
  unitName: 'Nhập tên đơn vị đề nghị khen thưởng.',
  unitSymbol: 'Nhập ký hiệu viết tắt của đơn vị (ví dụ UBND), dùng trong số “…/TTr-UBND”.',
  place: 'Nhập địa danh ghi ở dòng ngày tháng (ví dụ Ea Kao): trang chưa suy ra được từ tên và đơn vị đã chọn.',
  signerTitle: 'Nhập chức vụ của người ký (ví dụ CHỦ TỊCH).',
  signerName: 'Nhập họ và tên của người ký.',
  councilChair: 'Nhập họ và tên Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét).',
  councilSecretary: 'Nhập họ và tên thư ký cuộc họp xét khen thưởng.',
  drafter: 'Nhập chữ viết tắt của đơn vị soạn thảo tờ trình (ví dụ VP), ghi ở dòng “Lưu: VT, …”.',
} as const;

type ProfileField = keyof typeof PROFILE_REQUIRED;

/** A confirming signer other than the letter's (optional) is given whole: a title and a name. */
function confirmerIssues(drafts: Drafts): DossierIssue[] {
  const { profile } = drafts.dossier;
  const given = [profile.confirmerAuthority, profile.confirmerTitle, profile.confirmerName].some((value) => !isBlank(value));
  if (!given) return [];
  const also = 'hoặc để trống cả ba ô để người ký tờ trình ký xác nhận.';
  return [
    ...(isBlank(profile.confirmerTitle) ? [issue('profile-missing', { kind: 'profile', field: 'confirmerTitle' }, `Nhập chức vụ của người ký xác nhận báo cáo thành tích (ví dụ CHỦ TỊCH), ${also}`)] : []),
    ...(isBlank(profile.confirmerName) ? [issue('profile-missing', { kind: 'profile', field: 'confirmerName' }, `Nhập họ và tên người ký xác nhận báo cáo thành tích, ${also}`)] : []),
  ];
}

function profileIssues(drafts: Drafts, rules: DossierRules, fields: readonly ProfileField[]): DossierIssue[] {
  const { profile } = drafts.dossier;
  const defaults = profileDefaults(profile, profileContext(drafts, rules));
  const blank = (field: ProfileField) => isBlank(profile[field]) && (field !== 'place' || isBlank(defaults.place));
  const issues = fields.filter(blank).map((field) => issue('profile-missing', { kind: 'profile', field }, PROFILE_REQUIRED[field]));
  if (fields.includes('unitSymbol') && !isBlank(profile.unitSymbol) && /[\s/]/.test(profile.unitSymbol.trim())) {
    issues.push(issue('profile-invalid', { kind: 'profile', field: 'unitSymbol' }, 'Ký hiệu của đơn vị không được có dấu cách hay dấu “/”, ví dụ UBND hoặc SNV.'));
  }
  return issues;
}

/** The unit's name contradicts the category chosen in the planner (a commune filed as a provincial body, or the reverse). */
function categoryIssues(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const name = drafts.dossier.profile.unitName;
  const category = rules.quotas.find((c) => c.id === drafts.quotaPlan.categoryId);
  if (!category || isBlank(name)) return [];
  const commune = isCommuneName(name, rules.forms.common.unitNames);
  if (commune === (category.group === 'xa-phuong')) return [];
  const kind = commune ? 'là tên của một xã, phường' : 'không phải tên của một xã, phường';
  return [
    issue(
      'category-mismatch',
      { kind: 'profile', field: 'unitName' },
      `Tên đơn vị ${quotedName(name)} ${kind}, nhưng ở trang Số lượng đơn vị đã chọn là “${category.label}”. Kiểm tra lại tên đơn vị hoặc đơn vị đã chọn: số lượng được đề nghị và địa danh mặc định theo đơn vị đã chọn.`,
    ),
  ];
}

const DATE_NAMES = { date: 'Ngày họp', letterDate: 'Ngày của tờ trình', reportDate: 'Ngày ghi trên báo cáo thành tích' } as const;

/** A date typed on /ho-so/ that cannot be read (an empty one is fine: it is written by hand). */
function dateIssue(drafts: Drafts, field: keyof typeof DATE_NAMES): DossierIssue[] {
  const typed = drafts.dossier.meeting[field];
  if (isBlank(typed) || parseTypedDate(typed)) return [];
  return [
    issue(
      'date-invalid',
      { kind: 'meeting', field },
      `${DATE_NAMES[field]} không đúng: ghi theo dạng ngày/tháng/năm, ví dụ 05/3/2026 (hoặc 3/2026, 2026 để chừa trống ngày, tháng và viết tay khi ký).`,
    ),
  ];
}

/**
 * The meeting, the letter and the reports' date come after election day and before the deadline
 * day, and the meeting no later than the letter. Only what the typed dates surely break is warned
 * about (a month alone warns when the whole month is out).
 */
function dateWarnings(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const { meeting } = drafts.dossier;
  const { electionDay, deadline, deadlineClause, deadlineWording } = rules.campaign;
  const warnings: DossierIssue[] = [];
  const dates = { date: parseTypedDate(meeting.date), letterDate: parseTypedDate(meeting.letterDate), reportDate: parseTypedDate(meeting.reportDate) };
  const what = { date: 'cuộc họp xét', letterDate: 'tờ trình', reportDate: 'báo cáo thành tích' } as const;
  for (const field of ['date', 'letterDate', 'reportDate'] as const) {
    const date = dates[field];
    if (!date) continue;
    const { last: to } = daySpan(date);
    const target = { kind: 'meeting', field } as const;
    if (to < electionDay) {
      warnings.push(
        issue(
          'date-before-election',
          target,
          `${DATE_NAMES[field]} (${shortDate(date)}) trước ngày bầu cử (${shortDate(isoDate(electionDay))}): việc xét khen thưởng dựa trên kết quả bầu cử, nên ${what[field]} phải sau ngày bầu cử. Kiểm tra lại ngày.`,
        ),
      );
    }
    if (lateFor(date, deadline)) {
      const clause = deadlineClause ? ` (${deadlineClause})` : '';
      warnings.push(
        issue(
          'date-after-deadline',
          target,
          `${DATE_NAMES[field]} (${shortDate(date)}) không kịp hạn: Kế hoạch yêu cầu gửi hồ sơ ${deadlineWording}${clause}. Kiểm tra lại ngày.`,
        ),
      );
    }
  }
  const { date: meetingDate, letterDate } = dates;
  if (meetingDate && letterDate && surelyAfter(meetingDate, letterDate)) {
    warnings.push(
      issue(
        'meeting-after-letter',
        { kind: 'meeting', field: 'date' },
        `Ngày họp (${shortDate(meetingDate)}) sau ngày của tờ trình (${shortDate(letterDate)}): tờ trình căn cứ biên bản họp xét, nên cuộc họp phải diễn ra trước hoặc cùng ngày với tờ trình. Kiểm tra lại ngày.`,
      ),
    );
  }
  return warnings;
}

/** The longest a header field may be (its lines are no longer). */
const HEADER_LINE_MOST = Math.max(DOSSIER_TEXT_LIMITS.profile.headerName.limit, DOSSIER_TEXT_LIMITS.profile.unitName.limit, DOSSIER_TEXT_LIMITS.report.division.limit);

/** A header line of the unit's (or a division's) that cannot print whole and will break where no official would. */
function headerWarnings(lines: HeaderLines, rules: DossierRules, target: DossierTarget, where: string): DossierIssue[] {
  const { common } = rules.forms;
  // a line longer than any header field may be is refused as too long: no warning on how it would print
  if ([...lines.upper, ...lines.issuer].some((line) => characterCount(line) > HEADER_LINE_MOST)) return [];
  return fitHeader(lines.upper, lines.issuer, common.nationalTitle, common.unitNames)
    .broken.filter((broken) => !broken.natural)
    .map((broken) =>
      issue(
        'header-break',
        target,
        `Dòng “${broken.line}” ở tiêu đề ${where} dài hơn cột tiêu đề nên sẽ được ngắt thành “${broken.parts.join('” / “')}”. Nếu cần ngắt chỗ khác, ghi tên thành nhiều dòng, mỗi dòng một hàng.`,
      ),
    );
}

/** The text sections of a report that must not be empty (the awards section may be). */
function reportIssues(nominee: ListedNominee, drafts: Drafts, rules: DossierRules, named: NomineeNaming): DossierIssue[] {
  const sections = reportSections(nominee, drafts, rules);
  return rules.forms.achievementReport.sections
    .filter((section) => section.kind === 'text' && isBlank(sections[section.id]))
    .map((section) =>
      issue(
        'report-empty',
        { kind: 'report', id: nominee.id, field: 'sections', section: section.id },
        `Báo cáo thành tích của ${named(nominee)}: phần “${section.heading}” chưa có nội dung.`,
      ),
    );
}

/**
 * The earlier awards of a report (section III), each cell named by its row: years from 1945 to the
 * current year, texts within their limits.
 */
function awardIssues(nominee: ListedNominee, drafts: Drafts, named: NomineeNaming): DossierIssue[] {
  const range = awardYearRange(new Date().getFullYear());
  const limits = DOSSIER_TEXT_LIMITS.earlierAward;
  return (drafts.dossier.reports[nominee.id]?.earlierAwards ?? []).flatMap((award, row) => {
    const where = `Báo cáo thành tích của ${named(nominee)}, hình thức khen thưởng thứ ${row + 1}`;
    const cell = (column: keyof EarlierAward) => ({ kind: 'report', id: nominee.id, field: 'earlierAwards', row, column }) as const;
    const problem = isBlank(award.year) ? undefined : yearProblem(award.year, range, 'Năm khen thưởng');
    return [
      ...(problem ? [issue('award-year-invalid', cell('year'), `${where}: ${problem}`)] : []),
      ...(Object.keys(limits) as (keyof typeof limits)[]).flatMap((column) => {
        const message = tooLongMessage(award[column], limits[column]);
        return message ? [issue('too-long', cell(column), `${where}: ${message}`)] : [];
      }),
    ];
  });
}

/**
 * Who signs a nominee's report for its own unit: a division needs its head's title and name; a
 * head named for the proposing unit needs both too. A full date of birth, when given, must be
 * real and agree with the year of birth.
 */
function signerIssues(nominee: ListedNominee, drafts: Drafts, rules: DossierRules, named: NomineeNaming): DossierIssue[] {
  const report = drafts.dossier.reports[nominee.id];
  const name = named(nominee);
  const division = divisionLines(report);
  const issues: DossierIssue[] = [];
  const title = !isBlank(report?.headTitle);
  const head = !isBlank(report?.headName);
  if (division.length > 0 || title || head) {
    const of = division.length > 0 ? `“${division.join(' ')}”` : 'đơn vị';
    if (!title) issues.push(issue('signer-missing', { kind: 'report', id: nominee.id, field: 'headTitle' }, `Báo cáo của ${name}: nhập chức vụ của người đứng đầu ${of} (ví dụ TRƯỞNG PHÒNG), người ký xác nhận.`));
    if (!head) issues.push(issue('signer-missing', { kind: 'report', id: nominee.id, field: 'headName' }, `Báo cáo của ${name}: nhập họ và tên người đứng đầu ${of}, người ký xác nhận.`));
  }
  if (division.length > 0) {
    const unit = unitOf(drafts, rules);
    issues.push(...headerWarnings({ upper: unit.header.issuer, issuer: division }, rules, { kind: 'report', id: nominee.id, field: 'division' }, `báo cáo của ${name}`));
  }
  if (nominee.type === 'individual' && !isBlank(nominee.birthDate)) {
    const date = fullBirthDate(nominee.birthDate);
    const target = { kind: 'nominee', id: nominee.id, field: 'birthDate' } as const;
    if (!date) {
      issues.push(issue('birth-date-invalid', target, `Ngày sinh của ${name} không đúng: ghi ngày/tháng/năm, ví dụ 05/3/1985 (sửa ở trang Số lượng), hoặc để trống để báo cáo ghi năm sinh.`));
    } else if (String(date.year) !== nominee.birthYear.trim()) {
      issues.push(issue('birth-date-invalid', target, `Ngày sinh của ${name} thuộc năm ${date.year}, không khớp với năm sinh ${nominee.birthYear.trim()}: sửa ở trang Số lượng.`));
    }
  }
  return issues;
}

const MEMBER_COUNTS = {
  membersTotal: { missing: 'Nhập tổng số thành viên Hội đồng Thi đua - Khen thưởng.', label: 'Tổng số thành viên Hội đồng', example: 9 },
  membersPresent: { missing: 'Nhập số thành viên Hội đồng có mặt tại cuộc họp.', label: 'Số thành viên có mặt', example: 7 },
} as const;

/** A typed count of members: its value, or why it is missing or not a whole number from 1 to MAX_MEMBERS. */
function memberCount(drafts: Drafts, field: keyof typeof MEMBER_COUNTS): DossierIssue | number {
  const { missing, label, example } = MEMBER_COUNTS[field];
  const target = { kind: 'meeting', field } as const;
  const parsed = parseWholeNumber(drafts.dossier.meeting[field]);
  if (!parsed.ok && parsed.problem === 'empty') return issue('members-missing', target, missing);
  if (!parsed.ok || parsed.value < BigInt(1)) return issue('members-invalid', target, `${label} phải là một số nguyên lớn hơn 0, ví dụ ${example}.`);
  if (parsed.value > BigInt(MAX_MEMBERS)) return issue('members-invalid', target, `${label} quá lớn: tối đa ${MAX_MEMBERS}.`);
  return Number(parsed.value);
}

function meetingIssues(drafts: Drafts): { issues: DossierIssue[]; present: number | null } {
  const { meeting } = drafts.dossier;
  const issues: DossierIssue[] = [];
  const required = [
    ['startTime', 'Nhập giờ bắt đầu cuộc họp xét khen thưởng (ví dụ 14 giờ 00).'],
    ['endTime', 'Nhập giờ kết thúc cuộc họp xét khen thưởng (ví dụ 16 giờ 30).'],
    ['venue', 'Nhập địa điểm họp xét khen thưởng.'],
  ] as const;
  for (const [field, message] of required) if (isBlank(meeting[field])) issues.push(issue('meeting-missing', { kind: 'meeting', field }, message));
  if (!votingMethodOf(meeting.votingMethod)) {
    issues.push(issue('meeting-missing', { kind: 'meeting', field: 'votingMethod' }, 'Chọn hình thức biểu quyết của Hội đồng: bỏ phiếu kín hoặc biểu quyết giơ tay.'));
  }
  issues.push(...dateIssue(drafts, 'date'));

  const total = memberCount(drafts, 'membersTotal');
  const present = memberCount(drafts, 'membersPresent');
  for (const found of [total, present]) if (typeof found !== 'number') issues.push(found);
  if (typeof present === 'number' && typeof total === 'number') {
    if (present > total) {
      issues.push(
        issue('present-over-total', { kind: 'meeting', field: 'membersPresent' }, `Số thành viên có mặt (${present}) không được lớn hơn tổng số thành viên Hội đồng (${total}).`),
      );
      return { issues, present: null };
    }
    const named = absentMembers(meeting.absentMembers).length;
    if (named > total - present) {
      issues.push(
        issue(
          'absent-over',
          { kind: 'meeting', field: 'absentMembers' },
          `Đã ghi ${named} thành viên vắng mặt, nhiều hơn số vắng mặt (${total - present} = ${total} thành viên − ${present} có mặt). Mỗi dòng một người; kiểm tra lại.`,
        ),
      );
    }
  }
  return { issues, present: typeof present === 'number' ? present : null };
}

function nomineeIssues(nominee: ListedNominee, drafts: Drafts, present: number | null, named: NomineeNaming, threshold: VoteThreshold): DossierIssue[] {
  const report = drafts.dossier.reports[nominee.id];
  const at = (field: 'achievementSummary' | 'votesInFavour') => ({ kind: 'report', id: nominee.id, field }) as const;
  const name = named(nominee);
  const issues: DossierIssue[] = [];
  if (isBlank(nominee.achievementSummary)) {
    issues.push(issue('summary-missing', at('achievementSummary'), `Nhập tóm tắt thành tích của ${name} để ghi vào danh sách đề nghị.`));
  }
  if (isBlank(report?.votesInFavour)) {
    issues.push(
      issue('votes-missing', at('votesInFavour'), `Nhập số phiếu đồng ý của Hội đồng dành cho ${name}: mỗi tập thể, cá nhân trong danh sách phải có kết quả bỏ phiếu trong biên bản.`),
    );
  } else if (!Number.isInteger(nominee.votesInFavour)) {
    issues.push(issue('votes-invalid', at('votesInFavour'), `Số phiếu đồng ý của ${name} phải là một số nguyên từ 0 đến ${MAX_MEMBERS}.`));
  } else if (present !== null && nominee.votesInFavour > present) {
    issues.push(
      issue('votes-over-present', at('votesInFavour'), `Số phiếu đồng ý của ${name} là ${nominee.votesInFavour}, nhiều hơn số thành viên có mặt (${present}): sửa lại số phiếu.`),
    );
  } else if (present !== null && present > 0 && !reachesThreshold({ inFavour: nominee.votesInFavour, present }, threshold)) {
    const votes = { inFavour: nominee.votesInFavour, present };
    issues.push(
      issue(
        'votes-below',
        at('votesInFavour'),
        `${upperFirst(name)} được ${votes.inFavour}/${votes.present} phiếu đồng ý (${voteShare(votes)}), chưa đạt mức ${thresholdWording(threshold)}: Sở Nội vụ có thể trả lại đề nghị này. Kiểm tra lại số phiếu, hoặc bỏ khỏi danh sách ở trang Số lượng.`,
      ),
    );
  }
  return issues;
}

/** The quota of the unit's category (plan Mục IV.2): the planner's blocking issues, with the planner's targets. */
function quotaIssues(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const plan = drafts.quotaPlan;
  const category = rules.quotas.find((c) => c.id === plan.categoryId);
  if (!category) {
    return [issue('no-category', { kind: 'unit', field: 'category' }, 'Chưa chọn đơn vị ở trang Số lượng: chọn đơn vị để biết số lượng được đề nghị.')];
  }
  const evaluation = evaluateQuota({
    category,
    unitName: plan.unitName,
    groupCount: plan.groupCount,
    nominees: plan.nominees,
    selfChecks: summariseSelfChecks(plan.nominees, drafts.selfChecks, rules.records),
    principles: rules.records.principles,
    birthYears: rules.records.birthYears,
  });
  return evaluation.issues
    .filter((found) => found.severity === 'blocking' && found.code !== 'empty-list')
    .map((found) => issue('quota', found.target ?? { kind: 'list' }, `Danh sách đề nghị (trang Số lượng): ${found.message}`));
}

/** The unit's own header lines that cannot print whole. */
const unitHeaderWarnings = (drafts: Drafts, rules: DossierRules) =>
  headerWarnings(unitOf(drafts, rules).header, rules, { kind: 'profile', field: 'headerName' }, 'của đơn vị');

/** The texts of the profile and the meeting over their limits (src/schemas/dossierTextLimits.ts): never cut, refused with their length. */
function lengthIssues(drafts: Drafts, parts: readonly ('profile' | 'meeting')[]): DossierIssue[] {
  const { profile, meeting } = drafts.dossier;
  const over = <F extends string>(values: Partial<Record<F, string>>, limits: Record<F, { limit: number; name: string }>, target: (field: F) => DossierTarget) =>
    (Object.keys(limits) as F[]).flatMap((field) => {
      const message = tooLongMessage(values[field] ?? '', limits[field]);
      return message ? [issue('too-long', target(field), message)] : [];
    });
  return [
    ...(parts.includes('profile') ? over<keyof typeof DOSSIER_TEXT_LIMITS.profile>(profile, DOSSIER_TEXT_LIMITS.profile, (field) => ({ kind: 'profile', field })) : []),
    ...(parts.includes('meeting') ? over<keyof typeof DOSSIER_TEXT_LIMITS.meeting>(meeting, DOSSIER_TEXT_LIMITS.meeting, (field) => ({ kind: 'meeting', field })) : []),
  ];
}

/** The fields of a report's draft that the report itself prints (the summary goes to the list). */
const REPORT_PRINTED = ['division', 'headTitle', 'headName'] as const;

/** The texts of one nominee's list entry and signer over their limits (`fields`), the nominee named. */
function reportLengthIssues(nominee: ListedNominee, drafts: Drafts, named: NomineeNaming, fields: readonly (keyof typeof DOSSIER_TEXT_LIMITS.report)[]): DossierIssue[] {
  const report = drafts.dossier.reports[nominee.id];
  if (!report) return [];
  return fields.flatMap((field) => {
    const message = tooLongMessage(report[field] ?? '', DOSSIER_TEXT_LIMITS.report[field], named(nominee));
    return message ? [issue('too-long', { kind: 'report', id: nominee.id, field }, message)] : [];
  });
}

/**
 * Reports of one division name one head: a later report that names another head of the same
 * division (compared without case and spacing) is warned about, naming the first.
 */
function divisionHeadWarnings(nominees: readonly ListedNominee[], drafts: Drafts, named: NomineeNaming): DossierIssue[] {
  const firstHead = new Map<string, { nominee: ListedNominee; head: string }>();
  const comparable = (text: string) => textLines(text).join(' ').toLocaleUpperCase('vi');
  return nominees.flatMap((nominee) => {
    const report = drafts.dossier.reports[nominee.id];
    const division = comparable(report?.division ?? '');
    const head = [report?.headTitle ?? '', report?.headName ?? ''].map(comparable);
    if (!division || head.some((part) => part === '')) return [];
    const first = firstHead.get(division);
    if (!first) {
      firstHead.set(division, { nominee, head: head.join('|') });
      return [];
    }
    if (first.head === head.join('|')) return [];
    const firstReport = drafts.dossier.reports[first.nominee.id]!;
    return [
      issue(
        'division-head-differs',
        { kind: 'report', id: nominee.id, field: 'headName' },
        `Báo cáo của ${named(nominee)} ghi người đứng đầu “${textLines(report!.division).join(' ')}” là ${cleanHead(report!)}, còn báo cáo của ${named(first.nominee)} ghi ${cleanHead(firstReport)}. Kiểm tra lại để các báo cáo ghi cùng một người.`,
      ),
    ];
  });
}

const cleanHead = (report: Pick<ReportDraft, 'headTitle' | 'headName'>) => `${textLines(report.headTitle).join(' ').toLocaleLowerCase('vi')} ${textLines(report.headName).join(' ')}`;

/**
 * Everything that must hold before the letter, the list, the minutes or the whole ZIP are
 * generated, in the order of the page, then the warnings. No blocking issue: the dossier is
 * consistent (the warnings do not stop it).
 */
export function checkDossier(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const nominees = dossierNominees(drafts);
  const named = nomineeNaming(nominees, rules.forms.common.nomineeGroups);
  const meeting = meetingIssues(drafts);
  return [
    ...profileIssues(drafts, rules, Object.keys(PROFILE_REQUIRED) as ProfileField[]),
    ...confirmerIssues(drafts),
    ...lengthIssues(drafts, ['profile', 'meeting']),
    ...(nominees.length === 0
      ? [issue('no-nominees', { kind: 'list' }, 'Danh sách đề nghị chưa có tập thể, cá nhân nào: lập danh sách ở trang Số lượng trước.')]
      : []),
    ...quotaIssues(drafts, rules),
    ...nominees.flatMap((nominee) => [...nomineeIssues(nominee, drafts, meeting.present, named, rules.campaign.voteThreshold), ...reportLengthIssues(nominee, drafts, named, Object.keys(DOSSIER_TEXT_LIMITS.report) as (keyof typeof DOSSIER_TEXT_LIMITS.report)[])]),
    ...meeting.issues,
    ...dateIssue(drafts, 'letterDate'),
    ...dateIssue(drafts, 'reportDate'),
    ...nominees.flatMap((nominee) => [...signerIssues(nominee, drafts, rules, named), ...reportIssues(nominee, drafts, rules, named), ...awardIssues(nominee, drafts, named)]),
    ...categoryIssues(drafts, rules),
    ...unitHeaderWarnings(drafts, rules),
    ...dateWarnings(drafts, rules),
    ...divisionHeadWarnings(nominees, drafts, named),
  ];
}

/** What must hold before one nominee's report is generated on its own (and what to warn about). */
export function checkReport(nomineeId: string, drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const nominee = listedNominee(nomineeId, drafts);
  if (!nominee) return [issue('no-nominees', { kind: 'list' }, 'Tập thể, cá nhân này không còn trong danh sách đề nghị ở trang Số lượng.')];
  const named = nomineeNaming(dossierNominees(drafts), rules.forms.common.nomineeGroups);
  return [
    ...profileIssues(drafts, rules, ['unitName', 'place', 'signerTitle', 'signerName']),
    ...confirmerIssues(drafts),
    ...lengthIssues(drafts, ['profile']),
    ...reportLengthIssues(nominee, drafts, named, REPORT_PRINTED),
    ...(isBlank(nominee.name) ? [issue('name-missing', { kind: 'nominee', id: nominee.id, field: 'name' }, 'Tập thể, cá nhân này chưa có tên: nhập tên ở trang Số lượng.')] : []),
    ...dateIssue(drafts, 'reportDate'),
    // the report takes the letter's date when it has none of its own
    ...(isBlank(drafts.dossier.meeting.reportDate) ? dateIssue(drafts, 'letterDate') : []),
    ...signerIssues(nominee, drafts, rules, named),
    ...reportIssues(nominee, drafts, rules, named),
    ...awardIssues(nominee, drafts, named),
    ...categoryIssues(drafts, rules),
    ...unitHeaderWarnings(drafts, rules),
  ];
}

/** Only the issues that stop a document. */
export const blocking = (issues: readonly DossierIssue[]): DossierIssue[] => issues.filter((found) => found.severity === 'blocking');
