// The dossier's consistency (plan Mục V.1.b, IV.2), checked on the drafts before any document is
// made: the unit's profile is complete, the meeting's figures hold, every nominee of the list has
// its summary, its vote (in the minutes) and its report, and the list fits the quota. The letter,
// the list, the reports and the minutes are all assembled from the one list of the planner
// (./assemble.ts), so their counts agree by construction; nothing here needs to assemble them.
// Pure: no DOM, no Preact, no docx. Every issue carries a target, never a DOM id.
import type { DossierNominee } from '../documents/types';
import { evaluateQuota, summariseSelfChecks } from '../domain/quotas';
import { awardYearRange, yearProblem } from '../domain/ranges';
import type { Drafts } from '../storage/drafts';
import { isBlank, parseTypedDate, parseWholeNumber, quotedName } from '../text/vietnamese';
import { dossierNominees, listedNominee, MAX_MEMBERS, reportSections, type DossierRules } from './nominees';
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
  'meeting-missing',
  'date-invalid',
  'report-empty',
  'award-year-invalid',
  'name-missing',
] as const;

export type DossierIssueCode = (typeof DOSSIER_ISSUE_CODES)[number];

/** One consistency failure: a Vietnamese explanation and what it is about. */
export interface DossierIssue {
  code: DossierIssueCode;
  message: string;
  target: DossierTarget;
}

const issue = (code: DossierIssueCode, target: DossierTarget, message: string): DossierIssue => ({ code, target, message });

const PROFILE_REQUIRED = {
  unitName: 'Nhập tên đơn vị đề nghị khen thưởng.',
  unitSymbol: 'Nhập ký hiệu viết tắt của đơn vị (ví dụ UBND), dùng trong số “…/TTr-UBND”.',
  place: 'Nhập địa danh ghi ở dòng ngày tháng (ví dụ Buôn Ma Thuột).',
  signerTitle: 'Nhập chức vụ của người ký (ví dụ CHỦ TỊCH).',
  signerName: 'Nhập họ và tên của người ký.',
  councilChair: 'Nhập họ và tên Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét).',
  councilSecretary: 'Nhập họ và tên thư ký cuộc họp xét khen thưởng.',
} as const;

type ProfileField = keyof typeof PROFILE_REQUIRED;

function profileIssues(drafts: Drafts, fields: readonly ProfileField[]): DossierIssue[] {
  const { profile } = drafts.dossier;
  const issues = fields.filter((field) => isBlank(profile[field])).map((field) => issue('profile-missing', { kind: 'profile', field }, PROFILE_REQUIRED[field]));
  if (fields.includes('unitSymbol') && !isBlank(profile.unitSymbol) && /[\s/]/.test(profile.unitSymbol.trim())) {
    issues.push(issue('profile-invalid', { kind: 'profile', field: 'unitSymbol' }, 'Ký hiệu của đơn vị không được có dấu cách hay dấu “/”, ví dụ UBND hoặc SNV.'));
  }
  return issues;
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

/** The text sections of a report that must not be empty (the awards section may be). */
function reportIssues(nominee: DossierNominee, drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const sections = reportSections(nominee, drafts, rules);
  return rules.forms.achievementReport.sections
    .filter((section) => section.kind === 'text' && isBlank(sections[section.id]))
    .map((section) =>
      issue(
        'report-empty',
        { kind: 'report', id: nominee.id, field: 'sections', section: section.id },
        `Báo cáo thành tích của ${quotedName(nominee.name)}: phần “${section.heading}” chưa có nội dung.`,
      ),
    );
}

/** The years of the earlier awards of a report (section III): from 1945 to the current year, each row named. */
function awardYearIssues(nominee: DossierNominee, drafts: Drafts): DossierIssue[] {
  const range = awardYearRange(new Date().getFullYear());
  return (drafts.dossier.reports[nominee.id]?.earlierAwards ?? []).flatMap((award, index) => {
    const problem = isBlank(award.year) ? undefined : yearProblem(award.year, range, 'Năm khen thưởng');
    const where = `Báo cáo thành tích của ${quotedName(nominee.name)}, hình thức khen thưởng thứ ${index + 1}`;
    return problem ? [issue('award-year-invalid', { kind: 'report', id: nominee.id, field: 'earlierAwards' }, `${where}: ${problem}`)] : [];
  });
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
  issues.push(...dateIssue(drafts, 'date'));

  const total = memberCount(drafts, 'membersTotal');
  const present = memberCount(drafts, 'membersPresent');
  for (const found of [total, present]) if (typeof found !== 'number') issues.push(found);
  if (typeof present === 'number' && typeof total === 'number' && present > total) {
    issues.push(
      issue('present-over-total', { kind: 'meeting', field: 'membersPresent' }, `Số thành viên có mặt (${present}) không được lớn hơn tổng số thành viên Hội đồng (${total}).`),
    );
    return { issues, present: null };
  }
  return { issues, present: typeof present === 'number' ? present : null };
}

function nomineeIssues(nominee: DossierNominee, drafts: Drafts, present: number | null): DossierIssue[] {
  const report = drafts.dossier.reports[nominee.id];
  const at = (field: 'achievementSummary' | 'votesInFavour') => ({ kind: 'report', id: nominee.id, field }) as const;
  const name = quotedName(nominee.name);
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
      issue('votes-over-present', at('votesInFavour'), `Số phiếu đồng ý của ${name} (${nominee.votesInFavour}) không được lớn hơn số thành viên có mặt (${present}).`),
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

/**
 * Everything that must hold before the letter, the minutes, the list or the whole ZIP are
 * generated, in the order of the page. Empty when the dossier is consistent.
 */
export function checkDossier(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const nominees = dossierNominees(drafts);
  const meeting = meetingIssues(drafts);
  return [
    ...profileIssues(drafts, Object.keys(PROFILE_REQUIRED) as ProfileField[]),
    ...(nominees.length === 0
      ? [issue('no-nominees', { kind: 'list' }, 'Danh sách đề nghị chưa có tập thể, cá nhân nào: lập danh sách ở trang Số lượng trước.')]
      : []),
    ...quotaIssues(drafts, rules),
    ...nominees.flatMap((nominee) => nomineeIssues(nominee, drafts, meeting.present)),
    ...meeting.issues,
    ...dateIssue(drafts, 'letterDate'),
    ...dateIssue(drafts, 'reportDate'),
    ...nominees.flatMap((nominee) => [...reportIssues(nominee, drafts, rules), ...awardYearIssues(nominee, drafts)]),
  ];
}

/** What must hold before one nominee's report is generated on its own. */
export function checkReport(nomineeId: string, drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const nominee = listedNominee(nomineeId, drafts);
  if (!nominee) return [issue('no-nominees', { kind: 'list' }, 'Tập thể, cá nhân này không còn trong danh sách đề nghị ở trang Số lượng.')];
  return [
    ...profileIssues(drafts, ['unitName', 'place', 'signerName']),
    ...(isBlank(nominee.name) ? [issue('name-missing', { kind: 'nominee', id: nominee.id, field: 'name' }, 'Tập thể, cá nhân này chưa có tên: nhập tên ở trang Số lượng.')] : []),
    ...dateIssue(drafts, 'reportDate'),
    // the report takes the letter's date when it has none of its own
    ...(isBlank(drafts.dossier.meeting.reportDate) ? dateIssue(drafts, 'letterDate') : []),
    ...reportIssues(nominee, drafts, rules),
    ...awardYearIssues(nominee, drafts),
  ];
}
