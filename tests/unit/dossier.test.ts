import { describe, expect, it } from 'vitest';
import { campaignReferences } from '../../src/documents/references';
import type { DossierInput } from '../../src/documents/types';
import {
  assembleDossier,
  assembleReport,
  checkDossier,
  checkReport,
  countIssues,
  FIELD_IDS,
  nomineeFieldIds,
  parseTypedDate,
  parseWholeNumber,
  QUOTA_PLANNER_HREF,
  reportFacts,
  type DossierIssue,
  type DossierRules,
} from '../../src/domain/dossier';
import { eligibilityRecords } from '../../src/domain/eligibility';
import { emptyDrafts, type Drafts } from '../../src/storage/drafts';
import { emptyReportDraft } from '../../src/storage/dossierDraft';
import type { NomineeDraft } from '../../src/storage/quotaPlanDraft';
import { loadForms } from '../support/forms';
import { loadRules } from '../support/rules';

const rules = loadRules();
const forms = loadForms();
const dossierRules: DossierRules = {
  forms,
  references: campaignReferences(rules, forms),
  quotas: rules.quotas,
  records: eligibilityRecords(rules),
};

const commune: NomineeDraft = {
  id: 'uv-xa',
  type: 'collective',
  name: 'Ủy ban nhân dân xã Ea Kar',
  position: '',
  unit: '',
  birthYear: '',
  gender: '',
  womenSharePercent: '',
  nomineeKind: 'xa-phuong',
};
const person: NomineeDraft = {
  id: 'uv-ca-nhan',
  type: 'individual',
  name: 'Nguyễn Thị Hoa',
  position: 'Công chức Văn phòng - Thống kê',
  unit: 'Ủy ban nhân dân xã Ea Kar',
  birthYear: '1988',
  gender: 'nu',
  holdsLeadershipPost: false,
  womenSharePercent: '',
  nomineeKind: 'ca-nhan',
};

/** Every criterion of a kind answered "yes" and every exclusion "no". */
function passingSelfCheck(nomineeKind: string, turnout = { registered: '', voted: '' }) {
  const answers: Record<string, 'yes' | 'no'> = {};
  for (const criterion of rules.criteria.filter((c) => c.nomineeKind === nomineeKind)) answers[criterion.id] = 'yes';
  for (const principle of rules.principles.filter((p) => p.kind === 'exclusion')) answers[principle.id] = 'no';
  return { award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind, inScope: 'yes' as const, answers, turnout };
}

/** A complete, consistent dossier of a commune proposing itself and one person (quota: 02 cases). */
function completeDrafts(): Drafts {
  const drafts = emptyDrafts();
  drafts.quotaPlan = { ...drafts.quotaPlan, categoryId: 'xa-phuong', nominees: [person, commune] };
  drafts.selfChecks = {
    [commune.id]: passingSelfCheck('xa-phuong', { registered: '12.500', voted: '12.400' }),
    [person.id]: passingSelfCheck('ca-nhan'),
  };
  drafts.dossier.profile = {
    governingBody: '',
    unitName: 'Ủy ban nhân dân xã Ea Kar',
    unitSymbol: 'UBND',
    place: 'Ea Kar',
    signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
    signerTitle: 'CHỦ TỊCH',
    signerName: 'Trần Văn Bình',
    councilChair: 'Trần Văn Bình',
    councilSecretary: 'Lê Thị Mai',
  };
  drafts.dossier.meeting = {
    minutesNumber: '3',
    date: '20/3/2026',
    startTime: '14 giờ 00',
    endTime: '16 giờ 30',
    venue: 'Hội trường Ủy ban nhân dân xã',
    membersTotal: '9',
    membersPresent: '8',
    letterNumber: '15',
    letterDate: '23/03/2026',
    campaignAccount: 'Xã đã tổ chức tốt phong trào thi đua.',
    reportDate: '',
  };
  drafts.dossier.reports = {
    [commune.id]: { ...emptyReportDraft(), achievementSummary: 'Tỷ lệ cử tri đi bầu 99,2%.', votesInFavour: '8' },
    [person.id]: {
      ...emptyReportDraft(),
      achievementSummary: 'Tham mưu tốt công tác bầu cử.',
      votesInFavour: '7',
      sections: { 'thanh-tich': 'Hoàn thành xuất sắc nhiệm vụ.\n- Tham mưu 12 văn bản.' },
      earlierAwards: [
        { year: '2024', award: 'Giấy khen', decision: 'Quyết định số 12/QĐ-UBND ngày 05/02/2024', issuer: 'UBND xã' },
        { year: '', award: ' ', decision: '', issuer: '' },
      ],
    },
  };
  return drafts;
}

