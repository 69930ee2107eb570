// Sở Nội vụ's review, pure: 200 generated unit files read one by one (JSON and merged PDFs), the
// same unit's second file, refused files with their reasons, then the consolidation against the
// plan (the planner's own quota check and messages), across units (possible duplicates, missing
// units), the tallies with the reviewer's marks, and the outputs' data.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateQuota } from '../../src/domain/quotas';
import { OUTCOME_LABELS } from '../../src/domain/outcomes';
import { OUTCOMES } from '../../src/schemas/selfCheck';
import { consolidate, type Consolidation } from '../../src/review/consolidate';
import { reachesThreshold } from '../../src/domain/votes';
import { dateRange, isoSurelyAfter, surelyNotBefore } from '../../src/review/dates';
import { foldName, personKeyOf } from '../../src/review/identity';
import { emptyIntake, receiveFiles, type Intake, type ReadFile } from '../../src/review/intake';
import { decisionAnnexInput, reviewLetterInput, summaryRows, workbookInput } from '../../src/review/outputs';
import { reviewRules, type ReviewRules } from '../../src/review/rules';
import { tally } from '../../src/review/tally';
import { readDossierData } from '../../src/schemas/dossierData';
import { markKey, type ReviewMark } from '../../src/schemas/review';
import { campaignReferences } from '../../src/dossier/references';
import { loadForms, loadReviewForms } from '../support/forms';
import { CASES, readFixture, reviewFixtures, rules, type FixtureFile, type ReviewFixtures } from '../fixtures/reviewFiles';

const forms = loadForms();
const reviewForms = loadReviewForms();
const review: ReviewRules = reviewRules(rules, reviewForms.review);

let fixtures: ReviewFixtures;
let intake: Intake;
let consolidation: Consolidation;
let consolidateMs = 0;
const unit = (name: string) => consolidation.units.find((u) => u.name === name)!;

beforeAll(async () => {
  fixtures = await reviewFixtures();
  const read = await Promise.all(fixtures.files.map(readFixture));
  const started = performance.now();
  intake = receiveFiles(emptyIntake(), read);
  consolidation = consolidate(intake.units, review);
  consolidateMs = performance.now() - started;
});

