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

  it('requires the unit profile: name, symbol, signer, council chair and secretary, drafting section', () => {
    const fields = ['unitName', 'unitSymbol', 'signerTitle', 'signerName', 'councilChair', 'councilSecretary', 'drafter'] as const;
    for (const field of fields) {
      const issues = checked((d) => (d.dossier.profile[field] = '  '));
      expect(issues, field).toEqual([expect.objectContaining({ code: 'profile-missing', target: { kind: 'profile', field } })]);
    }
    expect(
      checked((d) => {
        d.dossier.profile.governingBody = '';
        d.dossier.profile.signerAuthority = '';
        d.dossier.profile.headerName = '';
        d.dossier.profile.councilName = '';
      }),
    ).toEqual([]);
  });

  it("asks for the place only when none follows from the unit's name and category", () => {
    // a commune writes its own name: "Ea Kar" is read from "Ủy ban nhân dân xã Ea Kar"
    expect(checked((d) => (d.dossier.profile.place = ''))).toEqual([]);
    // a commune's category with a name that names no commune: nothing to read, and the name contradicts the category
    const issues = checked((d) => {
      d.dossier.profile.place = '';
      d.dossier.profile.unitName = 'Ban bầu cử số 3';
    });
    expect(issues.filter((found) => found.severity === 'blocking')).toEqual([expect.objectContaining({ code: 'profile-missing', target: { kind: 'profile', field: 'place' } })]);
  });

  it('names a nominee by its group and number in the list when its name does not tell it apart', () => {
    const twin = { ...person, id: 'uv-ca-nhan-2', name: ' nguyễn  thị hoa ' };
    const unnamed = { ...person, id: 'uv-ca-nhan-3', name: '' };
    const issues = checked((d) => (d.quotaPlan.nominees = [...d.quotaPlan.nominees, twin, unnamed]));
    const summaries = issues.filter((found) => found.code === 'summary-missing').map((found) => found.message);
    expect(summaries).toEqual([
      'Nhập tóm tắt thành tích của “nguyễn thị hoa” (cá nhân số 2) để ghi vào danh sách đề nghị.',
      'Nhập tóm tắt thành tích của cá nhân số 3 (chưa có tên) để ghi vào danh sách đề nghị.',
    ]);
    // the first of the two, complete, is named the same way where something is said of it
    const votes = checked((d) => {
      d.quotaPlan.nominees = [...d.quotaPlan.nominees, twin];
      d.dossier.reports[person.id]!.votesInFavour = '99';
    }).find((found) => found.code === 'votes-over-present');
    expect(votes?.message).toBe('Số phiếu đồng ý của “Nguyễn Thị Hoa” (cá nhân số 1) là 99, nhiều hơn số thành viên có mặt (8): sửa lại số phiếu.');
    // a name of its own is enough: no number
    expect(checked((d) => (d.dossier.reports[person.id]!.votesInFavour = '99')).find((found) => found.code === 'votes-over-present')?.message).toMatch(/^Số phiếu đồng ý của “Nguyễn Thị Hoa” là 99,/);
  });

  it('takes a confirming signer other than the letter\'s only whole: a title and a name', () => {
    const confirmer = (values: Partial<Record<'confirmerAuthority' | 'confirmerTitle' | 'confirmerName', string>>) =>
      checked((d) => Object.assign(d.dossier.profile, values));
    expect(confirmer({ confirmerAuthority: 'TM. ỦY BAN NHÂN DÂN', confirmerTitle: 'CHỦ TỊCH', confirmerName: 'Lê Văn Tâm' })).toEqual([]);
    const half = confirmer({ confirmerName: 'Lê Văn Tâm' });
    expect(half).toEqual([expect.objectContaining({ code: 'profile-missing', target: { kind: 'profile', field: 'confirmerTitle' } })]);
    expect(half[0]!.message).toBe('Nhập chức vụ của người ký xác nhận báo cáo thành tích (ví dụ CHỦ TỊCH), hoặc để trống cả ba ô để người ký tờ trình ký xác nhận.');
    expect(codes(checkReport(person.id, completeDrafts(), dossierRules))).toEqual([]);
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
    // no vote, or half the members present, is a count the documents print, with a warning
    expect(codes(withVotes('0'))).toEqual(['votes-below']);
    expect(withVotes('5')).toEqual([]);
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

  it('requires the meeting times, venue and voting method, and valid dates when dates are typed', () => {
    for (const field of ['startTime', 'endTime', 'venue'] as const) {
      expect(at(checked((d) => (d.dossier.meeting[field] = '')), { kind: 'meeting', field })?.code, field).toBe('meeting-missing');
    }
    for (const method of ['', 'bỏ phiếu kín', 'secret']) {
      const issues = checked((d) => (d.dossier.meeting.votingMethod = method));
      expect(issues, method).toEqual([expect.objectContaining({ code: 'meeting-missing', target: { kind: 'meeting', field: 'votingMethod' } })]);
    }
    expect(checked((d) => (d.dossier.meeting.votingMethod = 'show-of-hands'))).toEqual([]);
    expect(targetLocation({ kind: 'meeting', field: 'votingMethod' })).toEqual({ fieldId: FIELD_IDS.meeting.votingMethod });
    for (const field of ['date', 'letterDate', 'reportDate'] as const) {
      const issues = checked((d) => (d.dossier.meeting[field] = '31/02/2026'));
      expect(issues, field).toEqual([expect.objectContaining({ code: 'date-invalid', target: { kind: 'meeting', field } })]);
    }
    expect(
      checked((d) => (d.dossier.meeting = { ...d.dossier.meeting, minutesNumber: '', letterNumber: '', date: '', letterDate: '', campaignAccount: '' })),
    ).toEqual([]);
  });

  it('names absent members up to the number absent, each on a line', () => {
    // 9 members, 8 present: one may be named, with or without a reason
    expect(checked((d) => (d.dossier.meeting.absentMembers = 'Nguyễn Văn A: đi công tác'))).toEqual([]);
    expect(checked((d) => (d.dossier.meeting.absentMembers = '\n  Nguyễn Văn A  \n'))).toEqual([]);
    const over = checked((d) => (d.dossier.meeting.absentMembers = 'Nguyễn Văn A: đi công tác\nTrần Thị B'));
    expect(over).toEqual([expect.objectContaining({ code: 'absent-over', severity: 'blocking', target: { kind: 'meeting', field: 'absentMembers' } })]);
    expect(over[0]!.message).toContain('(1 = 9 thành viên − 8 có mặt)');
    expect(targetLocation(over[0]!.target)).toEqual({ fieldId: FIELD_IDS.meeting.absentMembers });
  });

  it("needs a division's head on a report signed for a division, and both title and name of a head named", () => {
    const withSigner = (fields: { division?: string; headTitle?: string; headName?: string }) =>
      checked((d) => Object.assign(d.dossier.reports[person.id]!, fields));
    expect(withSigner({ division: 'PHÒNG VĂN HÓA - THÔNG TIN', headTitle: 'TRƯỞNG PHÒNG', headName: 'Lê Văn Tâm' })).toEqual([]);
    const missing = withSigner({ division: 'PHÒNG VĂN HÓA - THÔNG TIN' });
    expect(missing.map((found) => [found.code, found.target])).toEqual([
      ['signer-missing', { kind: 'report', id: person.id, field: 'headTitle' }],
      ['signer-missing', { kind: 'report', id: person.id, field: 'headName' }],
    ]);
    expect(missing[0]!.message).toContain('“PHÒNG VĂN HÓA - THÔNG TIN”');
    expect(codes(withSigner({ headName: 'Lê Văn Tâm' }))).toEqual(['signer-missing']);
    expect(targetLocation(missing[1]!.target)).toEqual({ fieldId: nomineeFieldIds(person.id).headName });
  });

  it("checks a full date of birth against the year of birth, on the planner's page", () => {
    const withBirth = (birthDate: string) => checked((d) => (d.quotaPlan.nominees[0] = { ...person, birthDate }));
    expect(withBirth('05/3/1988')).toEqual([]);
    expect(withBirth('')).toEqual([]);
    for (const wrong of ['31/2/1988', '1988-03-05', 'mùng 5']) {
      expect(withBirth(wrong), wrong).toEqual([expect.objectContaining({ code: 'birth-date-invalid', target: { kind: 'nominee', id: person.id, field: 'birthDate' } })]);
    }
    const mismatch = withBirth('05/3/1987');
    expect(mismatch[0]!.message).toContain('năm 1987');
    expect(targetLocation(mismatch[0]!.target)).toEqual({ href: QUOTA_PLANNER_HREF });
  });

  it('refuses a full date of birth under 18 on election day, though its year is in the range (the planner\'s rule, sent to the planner)', () => {
    const born = (birthDate: string) => checked((d) => (d.quotaPlan.nominees[0] = { ...person, birthYear: '2008', birthDate }));
    expect(born('15/03/2008')).toEqual([]);
    expect(born('14/3/2008')).toEqual([]);
    const young = born('16/3/2008');
    expect(young).toEqual([expect.objectContaining({ code: 'quota', severity: 'blocking', target: { kind: 'nominee', id: person.id, field: 'birthDate' } })]);
    expect(young[0]!.message).toBe('Danh sách đề nghị (trang Số lượng): Dòng 1 “Nguyễn Thị Hoa”: Ngày sinh 16/3/2008 chưa đủ 18 tuổi vào ngày bầu cử 15/3/2026.');
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
      expect(years.map((i) => i.target)).toEqual([0, 1, 2].map((row) => ({ kind: 'report', id: person.id, field: 'earlierAwards', row, column: 'year' })));
    }
  });
});