const codes = (issues: DossierIssue[]) => issues.map((issue) => issue.code);
const issueAt = (issues: DossierIssue[], fieldId: string) => issues.find((issue) => issue.fieldId === fieldId);

describe('typed values', () => {
  it('reads dates as units type them, leaving day or month blank when omitted', () => {
    expect(parseTypedDate('05/3/2026')).toEqual({ ok: true, date: { day: 5, month: 3, year: 2026 } });
    expect(parseTypedDate(' 5-03-2026 ')).toEqual({ ok: true, date: { day: 5, month: 3, year: 2026 } });
    expect(parseTypedDate('29.02.2028')).toEqual({ ok: true, date: { day: 29, month: 2, year: 2028 } });
    expect(parseTypedDate('3/2026')).toEqual({ ok: true, date: { month: 3, year: 2026 } });
    expect(parseTypedDate('2026')).toEqual({ ok: true, date: { year: 2026 } });
    for (const bad of ['', '31/4/2026', '29/2/2026', '0/3/2026', '5/13/2026', '05/03/26', 'ngày 5', '2026-03-05']) {
      expect(parseTypedDate(bad).ok, bad).toBe(false);
    }
  });

  it('reads whole numbers only', () => {
    expect(parseWholeNumber(' 12 ')).toBe(12);
    expect(parseWholeNumber('0')).toBe(0);
    for (const bad of ['', '-1', '1,5', '1.5', 'mười', '1e3']) expect(parseWholeNumber(bad), bad).toBeNull();
  });
});

