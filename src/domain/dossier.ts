// The dossier (plan Mục V.1.b): assembles what the document builders need (src/documents/types.ts)
// from the drafts and the rules, and checks the consistency rules of the dossier before anything
// is generated: the letter, the list, the reports and the minutes name the same nominees, every
// nominee has a vote, the unit's profile is complete and the quota holds. Pure: no DOM, no Preact.
// The island loads this module (with the document builders) only when a document is asked for;
// what the editor needs while typing is in ./dossierNominees.ts.
import { awardHasContent, groupNominees } from '../documents/text';
import type { AchievementReportInput, DocumentDate, DossierInput, DossierNominee, MeetingInput } from '../documents/types';
import type { Drafts } from '../storage/drafts';
import {
  dossierNominee,
  dossierNominees,
  FIELD_IDS,
  nomineeFieldIds,
  parseWholeNumber,
  QUOTA_PLANNER_HREF,
  reportSections,
  type DossierRules,
} from './dossierNominees';
import { evaluateQuota, quotedName, summariseSelfChecks } from './quotas';

export * from './dossierNominees';

export type DossierIssueCode =
  | 'profile-missing'
  | 'profile-invalid'
  | 'no-nominees'
  | 'no-category'
  | 'quota'
  | 'summary-missing'
  | 'votes-missing'
  | 'votes-invalid'
  | 'votes-over-present'
  | 'members-missing'
  | 'members-invalid'
  | 'present-over-total'
  | 'meeting-missing'
  | 'date-invalid'
  | 'report-empty'
  | 'counts-mismatch';

/** One consistency failure: a Vietnamese explanation and where to fix it. */
export interface DossierIssue {
  code: DossierIssueCode;
  message: string;
  /** id of the field on /ho-so/ that the message is about (shown beside it); absent for other pages */
  fieldId?: string;
  /** link to what to fix: "#<field id>" on /ho-so/, or a page of the site */
  href: string;
}

const onPage = (code: DossierIssueCode, fieldId: string, message: string): DossierIssue => ({ code, message, fieldId, href: `#${fieldId}` });
const elsewhere = (code: DossierIssueCode, href: string, message: string): DossierIssue => ({ code, message, href });

const blank = (text: string | undefined) => !text || text.trim() === '';

// ---------------------------------------------------------------------------------------------
// Typed values

/** A date as typed: "05/3/2026" (also with "-" or "."), "3/2026" or "2026" to leave day and month blank. */
export function parseTypedDate(typed: string): { ok: true; date: DocumentDate } | { ok: false } {
  const text = typed.trim();
  const match = /^(?:(?:(\d{1,2})\s*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*)?(\d{4})$/.exec(text);
  if (!match) return { ok: false };
  const day = match[1] === undefined ? undefined : Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const year = Number(match[3]);
  if (year < 2000 || year > 2100) return { ok: false };
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false };
  if (day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return { ok: false };
  }
  return { ok: true, date: { ...(day !== undefined ? { day } : {}), ...(month !== undefined ? { month } : {}), year } };
}

/** The date printed for a typed date: as typed when valid, else day and month left blank in `year`. */
const documentDate = (typed: string, year: number): DocumentDate => {
  const parsed = parseTypedDate(typed);
  return parsed.ok ? parsed.date : { year };
};

// ---------------------------------------------------------------------------------------------
// Assembly

/** The date printed on the reports: the report date, else the letter's date, else blanks in `year`. */
function reportDate(drafts: Drafts, year: number): DocumentDate {
  const { reportDate: typed, letterDate } = drafts.dossier.meeting;
  const own = parseTypedDate(typed);
  return own.ok ? own.date : documentDate(letterDate, year);
}

/** The nominee of the list with this id, as the documents need it; undefined when it left the list. */
function listedNominee(nomineeId: string, drafts: Drafts): DossierNominee | undefined {
  const planned = drafts.quotaPlan.nominees.find((n) => n.id === nomineeId);
  return planned && dossierNominee(planned, drafts);
}