describe('text limits', () => {
  it('refuses a text over its limit with its length, naming whose it is and pointing at its field or cell', () => {
    const issues = checked((d) => {
      d.dossier.reports[person.id]!.achievementSummary = 'Hoàn thành xuất sắc. '.repeat(100);
      d.dossier.reports[person.id]!.earlierAwards[1]!.issuer = 'Ủy ban nhân dân '.repeat(20);
      d.dossier.meeting.absentMembers = 'Nguyễn Văn A: đi công tác\n'.repeat(100);
    }).filter((found) => found.code === 'too-long');
    expect(issues.map((found) => [found.message, targetLocation(found.target)])).toEqual([
      ['Danh sách thành viên vắng mặt quá dài: 2600 ký tự, tối đa 2000. Hãy rút gọn.', { fieldId: FIELD_IDS.meeting.absentMembers }],
      ['Tóm tắt thành tích của “Nguyễn Thị Hoa” quá dài: 2100 ký tự, tối đa 1500. Hãy rút gọn.', { fieldId: nomineeFieldIds(person.id).achievementSummary }],
      ['Báo cáo thành tích của “Nguyễn Thị Hoa”, hình thức khen thưởng thứ 2: Cơ quan ban hành quá dài: 320 ký tự, tối đa 200. Hãy rút gọn.', { fieldId: nomineeFieldIds(person.id).award(1, 'issuer') }],
    ]);
  });

  it('a report is refused only for what it prints: a long meeting venue or list summary does not stop it', () => {
    const drafts = completeDrafts();
    drafts.dossier.meeting.venue = 'Hội trường '.repeat(40);
    drafts.dossier.reports[person.id]!.achievementSummary = 'Hoàn thành xuất sắc. '.repeat(100);
    expect(checkReport(person.id, drafts, dossierRules).filter((found) => found.severity === 'blocking')).toEqual([]);
    drafts.dossier.reports[person.id]!.headName = 'Nguyễn Văn '.repeat(10);
    expect(codes(checkReport(person.id, drafts, dossierRules))).toContain('too-long');
  });
});

