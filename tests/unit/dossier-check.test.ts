// The dossier's consistency (src/dossier/check.ts): every rule can fail, each issue says what it is
// about as a target (never a DOM id), and the dossier builder maps targets to its fields.
import { describe, expect, it } from 'vitest';
import { checkDossier, checkReport, DOSSIER_ISSUE_CODES, type DossierIssue, type DossierIssueCode } from '../../src/dossier/check';
import type { DossierTarget } from '../../src/dossier/targets';
import { FIELD_IDS, nomineeFieldIds, QUOTA_PLANNER_HREF, targetLocation } from '../../src/islands/dossier/fieldIds';
import { emptyDrafts, type Drafts } from '../../src/storage/drafts';
import { emptyReportDraft } from '../../src/storage/dossierDraft';
import { commune, completeDrafts, dossierRules, person } from '../fixtures/dossierDrafts';

const codes = (issues: DossierIssue[]) => issues.map((issue) => issue.code);
const at = (issues: DossierIssue[], target: DossierTarget) => issues.find((issue) => JSON.stringify(issue.target) === JSON.stringify(target));

/** The complete dossier changed by `change`, checked. */
const checked = (change: (drafts: Drafts) => void) => {
  const drafts = completeDrafts();
  change(drafts);
  return checkDossier(drafts, dossierRules);
};