function reportOf(nominee: DossierNominee, drafts: Drafts, rules: DossierRules, year: number): AchievementReportInput {
  return {
    profile: { ...drafts.dossier.profile },
    references: rules.references,
    nominee,
    date: reportDate(drafts, year),
    sections: reportSections(nominee, drafts, rules),
    earlierAwards: (drafts.dossier.reports[nominee.id]?.earlierAwards ?? []).filter(awardHasContent),
  };
}

/** One nominee's achievement report. `year` fills a date left blank. */
export function assembleReport(nomineeId: string, drafts: Drafts, rules: DossierRules, year: number): AchievementReportInput | undefined {
  const nominee = listedNominee(nomineeId, drafts);
  return nominee && reportOf(nominee, drafts, rules, year);
}

/** The quota category chosen in the planner, if any. */
const categoryOf = (drafts: Drafts, rules: DossierRules) => rules.quotas.find((c) => c.id === drafts.quotaPlan.categoryId);

/** The whole dossier: letter, minutes, list and one report per nominee. `year` fills dates left blank. */
export function assembleDossier(drafts: Drafts, rules: DossierRules, year: number): DossierInput {
  const { meeting } = drafts.dossier;
  const nominees = dossierNominees(drafts);
  const category = categoryOf(drafts, rules);
  const meetingInput: MeetingInput = {
    minutesNumber: meeting.minutesNumber,
    date: documentDate(meeting.date, year),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    venue: meeting.venue,
    membersTotal: parseWholeNumber(meeting.membersTotal) ?? Number.NaN,
    membersPresent: parseWholeNumber(meeting.membersPresent) ?? Number.NaN,
  };
  return {
    profile: { ...drafts.dossier.profile },
    references: rules.references,
    letterNumber: meeting.letterNumber,
    letterDate: documentDate(meeting.letterDate, year),
    campaignAccount: meeting.campaignAccount,
    meeting: meetingInput,
    ...(category ? { quotaApplied: category.sourceText } : {}),
    nominees,
    reports: nominees.map((nominee) => reportOf(nominee, drafts, rules, year)),
  };
}

// ---------------------------------------------------------------------------------------------
// Consistency

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
  const issues: DossierIssue[] = [];
  for (const field of fields) {
    if (blank(profile[field])) issues.push(onPage('profile-missing', FIELD_IDS.profile[field], PROFILE_REQUIRED[field]));
  }
  if (fields.includes('unitSymbol') && !blank(profile.unitSymbol) && /[\s/]/.test(profile.unitSymbol.trim())) {
    issues.push(
      onPage('profile-invalid', FIELD_IDS.profile.unitSymbol, 'Ký hiệu của đơn vị không được có dấu cách hay dấu “/”, ví dụ UBND hoặc SNV.'),
    );
  }
  return issues;
}

const DATE_NAMES = { date: 'Ngày họp', letterDate: 'Ngày của tờ trình', reportDate: 'Ngày ghi trên báo cáo thành tích' } as const;

/** A date typed on /ho-so/ that cannot be read (an empty one is fine: it is written by hand). */
function dateIssue(drafts: Drafts, field: keyof typeof DATE_NAMES): DossierIssue[] {
  const typed = drafts.dossier.meeting[field];
  if (blank(typed) || parseTypedDate(typed).ok) return [];
  return [
    onPage(
      'date-invalid',
      FIELD_IDS.meeting[field],
      `${DATE_NAMES[field]} không đúng: ghi theo dạng ngày/tháng/năm, ví dụ 05/3/2026 (hoặc 3/2026, 2026 để chừa trống ngày, tháng và viết tay khi ký).`,
    ),
  ];
}

/** The text sections of a report that must not be empty (the awards section may be). */
function reportIssues(nominee: DossierNominee, drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const sections = reportSections(nominee, drafts, rules);
  const ids = nomineeFieldIds(nominee.id);
  return rules.forms.achievementReport.sections
    .filter((section) => section.kind === 'text' && blank(sections[section.id]))
    .map((section) =>
      onPage('report-empty', ids.section(section.id), `Báo cáo thành tích của ${quotedName(nominee.name)}: phần “${section.heading}” chưa có nội dung.`),
    );
}