describe('assembleDossier', () => {
  const dossier = assembleDossier(completeDrafts(), dossierRules, 2026);

  it('cites the campaign from content/: plan number, date and issuer, award, addressee and legal bases', () => {
    const { references } = dossier;
    expect(references.planNumber).toBe(rules.planDocument.number);
    expect(references.planDate).toEqual({ year: 2025, month: 11, day: 18 });
    expect(references.planIssuer).toBe(rules.planDocument.issuer);
    expect(references.awardName).toBe('Bằng khen của Chủ tịch UBND tỉnh');
    expect(references.addressee).toBe('Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk');
    const bases = references.legalBases.join('\n');
    expect(bases).toContain('Luật Thi đua, khen thưởng');
    expect(bases).toContain('152/2025/NĐ-CP');
    expect(bases).toContain('Kế hoạch số 0125/KH-UBND ngày 18/11/2025');
  });

  it('lists collectives first, then individuals, with the summary and the votes of each', () => {
    expect(dossier.nominees.map((n) => n.id)).toEqual([commune.id, person.id]);
    expect(dossier.nominees[0]).toMatchObject({ type: 'collective', name: commune.name, position: '', votesInFavour: 8, achievementSummary: 'Tỷ lệ cử tri đi bầu 99,2%.' });
    expect(dossier.nominees[1]).toMatchObject({
      type: 'individual',
      name: 'Nguyễn Thị Hoa',
      position: person.position,
      unit: person.unit,
      birthYear: '1988',
      gender: 'nu',
      votesInFavour: 7,
    });
  });

  it('takes the meeting, the letter and the quota line from the drafts and the rules', () => {
    expect(dossier.meeting).toEqual({
      minutesNumber: '3',
      date: { day: 20, month: 3, year: 2026 },
      startTime: '14 giờ 00',
      endTime: '16 giờ 30',
      venue: 'Hội trường Ủy ban nhân dân xã',
      membersTotal: 9,
      membersPresent: 8,
    });
    expect(dossier.letterNumber).toBe('15');
    expect(dossier.letterDate).toEqual({ day: 23, month: 3, year: 2026 });
    expect(dossier.campaignAccount).toBe('Xã đã tổ chức tốt phong trào thi đua.');
    expect(dossier.quotaApplied).toBe(rules.quotas.find((q) => q.id === 'xa-phuong')!.sourceText);
    expect(dossier.profile.unitSymbol).toBe('UBND');
  });

  it('makes one report per nominee, in the order of the list, dated like the letter', () => {
    expect(dossier.reports.map((r) => r.nominee.id)).toEqual([commune.id, person.id]);
    expect(dossier.reports[0]!.date).toEqual({ day: 23, month: 3, year: 2026 });
    expect(dossier.reports[0]!.references).toBe(dossier.references);
  });

  it('pre-fills section II of a commune with its voter figures and the criteria met, from the self-check', () => {
    const section = dossier.reports[0]!.sections['thanh-tich']!;
    expect(section).toContain('12.500');
    expect(section).toContain('12.400');
    expect(section).toContain('99,2%');
    expect(section).toContain('Mục III.3.2');
    for (const criterion of rules.criteria.filter((c) => c.nomineeKind === 'xa-phuong')) expect(section).toContain(criterion.text);
    // section I starts from the form's starter lines
    expect(dossier.reports[0]!.sections['thong-tin-chung']).toContain('Địa chỉ trụ sở chính');
    expect(dossier.reports[1]!.sections['thong-tin-chung']).toContain('Nguyễn Thị Hoa');
  });

  it('keeps what the unit wrote over the starting text, and drops empty rows of earlier awards', () => {
    const report = dossier.reports[1]!;
    expect(report.sections['thanh-tich']).toBe('Hoàn thành xuất sắc nhiệm vụ.\n- Tham mưu 12 văn bản.');
    expect(report.earlierAwards).toEqual([{ year: '2024', award: 'Giấy khen', decision: 'Quyết định số 12/QĐ-UBND ngày 05/02/2024', issuer: 'UBND xã' }]);
  });

  it('keeps a section the unit emptied empty (the starting text does not come back)', () => {
    const drafts = completeDrafts();
    drafts.dossier.reports[commune.id]!.sections = { 'thanh-tich': '' };
    expect(assembleReport(commune.id, drafts, dossierRules, 2026)!.sections['thanh-tich']).toBe('');
  });

  it('leaves day and month blank when a date is not typed, and uses the report date when there is one', () => {
    const drafts = completeDrafts();
    drafts.dossier.meeting.letterDate = '';
    drafts.dossier.meeting.date = '3/2026';
    let assembled = assembleDossier(drafts, dossierRules, 2026);
    expect(assembled.letterDate).toEqual({ year: 2026 });
    expect(assembled.meeting.date).toEqual({ month: 3, year: 2026 });
    expect(assembled.reports[0]!.date).toEqual({ year: 2026 });
    drafts.dossier.meeting.reportDate = '10/3/2026';
    assembled = assembleDossier(drafts, dossierRules, 2026);
    expect(assembled.reports[0]!.date).toEqual({ day: 10, month: 3, year: 2026 });
  });

  it('gives no facts for a nominee without a self-check', () => {
    expect(reportFacts(undefined, dossierRules.records)).toEqual({});
    const drafts = completeDrafts();
    drafts.selfChecks = {};
    const section = assembleDossier(drafts, dossierRules, 2026).reports[0]!.sections['thanh-tich'];
    expect(section ?? '').toBe('');
  });
});