describe('checkDossier', () => {
  it('passes a complete and consistent dossier', () => {
    expect(checkDossier(completeDrafts(), dossierRules)).toEqual([]);
  });

  it('requires the unit profile: name, symbol, place, signer, council chair and secretary', () => {
    const fields = ['unitName', 'unitSymbol', 'place', 'signerTitle', 'signerName', 'councilChair', 'councilSecretary'] as const;
    for (const field of fields) {
      const issues = checked((d) => (d.dossier.profile[field] = '  '));
      expect(issues, field).toEqual([expect.objectContaining({ code: 'profile-missing', target: { kind: 'profile', field } })]);
    }
    expect(
      checked((d) => {
        d.dossier.profile.governingBody = '';
        d.dossier.profile.signerAuthority = '';
      }),
    ).toEqual([]);
  });

  it('refuses a unit symbol with a space or a slash', () => {
    expect(at(checked((d) => (d.dossier.profile.unitSymbol = 'TTr/UBND')), { kind: 'profile', field: 'unitSymbol' })?.code).toBe('profile-invalid');
  });

  it('sends an empty list or a unit without a category to the quota planner', () => {
    const empty = checked((d) => (d.quotaPlan.nominees = []));
    expect(empty).toEqual([expect.objectContaining({ code: 'no-nominees', target: { kind: 'list' } })]);
    expect(targetLocation(empty[0]!.target)).toEqual({ href: QUOTA_PLANNER_HREF });

    const noCategory = checked((d) => (d.quotaPlan.categoryId = undefined));
    expect(noCategory).toEqual([expect.objectContaining({ code: 'no-category', target: { kind: 'unit', field: 'category' } })]);
    expect(targetLocation(noCategory[0]!.target)).toEqual({ href: QUOTA_PLANNER_HREF });
  });

  it('checks the quota of the unit (a commune proposes at most 02 cases)', () => {
    const issues = checked((d) => {
      const third = { ...person, id: 'uv-ba', name: 'Phạm Văn Cường' };
      d.quotaPlan.nominees.push(third);
      d.dossier.reports[third.id] = { ...emptyReportDraft(), achievementSummary: 'Tốt.', votesInFavour: '6', sections: { 'thanh-tich': 'Tốt.' } };
    });
    expect(codes(issues)).toEqual(['quota']);
    expect(issues[0]!.message).toContain('Vượt số lượng 1 trường hợp');
    expect(issues[0]!.message).toContain('Mỗi xã, phường chọn 02 trường hợp');
    expect(issues[0]!.target).toEqual({ kind: 'list' });
  });

  it('reports an incomplete nominee of the list with the quota planner target of that nominee and field', () => {
    const issues = checked((d) => (d.quotaPlan.nominees[0] = { ...person, birthYear: '' }));
    expect(codes(issues)).toEqual(['quota']);
    expect(issues[0]!.message).toContain('năm sinh');
    expect(issues[0]!.target).toEqual({ kind: 'nominee', id: person.id, field: 'birthYear' });
    expect(targetLocation(issues[0]!.target)).toEqual({ href: QUOTA_PLANNER_HREF });
  });

  it('requires every nominee to have a summary for the list', () => {
    const issues = checked((d) => (d.dossier.reports[commune.id]!.achievementSummary = ''));
    expect(issues).toEqual([expect.objectContaining({ code: 'summary-missing', target: { kind: 'report', id: commune.id, field: 'achievementSummary' } })]);
    expect(issues[0]!.message).toContain(commune.name);
    expect(targetLocation(issues[0]!.target)).toEqual({ fieldId: nomineeFieldIds(commune.id).achievementSummary });
  });

  it('requires every nominee to have a vote count between 0 and the members present', () => {
    const target: DossierTarget = { kind: 'report', id: person.id, field: 'votesInFavour' };
    const withVotes = (votes: string) => checked((d) => (d.dossier.reports[person.id]!.votesInFavour = votes));
    expect(codes(withVotes(''))).toEqual(['votes-missing']);
    expect(at(withVotes(''), target)?.message).toContain('Nguyễn Thị Hoa');
    expect(codes(withVotes('-1'))).toEqual(['votes-invalid']);
    expect(codes(withVotes('7,5'))).toEqual(['votes-invalid']);
    expect(codes(withVotes('1000'))).toEqual(['votes-invalid']);
    expect(codes(withVotes('9'))).toEqual(['votes-over-present']);
    expect(withVotes('9')[0]!.message).toContain('(8)');
    expect(withVotes('0')).toEqual([]);
    expect(withVotes('8')).toEqual([]);
    expect(targetLocation(target)).toEqual({ fieldId: nomineeFieldIds(person.id).votesInFavour });
  });

  it('requires a nominee without a report draft (nor a self-check to start it) to get a summary, a vote and its report', () => {
    const issues = checked((d) => {
      delete d.dossier.reports[person.id];
      delete d.selfChecks[person.id];
    });
    expect(at(issues, { kind: 'report', id: person.id, field: 'achievementSummary' })?.code).toBe('summary-missing');
    expect(at(issues, { kind: 'report', id: person.id, field: 'votesInFavour' })?.code).toBe('votes-missing');
    expect(at(issues, { kind: 'report', id: person.id, field: 'sections', section: 'thanh-tich' })?.code).toBe('report-empty');
  });

  it('requires the council members: total and present whole numbers from 1 to 999, present not more than the total', () => {
    const withMembers = (total: string, present: string) =>
      checked((d) => {
        d.dossier.meeting.membersTotal = total;
        d.dossier.meeting.membersPresent = present;
      });
    expect(codes(withMembers('', '8'))).toEqual(['members-missing']);
    expect(codes(withMembers('9', ''))).toEqual(['members-missing']);
    expect(codes(withMembers('0', '8'))).toEqual(['members-invalid']);
    expect(codes(withMembers('chín', '8'))).toEqual(['members-invalid']);
    expect(codes(withMembers('9', '0'))).toEqual(['members-invalid']);
    const huge = withMembers('999999999999999999999', '8');
    expect(codes(huge)).toEqual(['members-invalid']);
    expect(huge[0]!.message).toBe('Tổng số thành viên Hội đồng quá lớn: tối đa 999.');
    const over = withMembers('7', '8');
    expect(over).toEqual([expect.objectContaining({ code: 'present-over-total', target: { kind: 'meeting', field: 'membersPresent' } })]);
    expect(targetLocation(over[0]!.target)).toEqual({ fieldId: FIELD_IDS.meeting.membersPresent });
    // votes are compared with the members present once that number is valid
    expect(codes(withMembers('9', '6'))).toEqual(['votes-over-present', 'votes-over-present']);
  });

  it('requires the meeting times and venue, and valid dates when dates are typed', () => {
    for (const field of ['startTime', 'endTime', 'venue'] as const) {
      expect(at(checked((d) => (d.dossier.meeting[field] = '')), { kind: 'meeting', field })?.code, field).toBe('meeting-missing');
    }
    for (const field of ['date', 'letterDate', 'reportDate'] as const) {
      const issues = checked((d) => (d.dossier.meeting[field] = '31/02/2026'));
      expect(issues, field).toEqual([expect.objectContaining({ code: 'date-invalid', target: { kind: 'meeting', field } })]);
    }
    expect(
      checked((d) => (d.dossier.meeting = { ...d.dossier.meeting, minutesNumber: '', letterNumber: '', date: '', letterDate: '', campaignAccount: '' })),
    ).toEqual([]);
  });

  it('requires every text section of every report to have content', () => {
    const issues = checked((d) => (d.dossier.reports[person.id]!.sections = { 'thanh-tich': '  \n ' }));
    expect(issues).toEqual([expect.objectContaining({ code: 'report-empty', target: { kind: 'report', id: person.id, field: 'sections', section: 'thanh-tich' } })]);
    expect(issues[0]!.message).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
    expect(targetLocation(issues[0]!.target)).toEqual({ fieldId: nomineeFieldIds(person.id).section('thanh-tich') });
  });

  it('reports each failure once, with a target every one of which the builder can show', () => {
    const drafts = emptyDrafts();
    drafts.quotaPlan = { ...drafts.quotaPlan, categoryId: 'xa-phuong', nominees: [commune] };
    const issues = checkDossier(drafts, dossierRules);
    const keys = issues.map((issue) => `${JSON.stringify(issue.target)} ${issue.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const issue of issues) {
      const where = targetLocation(issue.target);
      expect('fieldId' in where ? where.fieldId : where.href).toMatch(/^(hs-|\/so-luong\/)/);
      expect(issue.message.normalize('NFC')).toBe(issue.message);
    }
    expect(codes(issues)).toEqual(expect.arrayContaining(['profile-missing', 'summary-missing', 'votes-missing', 'members-missing', 'meeting-missing']));
  });
});

describe('checkReport', () => {
  it('needs only what the report prints: unit name, place, signer and the text sections', () => {
    const drafts = completeDrafts();
    drafts.dossier.profile.unitSymbol = '';
    drafts.dossier.profile.councilChair = '';
    drafts.dossier.meeting.membersTotal = '';
    drafts.dossier.reports[person.id]!.votesInFavour = '';
    expect(checkReport(person.id, drafts, dossierRules)).toEqual([]);

    drafts.dossier.profile.unitName = '';
    drafts.dossier.profile.place = '';
    drafts.dossier.profile.signerName = '';
    drafts.dossier.reports[person.id]!.sections = { 'thanh-tich': '' };
    expect(checkReport(person.id, drafts, dossierRules).map((i) => i.target)).toEqual([
      { kind: 'profile', field: 'unitName' },
      { kind: 'profile', field: 'place' },
      { kind: 'profile', field: 'signerName' },
      { kind: 'report', id: person.id, field: 'sections', section: 'thanh-tich' },
    ]);
  });

  it('refuses a nominee no longer in the list, a nominee without a name, and an invalid report date', () => {
    const drafts = completeDrafts();
    expect(codes(checkReport('uv-khong-co', drafts, dossierRules))).toEqual(['no-nominees']);
    drafts.dossier.meeting.reportDate = '32/1/2026';
    expect(codes(checkReport(person.id, drafts, dossierRules))).toEqual(['date-invalid']);
    drafts.dossier.meeting.reportDate = '';
    drafts.quotaPlan.nominees[0] = { ...person, name: ' ' };
    const unnamed = checkReport(person.id, drafts, dossierRules);
    expect(unnamed).toEqual([expect.objectContaining({ code: 'name-missing', target: { kind: 'nominee', id: person.id, field: 'name' } })]);
  });
});

describe('years of earlier awards (section III of a report)', () => {
  it('run from 1945 to the current year; each error names the nominee and the row; an empty year is written by hand', () => {
    const year = new Date().getFullYear();
    const drafts = completeDrafts();
    const awards = drafts.dossier.reports[person.id]!.earlierAwards;
    awards[0]!.year = '1944';
    awards[1]!.year = String(year + 1);
    awards.push({ year: '1e309', award: 'Bằng khen', decision: '', issuer: '' }, { year: '', award: 'Giấy khen', decision: '', issuer: '' }, { year: '1945', award: 'Huân chương', decision: '', issuer: '' });
    const expected = [
      `Báo cáo thành tích của “Nguyễn Thị Hoa”, hình thức khen thưởng thứ 1: Năm khen thưởng phải trong khoảng từ 1945 đến ${year}.`,
      `Báo cáo thành tích của “Nguyễn Thị Hoa”, hình thức khen thưởng thứ 2: Năm khen thưởng phải trong khoảng từ 1945 đến ${year}.`,
      'Báo cáo thành tích của “Nguyễn Thị Hoa”, hình thức khen thưởng thứ 3: Năm khen thưởng phải gồm 4 chữ số, ví dụ ' + (year - 20) + '.',
    ];
    for (const found of [checkDossier(drafts, dossierRules), checkReport(person.id, drafts, dossierRules)]) {
      const years = found.filter((i) => i.code === 'award-year-invalid');
      expect(years.map((i) => i.message)).toEqual(expected);
      expect(years.every((i) => i.target.kind === 'report' && i.target.id === person.id && i.target.field === 'earlierAwards')).toBe(true);
    }
  });
});

describe('every rule of the dossier can fail', () => {
  /** One way to break each rule, from the complete dossier. */
  const breaking: Record<DossierIssueCode, () => DossierIssue[]> = {
    'profile-missing': () => checked((d) => (d.dossier.profile.unitName = '')),
    'profile-invalid': () => checked((d) => (d.dossier.profile.unitSymbol = 'U B')),
    'no-nominees': () => checked((d) => (d.quotaPlan.nominees = [])),
    'no-category': () => checked((d) => (d.quotaPlan.categoryId = 'khong-co')),
    quota: () => checked((d) => (d.quotaPlan.nominees[0] = { ...person, gender: '' })),
    'summary-missing': () => checked((d) => (d.dossier.reports[person.id]!.achievementSummary = '')),
    'votes-missing': () => checked((d) => (d.dossier.reports[person.id]!.votesInFavour = ' ')),
    'votes-invalid': () => checked((d) => (d.dossier.reports[person.id]!.votesInFavour = 'bảy')),
    'votes-over-present': () => checked((d) => (d.dossier.reports[person.id]!.votesInFavour = '9')),
    'members-missing': () => checked((d) => (d.dossier.meeting.membersPresent = '')),
    'members-invalid': () => checked((d) => (d.dossier.meeting.membersTotal = '9,5')),
    'present-over-total': () => checked((d) => (d.dossier.meeting.membersTotal = '5')),
    'meeting-missing': () => checked((d) => (d.dossier.meeting.venue = '')),
    'date-invalid': () => checked((d) => (d.dossier.meeting.date = '30/2/2026')),
    'report-empty': () => checked((d) => (d.dossier.reports[person.id]!.sections = { 'thanh-tich': '' })),
    'award-year-invalid': () => checked((d) => (d.dossier.reports[person.id]!.earlierAwards[0]!.year = '1e309')),
    'name-missing': () => {
      const drafts = completeDrafts();
      drafts.quotaPlan.nominees[1] = { ...commune, name: '' };
      return checkReport(commune.id, drafts, dossierRules);
    },
  };

  it.each(DOSSIER_ISSUE_CODES)('%s', (code) => {
    expect(codes(breaking[code]())).toContain(code);
  });
});