function meetingIssues(drafts: Drafts): { issues: DossierIssue[]; present: number | null } {
  const { meeting } = drafts.dossier;
  const ids = FIELD_IDS.meeting;
  const issues: DossierIssue[] = [];
  const required = [
    ['startTime', 'Nhập giờ bắt đầu cuộc họp xét khen thưởng (ví dụ 14 giờ 00).'],
    ['endTime', 'Nhập giờ kết thúc cuộc họp xét khen thưởng (ví dụ 16 giờ 30).'],
    ['venue', 'Nhập địa điểm họp xét khen thưởng.'],
  ] as const;
  for (const [field, message] of required) if (blank(meeting[field])) issues.push(onPage('meeting-missing', ids[field], message));
  issues.push(...dateIssue(drafts, 'date'));

  const total = parseWholeNumber(meeting.membersTotal);
  const present = parseWholeNumber(meeting.membersPresent);
  if (blank(meeting.membersTotal)) issues.push(onPage('members-missing', ids.membersTotal, 'Nhập tổng số thành viên Hội đồng Thi đua - Khen thưởng.'));
  else if (total === null || total < 1) issues.push(onPage('members-invalid', ids.membersTotal, 'Tổng số thành viên Hội đồng phải là một số nguyên lớn hơn 0, ví dụ 9.'));
  if (blank(meeting.membersPresent)) issues.push(onPage('members-missing', ids.membersPresent, 'Nhập số thành viên Hội đồng có mặt tại cuộc họp.'));
  else if (present === null || present < 1) issues.push(onPage('members-invalid', ids.membersPresent, 'Số thành viên có mặt phải là một số nguyên lớn hơn 0, ví dụ 7.'));
  else if (total !== null && total >= 1 && present > total) {
    issues.push(onPage('present-over-total', ids.membersPresent, `Số thành viên có mặt (${present}) không được lớn hơn tổng số thành viên Hội đồng (${total}).`));
  }
  return { issues, present: present !== null && present >= 1 && (total === null || present <= total) ? present : null };
}

function nomineeIssues(nominee: DossierNominee, drafts: Drafts, present: number | null): DossierIssue[] {
  const ids = nomineeFieldIds(nominee.id);
  const report = drafts.dossier.reports[nominee.id];
  const issues: DossierIssue[] = [];
  if (blank(nominee.achievementSummary)) {
    issues.push(onPage('summary-missing', ids.achievementSummary, `Nhập tóm tắt thành tích của ${quotedName(nominee.name)} để ghi vào danh sách đề nghị.`));
  }
  const typed = report?.votesInFavour ?? '';
  if (blank(typed)) {
    issues.push(onPage('votes-missing', ids.votesInFavour, `Nhập số phiếu đồng ý của Hội đồng dành cho ${quotedName(nominee.name)}: mỗi tập thể, cá nhân trong danh sách phải có kết quả bỏ phiếu trong biên bản.`));
  } else if (!Number.isInteger(nominee.votesInFavour)) {
    issues.push(onPage('votes-invalid', ids.votesInFavour, `Số phiếu đồng ý của ${quotedName(nominee.name)} phải là một số nguyên từ 0 trở lên.`));
  } else if (present !== null && nominee.votesInFavour > present) {
    issues.push(
      onPage('votes-over-present', ids.votesInFavour, `Số phiếu đồng ý của ${quotedName(nominee.name)} (${nominee.votesInFavour}) không được lớn hơn số thành viên có mặt (${present}).`),
    );
  }
  return issues;
}

/** The quota of the unit's category (plan Mục IV.2): the planner's blocking issues, linked to the planner. */
function quotaIssues(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const plan = drafts.quotaPlan;
  const category = categoryOf(drafts, rules);
  if (!category) {
    return [elsewhere('no-category', QUOTA_PLANNER_HREF, 'Chưa chọn đơn vị ở trang Số lượng: chọn đơn vị để biết số lượng được đề nghị.')];
  }
  const evaluation = evaluateQuota({
    category,
    unitName: plan.unitName,
    groupCount: plan.groupCount,
    nominees: plan.nominees,
    selfChecks: summariseSelfChecks(plan.nominees, drafts.selfChecks, rules.records),
    principles: rules.records.principles,
  });
  return evaluation.issues
    .filter((issue) => issue.severity === 'blocking' && issue.code !== 'empty-list')
    .map((issue) => elsewhere('quota', QUOTA_PLANNER_HREF, `Danh sách đề nghị (trang Số lượng): ${issue.message}`));
}