describe('reportFacts: what a self-check gives section II of the report', () => {
  const communeCriteria = rules.criteria.filter((c) => c.nomineeKind === 'xa-phuong');
  const communeCheck = (registered: string, voted: string, answers: Record<string, 'yes' | 'no'>) => ({
    ...passingSelfCheck('xa-phuong', { registered, voted }),
    answers,
  });

  it("gives the commune's computed turnout and the criteria met, in the plan's wording and order", () => {
    const answers = Object.fromEntries(communeCriteria.map((c) => [c.id, c.id === 'xa-phuong-ket-thuc-dung-gio' ? 'no' : 'yes'] as const));
    const facts = reportFacts(communeCheck('12500', '12313', answers), dossierRules.records);
    expect(facts.turnout).toMatchObject({ registered: 12500n, voted: 12313n, hundredths: 9850n });
    expect(facts.criteriaMet).toEqual(communeCriteria.filter((c) => c.id !== 'xa-phuong-ket-thuc-dung-gio').map((c) => c.text));
  });

  it('keeps the figures when the turnout criterion is not met, without listing it', () => {
    const facts = reportFacts(communeCheck('10000', '9790', {}), dossierRules.records);
    expect(facts).toEqual({ criteriaMet: [], turnout: expect.objectContaining({ hundredths: 9790n }) });
  });

  it('gives nothing for a check without award or kind, or with figures that do not make sense', () => {
    expect(reportFacts({ answers: {}, turnout: { registered: '', voted: '' } }, dossierRules.records)).toEqual({});
    for (const [registered, voted] of [['0', '0'], ['0', '5'], ['10', '11'], ['10,5', '1']]) {
      expect(reportFacts(communeCheck(registered!, voted!, { 'xa-phuong-doan-ket': 'yes' }), dossierRules.records), `${registered}/${voted}`).toEqual({});
    }
  });

  it('lists the criteria met by an individual, with no figures', () => {
    const facts = reportFacts({ ...passingSelfCheck('ca-nhan'), answers: { 'ca-nhan-guong-mau': 'yes' } }, dossierRules.records);
    expect(facts).toEqual({ criteriaMet: [rules.criteria.find((c) => c.id === 'ca-nhan-guong-mau')!.text] });
  });
});