describe('intake of 200 unit files', () => {
  it('takes each unit once, and refuses the files that are not dossiers, saying why', () => {
    expect(fixtures.files).toHaveLength(200);
    expect(fixtures.files.filter((f) => f.mimeType === 'application/pdf')).toHaveLength(CASES.pdfUnits.length);
    expect(intake.units).toHaveLength(fixtures.unitCount);
    expect(intake.units.filter((u) => u.source === 'pdf').map((u) => u.data.unit.name).sort()).toEqual([...CASES.pdfUnits].sort());
    expect(intake.refused.map((f) => [f.fileName, f.kind])).toEqual([
      [CASES.unknownVersion, 'version'],
      [CASES.notOurs, 'not-ours'],
    ]);
    expect(intake.refused[0]!.message).toBe(`Tệp “${CASES.unknownVersion}”: Dữ liệu hồ sơ ở phiên bản 2, mới hơn phiên bản trang này đọc được (1): hãy tải lại trang để dùng bản mới nhất.`);
    expect(intake.refused[1]!.message).toContain('không phải dữ liệu hồ sơ đề nghị khen thưởng do trang này tạo');
  });

  it('recognises the same unit’s file twice: the newer kept, whatever the order, with a note', () => {
    const kar = intake.units.find((u) => u.data.unit.name === CASES.duplicateFile.unit)!;
    expect(kar.fileName).toBe(CASES.duplicateFile.newer);
    expect(intake.notes).toEqual([
      `Hồ sơ của “${CASES.duplicateFile.unit}”: tệp “${CASES.duplicateFile.older}” (lập lúc 22/3/2026 08:00) cũ hơn tệp “${CASES.duplicateFile.newer}” đã có (lập lúc 26/3/2026 10:00); giữ tệp mới hơn.`,
    ]);
    // dropped the other way round, the newer replaces the older
    const olderFile = fixtures.files.find((f) => f.name === CASES.duplicateFile.older)!;
    const newerFile = fixtures.files.find((f) => f.name === CASES.duplicateFile.newer)!;
    const read = (file: FixtureFile): ReadFile => {
      const result = readDossierData(file.bytes);
      if (!result.ok) throw new Error(result.message);
      return { name: file.name, reading: { ok: true, source: 'json', data: result.data } };
    };
    const reversed = receiveFiles(emptyIntake(), [read(olderFile), read(newerFile)]);
    expect(reversed.units).toHaveLength(1);
    expect(reversed.units[0]!.fileName).toBe(CASES.duplicateFile.newer);
    expect(reversed.notes[0]).toMatch(/thay cho tệp “ho-so-xa-ea-kar-1-ban-cu\.json”/);
    // the same file again is noted, not taken twice
    expect(receiveFiles(reversed, [read(newerFile)]).notes[1]).toMatch(/trùng với tệp .* đã có/);
  });

  it('names a unit by its name without marks: the same unit typed with and without diacritics is one unit', () => {
    expect(foldName('  Ủy ban nhân dân  xã ĐRAY Bhăng ')).toBe('uy ban nhan dan xa dray bhang');
    expect(foldName('Uy ban nhan dan xa Dray Bhang')).toBe(foldName(CASES.excluded.unit));
    expect(personKeyOf({ name: 'Nguyễn Thị Hồng Nhung', birthYear: 1985 })).toBe(personKeyOf({ name: 'NGUYEN THI HONG NHUNG', birthYear: 1985 }));
    expect(personKeyOf({ name: 'Nguyễn Thị Hồng Nhung', birthYear: null })).toBeNull();
  });
});