describe('warnings (the documents are still made)', () => {
  const warnings = (issues: DossierIssue[]) => issues.filter((found) => found.severity === 'warning');
  const dated = (date: string, letterDate: string) =>
    checked((d) => {
      d.dossier.meeting.date = date;
      d.dossier.meeting.letterDate = letterDate;
    });

  it('warns when the meeting or the letter is before election day (15/3/2026), naming the field and the rule', () => {
    const issues = dated('14/3/2026', '16/3/2026');
    expect(issues).toEqual([expect.objectContaining({ code: 'date-before-election', severity: 'warning', target: { kind: 'meeting', field: 'date' } })]);
    expect(issues[0]!.message).toBe(
      'Ngày họp (14/3/2026) trước ngày bầu cử (15/3/2026): việc xét khen thưởng dựa trên kết quả bầu cử, nên cuộc họp xét phải sau ngày bầu cử. Kiểm tra lại ngày.',
    );
    expect(codes(dated('15/3/2026', '10/3/2026'))).toEqual(['date-before-election', 'meeting-after-letter']);
    expect(at(dated('16/3/2026', '10/3/2026'), { kind: 'meeting', field: 'letterDate' })?.code).toBe('date-before-election');
    // election day itself is not before it; a month alone warns only when the whole month is before
    expect(dated('15/3/2026', '15/3/2026')).toEqual([]);
    expect(dated('3/2026', '3/2026')).toEqual([]);
    expect(codes(dated('2/2026', '3/2026'))).toEqual(['date-before-election']);
  });

  it('warns when the meeting or the letter is not before the deadline ("trước ngày 31/3/2026"), citing the plan', () => {
    const issues = dated('25/3/2026', '02/4/2026');
    expect(issues).toEqual([expect.objectContaining({ code: 'date-after-deadline', target: { kind: 'meeting', field: 'letterDate' } })]);
    expect(issues[0]!.message).toBe('Ngày của tờ trình (02/4/2026) không kịp hạn: Kế hoạch yêu cầu gửi hồ sơ trước ngày 31/3/2026 (Mục V.2). Kiểm tra lại ngày.');
    expect(dated('30/3/2026', '30/3/2026')).toEqual([]);
    expect(codes(dated('30/3/2026', '31/3/2026'))).toEqual(['date-after-deadline']);
    // the date the reports carry, when the unit gives one of its own
    const report = checked((d) => (d.dossier.meeting.reportDate = '10/3/2026'));
    expect(report).toEqual([expect.objectContaining({ code: 'date-before-election', target: { kind: 'meeting', field: 'reportDate' } })]);
    expect(report[0]!.message).toContain('Ngày ghi trên báo cáo thành tích (10/3/2026) trước ngày bầu cử (15/3/2026): việc xét khen thưởng dựa trên kết quả bầu cử, nên báo cáo thành tích phải sau ngày bầu cử.');
    expect(codes(checked((d) => (d.dossier.meeting.reportDate = '02/4/2026')))).toEqual(['date-after-deadline']);
    expect(codes(dated('4/2026', '2027'))).toEqual(['date-after-deadline', 'date-after-deadline']);
  });

  it('warns when the meeting comes after the letter; dates are never changed', () => {
    const drafts = completeDrafts();
    drafts.dossier.meeting.date = '24/3/2026';
    const issues = checkDossier(drafts, dossierRules);
    expect(issues).toEqual([expect.objectContaining({ code: 'meeting-after-letter', severity: 'warning', target: { kind: 'meeting', field: 'date' } })]);
    expect(drafts.dossier.meeting.date).toBe('24/3/2026');
    expect(targetLocation(issues[0]!.target)).toEqual({ fieldId: FIELD_IDS.meeting.date });
  });

  it('warns when a nominee has no more than half the votes of the members present (the threshold of plan-document.yaml), on whole numbers', () => {
    const votes = (count: string) => checked((d) => (d.dossier.reports[person.id]!.votesInFavour = count));
    const issues = votes('4');
    expect(issues).toEqual([expect.objectContaining({ code: 'votes-below', severity: 'warning', target: { kind: 'report', id: person.id, field: 'votesInFavour' } })]);
    expect(issues[0]!.message).toBe(
      '“Nguyễn Thị Hoa” được 4/8 phiếu đồng ý (50%), chưa đạt mức quá 50% số thành viên Hội đồng có mặt đồng ý: Sở Nội vụ có thể trả lại đề nghị này. Kiểm tra lại số phiếu, hoặc bỏ khỏi danh sách ở trang Số lượng.',
    );
    expect(votes('5')).toEqual([]);
    const ofNine = checked((d) => {
      d.dossier.meeting.membersPresent = '9';
      d.dossier.meeting.membersTotal = '9';
      d.dossier.reports[person.id]!.votesInFavour = '4';
    });
    expect(ofNine.find((found) => found.code === 'votes-below')?.message).toContain('4/9 phiếu đồng ý (44,44%)');
  });

  it('warns when two reports of one division name two heads; the same head written differently is no warning', () => {
    const heads = (first: string, second: string) =>
      checked((d) => {
        Object.assign(d.dossier.reports[commune.id]!, { division: 'Văn phòng HĐND và UBND', headTitle: 'Chánh Văn phòng', headName: first });
        Object.assign(d.dossier.reports[person.id]!, { division: 'VĂN PHÒNG HĐND  VÀ UBND', headTitle: 'CHÁNH VĂN PHÒNG', headName: second });
      }).filter((found) => found.code === 'division-head-differs');
    expect(heads('Đỗ Thị Thu', 'ĐỖ THỊ THU')).toEqual([]);
    const differ = heads('Đỗ Thị Thu', 'Lê Văn Tâm');
    expect(differ).toEqual([expect.objectContaining({ severity: 'warning', target: { kind: 'report', id: person.id, field: 'headName' } })]);
    expect(differ[0]!.message).toBe(
      'Báo cáo của “Nguyễn Thị Hoa” ghi người đứng đầu “VĂN PHÒNG HĐND VÀ UBND” là chánh văn phòng Lê Văn Tâm, còn báo cáo của “Ủy ban nhân dân xã Ea Kar” ghi chánh văn phòng Đỗ Thị Thu. Kiểm tra lại để các báo cáo ghi cùng một người.',
    );
  });

  it("warns when the unit's name contradicts its category", () => {
    const provincial = checked((d) => (d.quotaPlan.categoryId = 'co-quan-cap-tinh-con-lai'));
    expect(warnings(provincial)).toEqual([expect.objectContaining({ code: 'category-mismatch', target: { kind: 'profile', field: 'unitName' } })]);
    expect(warnings(provincial)[0]!.message).toContain('là tên của một xã, phường');
    const department = checked((d) => (d.dossier.profile.unitName = 'Sở Lao động - Thương binh và Xã hội'));
    expect(warnings(department).map((found) => found.code)).toEqual(['category-mismatch']);
    expect(warnings(department)[0]!.message).toContain('không phải tên của một xã, phường');
  });

  it("warns when a line of the unit's header can only break where no official would", () => {
    const issues = checked((d) => (d.dossier.profile.headerName = 'TRUNG TÂM VĂN HÓA THỂ THAO TRUYỀN THÔNG KHU VỰC PHÍA BẮC XÃ EA KAR'));
    expect(warnings(issues)).toEqual([expect.objectContaining({ code: 'header-break', target: { kind: 'profile', field: 'headerName' } })]);
    // the place stays whole on a line of its own; the rest breaks as evenly as it can
    expect(warnings(issues)[0]!.message).toMatch(/sẽ được ngắt thành “TRUNG TÂM VĂN HÓA” \/ “THỂ THAO TRUYỀN THÔNG” \/ “KHU VỰC PHÍA BẮC” \/ “XÃ EA KAR”\./);
    // a break where an official breaks (after a comma, before "VÀ", before a place) is no warning
    expect(warnings(checked((d) => (d.dossier.profile.headerName = 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH VÀ TRUYỀN THÔNG')))).toEqual([]);
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
    'too-long': () => checked((d) => (d.dossier.profile.unitName = 'Ủy ban nhân dân xã '.repeat(20))),
    'award-year-invalid': () => checked((d) => (d.dossier.reports[person.id]!.earlierAwards[0]!.year = '1e309')),
    'name-missing': () => {
      const drafts = completeDrafts();
      drafts.quotaPlan.nominees[1] = { ...commune, name: '' };
      return checkReport(commune.id, drafts, dossierRules);
    },
    'absent-over': () => checked((d) => (d.dossier.meeting.absentMembers = 'A\nB')),
    'birth-date-invalid': () => checked((d) => (d.quotaPlan.nominees[0] = { ...person, birthDate: '12/13/1988' })),
    'signer-missing': () => checked((d) => (d.dossier.reports[person.id]!.division = 'PHÒNG NỘI VỤ')),
    'date-before-election': () => checked((d) => (d.dossier.meeting.date = '01/3/2026')),
    'date-after-deadline': () => checked((d) => (d.dossier.meeting.letterDate = '01/4/2026')),
    'meeting-after-letter': () => checked((d) => (d.dossier.meeting.date = '25/3/2026')),
    'category-mismatch': () => checked((d) => (d.dossier.profile.unitName = 'Sở Nội vụ')),
    'header-break': () => checked((d) => (d.dossier.profile.headerName = 'BAN QUẢN LÝ CÁC DỰ ÁN ĐẦU TƯ XÂY DỰNG CÔNG TRÌNH DÂN DỤNG')),
    'votes-below': () => checked((d) => (d.dossier.reports[person.id]!.votesInFavour = '4')),
    'division-head-differs': () =>
      checked((d) => {
        Object.assign(d.dossier.reports[person.id]!, { division: 'Văn phòng HĐND và UBND', headTitle: 'Chánh Văn phòng', headName: 'Đỗ Thị Thu' });
        Object.assign(d.dossier.reports[commune.id]!, { division: 'VĂN PHÒNG HĐND  VÀ UBND', headTitle: 'Chánh Văn phòng', headName: 'Lê Văn Tâm' });
      }),
  };

  it.each(DOSSIER_ISSUE_CODES)('%s', (code) => {
    expect(codes(breaking[code]())).toContain(code);
  });
});