describe('checkDossier', () => {
  it('passes a complete and consistent dossier', () => {
    expect(checkDossier(completeDrafts(), dossierRules)).toEqual([]);
  });

  it('requires the unit profile: name, symbol, place, signer, council chair and secretary', () => {
    const fields = ['unitName', 'unitSymbol', 'place', 'signerTitle', 'signerName', 'councilChair', 'councilSecretary'] as const;
    for (const field of fields) {
      const drafts = completeDrafts();
      drafts.dossier.profile[field] = '  ';
      const issues = checkDossier(drafts, dossierRules);
      const issue = issueAt(issues, FIELD_IDS.profile[field]);
      expect(issue?.code, field).toBe('profile-missing');
      expect(issue?.href).toBe(`#${FIELD_IDS.profile[field]}`);
      expect(issues).toHaveLength(1);
    }
    const drafts = completeDrafts();
    drafts.dossier.profile.governingBody = '';
    drafts.dossier.profile.signerAuthority = '';
    expect(checkDossier(drafts, dossierRules)).toEqual([]);
  });

  it('refuses a unit symbol with a space or a slash', () => {
    const drafts = completeDrafts();
    drafts.dossier.profile.unitSymbol = 'TTr/UBND';
    expect(issueAt(checkDossier(drafts, dossierRules), FIELD_IDS.profile.unitSymbol)?.code).toBe('profile-invalid');
  });

  it('sends an empty list or a unit without a category to the quota planner', () => {
    const drafts = completeDrafts();
    drafts.quotaPlan.nominees = [];
    const issues = checkDossier(drafts, dossierRules);
    expect(codes(issues)).toEqual(['no-nominees']);
    expect(issues[0]!.href).toBe(QUOTA_PLANNER_HREF);
    expect(issues[0]!.fieldId).toBeUndefined();

    const noCategory = completeDrafts();
    noCategory.quotaPlan.categoryId = undefined;
    expect(codes(checkDossier(noCategory, dossierRules))).toEqual(['no-category']);
  });

  it('checks the quota of the unit (a commune proposes at most 02 cases)', () => {
    const drafts = completeDrafts();
    const third: NomineeDraft = { ...person, id: 'uv-ba', name: 'Phạm Văn Cường' };
    drafts.quotaPlan.nominees.push(third);
    drafts.dossier.reports[third.id] = { ...emptyReportDraft(), achievementSummary: 'Tốt.', votesInFavour: '6', sections: { 'thanh-tich': 'Tốt.' } };
    const issues = checkDossier(drafts, dossierRules);
    expect(codes(issues)).toEqual(['quota']);
    expect(issues[0]!.message).toContain('Vượt số lượng 1 trường hợp');
    expect(issues[0]!.message).toContain('Mỗi xã, phường chọn 02 trường hợp');
    expect(issues[0]!.href).toBe(QUOTA_PLANNER_HREF);
  });

  it('reports an incomplete nominee of the list as a quota planner issue', () => {
    const drafts = completeDrafts();
    drafts.quotaPlan.nominees[0] = { ...person, birthYear: '' };
    const issues = checkDossier(drafts, dossierRules);
    expect(codes(issues)).toEqual(['quota']);
    expect(issues[0]!.message).toContain('năm sinh');
  });

  it('requires every nominee to have a summary for the list', () => {
    const drafts = completeDrafts();
    drafts.dossier.reports[commune.id]!.achievementSummary = '';
    const issues = checkDossier(drafts, dossierRules);
    expect(codes(issues)).toEqual(['summary-missing']);
    expect(issues[0]!.fieldId).toBe(nomineeFieldIds(commune.id).achievementSummary);
    expect(issues[0]!.message).toContain(commune.name);
  });

  it('requires every nominee to have a vote count between 0 and the members present', () => {
    const field = nomineeFieldIds(person.id).votesInFavour;
    const withVotes = (votes: string) => {
      const drafts = completeDrafts();
      drafts.dossier.reports[person.id]!.votesInFavour = votes;
      return checkDossier(drafts, dossierRules);
    };
    expect(codes(withVotes(''))).toEqual(['votes-missing']);
    expect(issueAt(withVotes(''), field)?.message).toContain('Nguyễn Thị Hoa');
    expect(codes(withVotes('-1'))).toEqual(['votes-invalid']);
    expect(codes(withVotes('7,5'))).toEqual(['votes-invalid']);
    expect(codes(withVotes('9'))).toEqual(['votes-over-present']);
    expect(withVotes('9')[0]!.message).toContain('(8)');
    expect(withVotes('0')).toEqual([]);
    expect(withVotes('8')).toEqual([]);
  });

  it('requires a nominee without a report draft at all to get a summary and a vote', () => {
    const drafts = completeDrafts();
    delete drafts.dossier.reports[commune.id];
    const ids = nomineeFieldIds(commune.id);
    const issues = checkDossier(drafts, dossierRules);
    expect(issueAt(issues, ids.achievementSummary)?.code).toBe('summary-missing');
    expect(issueAt(issues, ids.votesInFavour)?.code).toBe('votes-missing');
  });

  it('requires the council members: total at least 1, present at least 1 and not more than the total', () => {
    const withMembers = (total: string, present: string) => {
      const drafts = completeDrafts();
      drafts.dossier.meeting.membersTotal = total;
      drafts.dossier.meeting.membersPresent = present;
      return checkDossier(drafts, dossierRules);
    };
    expect(codes(withMembers('', '8'))).toEqual(['members-missing']);
    expect(codes(withMembers('9', ''))).toEqual(['members-missing']);
    expect(codes(withMembers('0', '8'))).toEqual(['members-invalid']);
    expect(codes(withMembers('chín', '8'))).toEqual(['members-invalid']);
    expect(codes(withMembers('9', '0'))).toEqual(['members-invalid']);
    const over = withMembers('7', '8');
    expect(codes(over)).toEqual(['present-over-total']);
    expect(over[0]!.fieldId).toBe(FIELD_IDS.meeting.membersPresent);
    // votes are compared with the members present once that number is valid
    expect(codes(withMembers('9', '6'))).toEqual(['votes-over-present', 'votes-over-present']);
  });

  it('requires the meeting times and venue, and valid dates when dates are typed', () => {
    for (const field of ['startTime', 'endTime', 'venue'] as const) {
      const drafts = completeDrafts();
      drafts.dossier.meeting[field] = '';
      expect(issueAt(checkDossier(drafts, dossierRules), FIELD_IDS.meeting[field])?.code, field).toBe('meeting-missing');
    }
    for (const field of ['date', 'letterDate', 'reportDate'] as const) {
      const drafts = completeDrafts();
      drafts.dossier.meeting[field] = '31/02/2026';
      const issues = checkDossier(drafts, dossierRules);
      expect(codes(issues), field).toEqual(['date-invalid']);
      expect(issues[0]!.fieldId).toBe(FIELD_IDS.meeting[field]);
    }
    const blanks = completeDrafts();
    blanks.dossier.meeting = { ...blanks.dossier.meeting, minutesNumber: '', letterNumber: '', date: '', letterDate: '', campaignAccount: '' };
    expect(checkDossier(blanks, dossierRules)).toEqual([]);
  });

  it('requires every text section of every report to have content', () => {
    const drafts = completeDrafts();
    drafts.dossier.reports[person.id]!.sections = { 'thanh-tich': '  \n ' };
    const issues = checkDossier(drafts, dossierRules);
    expect(codes(issues)).toEqual(['report-empty']);
    expect(issues[0]!.fieldId).toBe(nomineeFieldIds(person.id).section('thanh-tich'));
    expect(issues[0]!.message).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
  });

  it('reports each failure once, linking every message to a field or to the quota planner', () => {
    const drafts = emptyDrafts();
    drafts.quotaPlan = { ...drafts.quotaPlan, categoryId: 'xa-phuong', nominees: [commune] };
    const issues = checkDossier(drafts, dossierRules);
    const fields = issues.flatMap((issue) => (issue.fieldId ? [issue.fieldId] : []));
    expect(new Set(fields).size).toBe(fields.length);
    for (const issue of issues) {
      expect(issue.href === QUOTA_PLANNER_HREF || issue.href === `#${issue.fieldId}`).toBe(true);
      expect(issue.message.normalize('NFC')).toBe(issue.message);
    }
    expect(codes(issues)).toEqual(expect.arrayContaining(['profile-missing', 'summary-missing', 'votes-missing', 'members-missing', 'meeting-missing']));
  });
});