describe('each unit against the plan', () => {
  it('checks the quota with the planner’s own evaluateQuota: same messages, same clause', () => {
    const over = unit(CASES.overQuota);
    const data = fixtures.data.get(CASES.overQuota)!;
    const planner = evaluateQuota({
      category: rules.quotas.find((q) => q.id === 'xa-phuong')!,
      nominees: data.nominees.map((n) => ({ id: n.id, type: n.kind, name: n.name, position: n.position ?? '', unit: n.unit ?? '', birthYear: n.birthYear ? String(n.birthYear) : '', gender: n.gender ?? '', holdsLeadershipPost: n.holdsLeadershipPost ?? undefined, womenSharePercent: n.womenSharePercent === null ? '' : String(n.womenSharePercent) })),
      selfChecks: Object.fromEntries(data.nominees.map((n) => [n.id, { outcome: 'eligible' as const, reasons: [] }])),
      principles: rules.principles,
      groupCount: '',
      birthYears: review.birthYears,
    });
    const overLimit = planner.issues.find((issue) => issue.code === 'over-limit')!;
    expect(overLimit.message).toMatch(/^Vượt số lượng 1 trường hợp: danh sách có 3 trường hợp/);
    expect(over.issues).toContainEqual({ code: 'over-limit', severity: 'blocking', message: overLimit.message, clause: 'muc-iv-2-b', nomineeId: undefined });
    expect(over.blocking).toBe(1);
    expect(over.quota?.counts).toEqual({ collectives: 1, individuals: 2, total: 3 });
  });

  it('reads each nominee’s self-check: an exclusion blocks, with its reason and clause', () => {
    const excluded = unit(CASES.excluded.unit);
    const person = excluded.nominees.find((n) => n.data.name === CASES.excluded.person)!;
    expect(person.outcome).toBe('excluded');
    expect(OUTCOME_LABELS[person.outcome!]).toBe(OUTCOME_LABELS.excluded);
    const issue = person.issues.find((i) => i.code === 'self-check-excluded')!;
    expect(issue.severity).toBe('blocking');
    expect(issue.message).toContain(`“${CASES.excluded.person}”: tự kiểm tra cho thấy thuộc trường hợp chưa khen thưởng`);
    expect(issue.clause).toMatch(/^muc-iii-1-b/);
  });

  it('knows every outcome of the self-check (OUTCOMES), the permanent one of an achievement already rewarded included', () => {
    const data = fixtures.data.get(CASES.late)!;
    for (const outcome of OUTCOMES) {
      const edited = { ...data, nominees: data.nominees.map((n) => ({ ...n, selfCheck: { outcome, reasons: [] } })) };
      const [reviewed] = consolidate(receiveFiles(emptyIntake(), [{ name: 'x.json', reading: { ok: true, source: 'json', data: edited } }]).units, review).units;
      expect(reviewed!.nominees[0]!.outcome, outcome).toBe(outcome);
      const codes = reviewed!.nominees[0]!.issues.map((issue) => issue.code);
      if (outcome === 'eligible') expect(codes.filter((code) => code.startsWith('self-check'))).toEqual([]);
      else expect(codes.some((code) => code.startsWith('self-check')), outcome).toBe(true);
    }
  });

  it('flags a late dossier (letter after the deadline of key-dates.yaml), and leaves the others alone', () => {
    const late = unit(CASES.late);
    expect(late.issues.filter((i) => i.code === 'late').map((i) => i.message)).toEqual(['Nộp muộn: tờ trình đề ngày 3/4/2026, trong khi hạn gửi hồ sơ là trước ngày 31/3/2026.']);
    expect(consolidation.units.filter((u) => u.issues.some((i) => i.code === 'late')).map((u) => u.name)).toEqual([CASES.late]);
    // a date known to the month only is late only when the whole month is after the deadline
    expect(isoSurelyAfter('2026-04', '2026-03-31')).toBe(true);
    expect(isoSurelyAfter('2026-03', '2026-03-31')).toBe(false);
    expect(dateRange('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    // "trước ngày 31/3/2026": the 31st itself is too late, the 30th is not
    expect(surelyNotBefore('2026-03-31', '2026-03-31')).toBe(true);
    expect(surelyNotBefore('2026-03-30', '2026-03-31')).toBe(false);
    expect(surelyNotBefore('2026-03', '2026-03-31')).toBe(false);
  });

  it('checks the documents and pages of a merged PDF, and says when only the data came', () => {
    const pdf = unit('Công an tỉnh Đắk Lắk');
    expect(pdf.source).toBe('pdf');
    expect(pdf.data.documents.map((d) => [d.kind, d.firstPage, d.lastPage])).toEqual([
      ['submission-letter', 1, 1],
      ['nominee-list', 2, 2],
      ['meeting-minutes', 3, 3],
      ['achievement-report', 4, 4],
      ['achievement-report', 5, 5],
      ['achievement-report', 6, 6],
    ]);
    expect(pdf.issues.filter((i) => /document|report|no-documents/.test(i.code))).toEqual([]);
    expect(unit(CASES.late).issues.map((i) => i.code)).toContain('no-documents');
  });

  it('flags votes below the threshold of the review’s wording (majority of members present)', () => {
    expect(reachesThreshold({ inFavour: 5, present: 9 }, review.voteThreshold)).toBe(true);
    expect(reachesThreshold({ inFavour: 4, present: 8 }, review.voteThreshold)).toBe(false);
    const board = unit(CASES.lowVotes.unit);
    expect(board.issues.filter((i) => i.code === 'votes-below').map((i) => i.message)).toEqual([
      `“${CASES.lowVotes.person}”: 4/9 phiếu đồng ý (44,44%), chưa đạt mức quá 50% số thành viên Hội đồng có mặt đồng ý.`,
    ]);
    // a board's quota is per board: 3 boards, 3 individuals, within it
    expect(board.quota?.allowance).toEqual({ kind: 'separate', collectives: 0, individuals: 3 });
    expect(board.blocking).toBe(0);
  });

  it('finds nothing blocking in the ordinary dossiers', () => {
    const blocking = consolidation.units.filter((u) => u.blocking > 0).map((u) => u.name);
    expect(blocking.sort()).toEqual([CASES.overQuota, CASES.excluded.unit].sort());
  });

  it('lists the units in the plan’s order of their category', () => {
    const orders = consolidation.units.map((u) => u.category!.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(consolidation.units[0]!.name).toBe('Ban Chỉ đạo bầu cử của tỉnh');
  });
});

describe('across units', () => {
  it('shows the same person proposed by two units, with and without diacritics, as “có thể trùng”', () => {
    expect(consolidation.duplicates).toEqual([
      {
        name: expect.any(String),
        birthYear: CASES.duplicatePerson.birthYear,
        birthDate: null,
        entries: expect.arrayContaining([
          expect.objectContaining({ unitName: CASES.duplicatePerson.units[0], name: CASES.duplicatePerson.withMarks }),
          expect.objectContaining({ unitName: CASES.duplicatePerson.units[1], name: CASES.duplicatePerson.withoutMarks }),
        ]),
      },
    ]);
    const sideA = unit(CASES.duplicatePerson.units[0]).issues.find((i) => i.code === 'possible-duplicate')!;
    expect(sideA.message).toBe(
      `“${CASES.duplicatePerson.withMarks}” (sinh năm 1985) có thể trùng với “${CASES.duplicatePerson.withoutMarks}” do “${CASES.duplicatePerson.units[1]}” đề nghị: cần xác minh có phải một người không.`,
    );
    expect(unit(CASES.duplicatePerson.units[1]).issues.some((i) => i.code === 'possible-duplicate')).toBe(true);
  });

  it('lists the units of the plan’s named lists that sent nothing', () => {
    expect(consolidation.missing.map((m) => m.name)).toEqual(CASES.missing);
  });

  it('consolidates 200 files in well under 5 s', () => {
    expect(consolidateMs).toBeLessThan(5000);
  });
});

describe('the reviewer’s marks', () => {
  const now = '2026-04-02T03:00:00.000Z';
  const marksFor = (entries: [string, string, ReviewMark['status'], ReviewMark['ground']?][]) =>
    new Map(
      entries.map(([unitName, nomineeName, status, ground]) => {
        const u = unit(unitName);
        const n = u.nominees.find((x) => x.data.name === nomineeName)!;
        const mark: ReviewMark = { unitKey: u.key, unitName: u.name, nomineeId: n.id, nomineeName: n.data.name, status, ...(ground ? { ground } : {}), markedAt: now };
        return [markKey(u.key, n.id), mark];
      }),
    );

  it('tallies by category: proposed and accepted, collectives, individuals, women, non-leaders', () => {
    const soNoiVu = CASES.duplicatePerson.units[0];
    const sn = fixtures.data.get(soNoiVu)!;
    const marks = marksFor([
      ...sn.nominees.map((n) => [soNoiVu, n.name, 'accepted'] as [string, string, 'accepted']),
      [CASES.excluded.unit, CASES.excluded.person, 'returned', 'excluded'],
    ]);
    const totals = tally(consolidation, marks);
    const allNominees = [...fixtures.data.values()].flatMap((d) => d.nominees);
    expect(totals.total.units).toBe(fixtures.unitCount);
    expect(totals.total.proposed.collectives + totals.total.proposed.individuals).toBe(allNominees.length);
    expect(totals.total.proposed.women).toBe(allNominees.filter((n) => n.gender === 'nu').length);
    expect(totals.total.proposed.nonLeaders).toBe(allNominees.filter((n) => n.holdsLeadershipPost === false).length);
    expect(totals.total.statuses).toEqual({ accepted: sn.nominees.length, returned: 1, pending: allNominees.length - sn.nominees.length - 1 });
    const group2 = totals.categories.find((row) => row.category?.id === 'co-quan-nhom-2-tap-the-5-ca-nhan')!;
    expect(group2.units).toBe(3);
    expect(group2.accepted).toEqual({ collectives: 2, individuals: 3, women: expect.any(Number), nonLeaders: 2, leadershipAnswered: 3 });
    expect(totals.categories.map((row) => row.category!.order)).toEqual([...totals.categories.map((row) => row.category!.order)].sort((a, b) => a - b));
  });

  it('makes the outputs’ data: the annex by category in the plan’s order, accepted only; the letter’s totals; every unit’s row', () => {
    const marks = marksFor([
      [CASES.overQuota, CASES.overQuota, 'accepted'],
      ['Công an tỉnh Đắk Lắk', 'Phòng Tổng hợp, Công an tỉnh Đắk Lắk', 'accepted'],
      [CASES.duplicatePerson.units[0], CASES.duplicatePerson.withMarks, 'accepted'],
      [CASES.duplicatePerson.units[1], CASES.duplicatePerson.withoutMarks, 'returned', 'not-subject'],
    ]);
    const totals = tally(consolidation, marks);
    const context = { references: campaignReferences(rules, forms), issuer: { governingBody: 'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK', name: 'Sở Nội vụ', place: 'Đắk Lắk' }, fields: { letterNumber: '', letterDate: '05/4/2026', signerAuthority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Văn Sáu', decisionNumber: '', decisionDate: '' }, today: new Date(2026, 3, 5), noCategory: 'Chưa chọn nhóm' };
    const annex = decisionAnnexInput(consolidation, marks, context);
    expect(annex.groups.map((g) => [g.label, g.entries.map((e) => e.name)])).toEqual([
      ['Ban Tổ chức Tỉnh ủy; Công an tỉnh; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch', ['Phòng Tổng hợp, Công an tỉnh Đắk Lắk']],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Nội vụ; Văn phòng UBND tỉnh', [CASES.duplicatePerson.withMarks]],
      ['Xã, phường', [CASES.overQuota]],
    ]);
    const letter = reviewLetterInput(consolidation, marks, totals, context);
    expect(letter.accepted).toEqual({ collectives: 2, individuals: 1 });
    expect(letter.returned).toEqual({ collectives: 0, individuals: 1 });
    expect(letter.letterDate).toEqual({ day: 5, month: 4, year: 2026 });
    const rows = summaryRows(consolidation, totals);
    expect(rows).toHaveLength(fixtures.unitCount + CASES.missing.length);
    expect(rows.filter((r) => r.state.kind === 'missing').map((r) => r.name)).toEqual(CASES.missing);
    expect(rows.find((r) => r.name === CASES.overQuota)).toMatchObject({ state: { kind: 'issues', count: 1 }, accepted: 1, pending: 2 });
    const workbook = workbookInput(consolidation, marks, totals, 'Chưa chọn nhóm');
    expect(workbook.accepted.map((n) => n.name)).toEqual(['Phòng Tổng hợp, Công an tỉnh Đắk Lắk', CASES.duplicatePerson.withMarks, CASES.overQuota]);
    expect(workbook.all.find((n) => n.name === CASES.duplicatePerson.withoutMarks)).toMatchObject({ status: 'returned', ground: 'not-subject' });
  });
});

describe('hostile files', () => {
  it('keeps keys from file data off the prototype chain', () => {
    const data = fixtures.data.get(CASES.late)!;
    const proto = readDossierData(JSON.stringify({ ...data, unit: { ...data.unit, name: '__proto__' }, nominees: [{ ...data.nominees[0], id: 'constructor' }] }));
    expect(proto.ok).toBe(false);
    const named = readDossierData(JSON.stringify({ ...data, unit: { ...data.unit, name: '__proto__' } }));
    expect(named.ok).toBe(true);
    if (!named.ok) return;
    const hostile = receiveFiles(emptyIntake(), [{ name: 'x.json', reading: { ok: true, source: 'json', data: named.data } }]);
    const result = consolidate(hostile.units, review);
    expect(result.units[0]!.key).toBe('proto');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