/**
 * The counting rule of the dossier on assembled documents: the counts in the letter (derived from
 * the nominees), the rows of the list, the reports and the votes in the minutes must match.
 */
export function countIssues(dossier: DossierInput): DossierIssue[] {
  const issues: DossierIssue[] = [];
  const ids = new Set(dossier.nominees.map((n) => n.id));
  const reported = dossier.reports.map((r) => r.nominee.id);
  const missing = dossier.nominees.filter((n) => !reported.includes(n.id));
  const extra = reported.filter((id) => !ids.has(id));
  const duplicated = reported.filter((id, index) => reported.indexOf(id) !== index);
  if (missing.length > 0 || extra.length > 0 || duplicated.length > 0 || reported.length !== dossier.nominees.length) {
    const { collective, individual } = groupNominees(dossier.nominees);
    issues.push(
      elsewhere(
        'counts-mismatch',
        `#${FIELD_IDS.meeting.letterNumber}`,
        `Số báo cáo thành tích (${dossier.reports.length}) không khớp với danh sách đề nghị (${collective.length} tập thể, ${individual.length} cá nhân)` +
          (missing.length > 0 ? `; chưa có báo cáo của ${missing.map((n) => quotedName(n.name)).join(', ')}` : '') +
          '.',
      ),
    );
  }
  for (const nominee of dossier.nominees) {
    if (!Number.isInteger(nominee.votesInFavour) || nominee.votesInFavour < 0) {
      issues.push(onPage('votes-missing', nomineeFieldIds(nominee.id).votesInFavour, `${quotedName(nominee.name)} có trong danh sách nhưng chưa có số phiếu trong biên bản họp xét.`));
    }
  }
  return issues;
}

/** One message per field (the first, in page order) and no repeated message. */
function unique(issues: DossierIssue[]): DossierIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = issue.fieldId ?? `${issue.href} ${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Everything that must hold before the letter, the minutes, the list or the whole ZIP are
 * generated, in the order of the page. Empty when the dossier is consistent.
 */
export function checkDossier(drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const nominees = dossierNominees(drafts);
  const issues: DossierIssue[] = [...profileIssues(drafts, Object.keys(PROFILE_REQUIRED) as ProfileField[])];
  if (nominees.length === 0) {
    issues.push(elsewhere('no-nominees', QUOTA_PLANNER_HREF, 'Danh sách đề nghị chưa có tập thể, cá nhân nào: lập danh sách ở trang Số lượng trước.'));
  }
  issues.push(...quotaIssues(drafts, rules));
  const meeting = meetingIssues(drafts);
  issues.push(
    ...nominees.flatMap((nominee) => nomineeIssues(nominee, drafts, meeting.present)),
    ...meeting.issues,
    ...dateIssue(drafts, 'letterDate'),
    ...dateIssue(drafts, 'reportDate'),
    ...nominees.flatMap((nominee) => reportIssues(nominee, drafts, rules)),
    ...countIssues(assembleDossier(drafts, rules, rules.references.planDate.year)),
  );
  return unique(issues);
}

/** What must hold before one nominee's report is generated on its own. */
export function checkReport(nomineeId: string, drafts: Drafts, rules: DossierRules): DossierIssue[] {
  const nominee = listedNominee(nomineeId, drafts);
  if (!nominee) return [elsewhere('no-nominees', QUOTA_PLANNER_HREF, 'Tập thể, cá nhân này không còn trong danh sách đề nghị ở trang Số lượng.')];
  const issues = profileIssues(drafts, ['unitName', 'place', 'signerName']);
  if (blank(nominee.name)) {
    issues.push(elsewhere('quota', QUOTA_PLANNER_HREF, 'Tập thể, cá nhân này chưa có tên: nhập tên ở trang Số lượng.'));
  }
  issues.push(
    ...dateIssue(drafts, 'reportDate'),
    // the report takes the letter's date when it has none of its own
    ...(blank(drafts.dossier.meeting.reportDate) ? dateIssue(drafts, 'letterDate') : []),
    ...reportIssues(nominee, drafts, rules),
  );
  return unique(issues);
}
