// Assembly of the dossier (src/dossier/assemble.ts): the drafts and the rules turned into what the
// document builders print.
import { describe, expect, it } from 'vitest';
import { assembleDossier, assembleReport } from '../../src/dossier/assemble';
import { reportFacts } from '../../src/dossier/reportText';
import { commune, completeDrafts, dossierRules, passingSelfCheck, person, rules } from '../fixtures/dossierDrafts';

describe('assembleDossier', () => {
  const dossier = assembleDossier(completeDrafts(), dossierRules, 2026);

  it('cites the campaign from content/: plan number, date and issuer, award, addressee and legal bases', () => {
    const { references } = dossier;
    expect(references.planNumber).toBe(rules.planDocument.number);
    expect(references.planDate).toEqual({ year: 2025, month: 11, day: 18 });
    expect(references.planIssuer).toBe(rules.planDocument.issuer);
    // written in full in the documents, as the letter names its addressee
    expect(references.awardName).toBe('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(references.addressee).toBe('Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk');
    const bases = references.legalBases.join('\n');
    expect(bases).toContain('Luật Thi đua, khen thưởng');
    expect(bases).toContain('152/2025/NĐ-CP');
    expect(bases).toContain('Kế hoạch số 0125/KH-UBND ngày 18 tháng 11 năm 2025');
    expect(dossier.legalBases).toEqual(references.legalBases);
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
      absentMembers: [],
      votingMethod: 'secret-ballot',
    });
    expect(dossier.letterNumber).toBe('15');
    expect(dossier.letterDate).toEqual({ day: 23, month: 3, year: 2026 });
    expect(dossier.campaignAccount).toBe('Xã đã tổ chức tốt phong trào thi đua.');
    expect(dossier.quotaApplied).toBe(rules.quotas.find((q) => q.id === 'xa-phuong')!.sourceText);
    expect(dossier.unit.symbol).toBe('UBND');
  });

  it("applies the profile's defaults: header lines before the place, the commune's own name as place, the council of the commune", () => {
    expect(dossier.unit).toEqual({
      name: 'Ủy ban nhân dân xã Ea Kar',
      header: { upper: [], issuer: ['Ủy ban nhân dân', 'xã Ea Kar'] },
      symbol: 'UBND',
      place: 'Ea Kar',
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Trần Văn Bình' },
      councilName: 'Hội đồng Thi đua - Khen thưởng xã Ea Kar',
      councilChair: 'Trần Văn Bình',
      councilSecretary: 'Lê Thị Mai',
      drafter: 'VP',
    });
    const drafts = completeDrafts();
    Object.assign(drafts.dossier.profile, { headerName: 'UBND\nXÃ EA KAR', place: 'Buôn Hồ', councilName: 'Hội đồng Thi đua - Khen thưởng Ủy ban nhân dân xã' });
    expect(assembleDossier(drafts, dossierRules, 2026).unit).toMatchObject({
      header: { issuer: ['UBND', 'XÃ EA KAR'] },
      place: 'Buôn Hồ',
      councilName: 'Hội đồng Thi đua - Khen thưởng Ủy ban nhân dân xã',
    });
  });

  it("keeps the legal bases as the unit edited them: one a line, without “Căn cứ” and final punctuation", () => {
    const drafts = completeDrafts();
    const { references } = dossierRules;
    drafts.dossier.profile.legalBases = `Căn cứ ${references.legalBases[2]};\n\n  ${references.legalBases[0]}.\nQuyết định số 07/2026/QĐ-UBND ngày 19 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk;`;
    expect(assembleDossier(drafts, dossierRules, 2026).legalBases).toEqual([
      references.legalBases[2],
      references.legalBases[0],
      'Quyết định số 07/2026/QĐ-UBND ngày 19 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Đắk Lắk',
    ]);
  });

  it('reads the absent members one a line, the reason after a colon', () => {
    const drafts = completeDrafts();
    drafts.dossier.meeting.absentMembers = 'Nguyễn Văn A: đi công tác\n\nTrần Thị B\nLê C : ốm: nằm viện';
    expect(assembleDossier(drafts, dossierRules, 2026).meeting.absentMembers).toEqual([
      { name: 'Nguyễn Văn A', reason: 'đi công tác' },
      { name: 'Trần Thị B', reason: '' },
      { name: 'Lê C', reason: 'ốm: nằm viện' },
    ]);
    drafts.dossier.meeting.votingMethod = 'bỏ phiếu';
    expect(assembleDossier(drafts, dossierRules, 2026).meeting.votingMethod).toBeUndefined();
  });

  it("gives each nominee its own unit: a division under the unit's name with its head, else the unit and its signer", () => {
    const drafts = completeDrafts();
    Object.assign(drafts.dossier.reports[person.id]!, { division: 'Văn phòng HĐND và UBND', headTitle: 'Chánh Văn phòng', headName: 'Đỗ Thị Thu' });
    const assembled = assembleDossier(drafts, dossierRules, 2026);
    expect(assembled.nominees[1]!.ownUnit).toEqual({
      header: { upper: ['Ủy ban nhân dân', 'xã Ea Kar'], issuer: ['Văn phòng HĐND và UBND'] },
      head: { authority: '', title: 'Chánh Văn phòng', name: 'Đỗ Thị Thu' },
      parent: 'Ủy ban nhân dân xã Ea Kar',
    });
    expect(assembled.reports[1]!.nominee.ownUnit).toEqual(assembled.nominees[1]!.ownUnit);
    expect(assembled.nominees[0]!.ownUnit).toEqual({ header: assembled.unit.header, head: assembled.unit.signer });
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

describe('one list for every document', () => {
  it('names the same nominees, in the same order, in the list, the reports and the votes of the minutes', () => {
    const drafts = completeDrafts();
    const third = { ...person, id: 'uv-ba', name: 'Phạm Văn Cường' };
    drafts.quotaPlan.nominees.push(third);
    const dossier = assembleDossier(drafts, dossierRules, 2026);
    const ids = dossier.nominees.map((n) => n.id);
    expect(ids).toEqual([commune.id, person.id, third.id]);
    expect(dossier.reports.map((r) => r.nominee.id)).toEqual(ids);
    // a nominee without a report draft still has a report, and a vote that is not a count (NaN): the check refuses it
    expect(dossier.nominees[2]!.votesInFavour).toBeNaN();
  });
});