describe('countIssues', () => {
  const dossier = (): DossierInput => assembleDossier(completeDrafts(), dossierRules, 2026);

  it('accepts matching letter counts, list rows, reports and votes', () => {
    expect(countIssues(dossier())).toEqual([]);
  });

  it('refuses a dossier whose reports do not match the list', () => {
    const missing = dossier();
    missing.reports = missing.reports.slice(0, 1);
    const issues = countIssues(missing);
    expect(codes(issues)).toEqual(['counts-mismatch']);
    expect(issues[0]!.message).toContain('(1)');
    expect(issues[0]!.message).toContain('1 tập thể, 1 cá nhân');
    expect(issues[0]!.message).toContain('Nguyễn Thị Hoa');

    const duplicated = dossier();
    duplicated.reports = [duplicated.reports[0]!, duplicated.reports[0]!];
    expect(codes(countIssues(duplicated))).toEqual(['counts-mismatch']);

    const extra = dossier();
    extra.reports.push({ ...extra.reports[0]!, nominee: { ...extra.reports[0]!.nominee, id: 'uv-khac' } });
    expect(codes(countIssues(extra))).toEqual(['counts-mismatch']);
  });

  it('refuses a nominee without a vote count in the minutes', () => {
    const input = dossier();
    input.nominees[1] = { ...input.nominees[1]!, votesInFavour: Number.NaN };
    const issues = countIssues(input);
    expect(codes(issues)).toEqual(['votes-missing']);
    expect(issues[0]!.fieldId).toBe(nomineeFieldIds(person.id).votesInFavour);
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
    expect(checkReport(person.id, drafts, dossierRules).map((i) => i.fieldId)).toEqual([
      FIELD_IDS.profile.unitName,
      FIELD_IDS.profile.place,
      FIELD_IDS.profile.signerName,
      nomineeFieldIds(person.id).section('thanh-tich'),
    ]);
  });

  it('refuses a nominee no longer in the list, and an invalid report date', () => {
    const drafts = completeDrafts();
    expect(codes(checkReport('uv-khong-co', drafts, dossierRules))).toEqual(['no-nominees']);
    drafts.dossier.meeting.reportDate = '32/1/2026';
    expect(codes(checkReport(person.id, drafts, dossierRules))).toEqual(['date-invalid']);
  });
});
