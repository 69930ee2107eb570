// The review's outputs opened by the real consumers: the annex of the award decision, the Sở's
// letter and the summary table converted by LibreOffice and read back with pdftotext; the workbook
// unzipped (its sheet XML) and opened by LibreOffice too (converted to CSV, sheet by sheet).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { renderDecisionAnnex, renderReviewLetter, renderReviewSummary } from '../../src/documents/review';
import { renderWorkbook } from '../../src/documents/workbook';
import { campaignReferences } from '../../src/dossier/references';
import { consolidate } from '../../src/review/consolidate';
import { emptyIntake, receiveFiles } from '../../src/review/intake';
import { decisionAnnexInput, reviewLetterInput, reviewSummaryInput, workbookInput, type OutputContext } from '../../src/review/outputs';
import { reviewRules } from '../../src/review/rules';
import { tally } from '../../src/review/tally';
import { markKey, type ReviewMark } from '../../src/schemas/review';
import { OUTCOME_LABELS } from '../../src/domain/outcomes';
import { CASES, readFixture, reviewFixtures, rules } from '../fixtures/reviewFiles';
import { loadForms, loadReviewForms } from '../support/forms';
import { documentText, runs, spaced, unzipText } from './docxXml';
import type { ReviewLetterInput } from '../../src/documents/reviewTypes';
import { pad2 } from '../../src/text/vietnamese';

const run = promisify(execFile);
const which = (name: string) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
const tools = { soffice: which('soffice'), pdftotext: which('pdftotext') };
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name);

function requireTools(ctx: TestContext) {
  if (missing.length === 0) return;
  if (process.env.CI === 'true') throw new Error(`CI: ${missing.join(', ')} not found`);
  ctx.skip(`${missing.join(', ')} not found`);
}

const forms = loadForms();
const reviewForms = loadReviewForms();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The cells of a sheet of the workbook, row by row, shared strings resolved (XML entities decoded). */
function sheetRows(parts: Record<string, string>, sheet: number): string[][] {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const shared = [...(parts['xl/sharedStrings.xml'] ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => decode([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  return [...parts[`xl/worksheets/sheet${sheet}.xml`]!.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
    const cells: string[] = [];
    for (const cell of row[1]!.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      // empty cells are left out of the XML: place each by its reference (A, B, … N)
      const column = /r="([A-Z]+)\d+"/.exec(cell[1]!)![1]!.split('').reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      const value = /<v>([\s\S]*?)<\/v>/.exec(cell[2] ?? '')?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(cell[2] ?? '')?.[1] ?? '';
      cells[column] = /t="s"/.test(cell[1]!) ? shared[Number(value)]! : decode(value);
    }
    return Array.from(cells, (cell) => cell ?? '');
  });
}

let dir = '';
const texts = new Map<string, string>();
let xlsx: Uint8Array;
let annexDocx: Uint8Array;
let csv = '';
let letterInput: ReviewLetterInput;
let letterDocx: Uint8Array;
let acceptedIndividuals = { individuals: 0, women: 0, nonLeaders: 0 };

beforeAll(async () => {
  const fixtures = await reviewFixtures();
  const read = await Promise.all(fixtures.files.map(readFixture));
  const consolidation = consolidate(receiveFiles(emptyIntake(), read).units, reviewRules(rules, reviewForms.review));
  // accept every nominee of the ordinary dossiers, return the excluded one
  const marks = new Map<string, ReviewMark>();
  for (const unit of consolidation.units) {
    for (const nominee of unit.nominees) {
      const excluded = nominee.outcome === 'excluded';
      if (unit.blocking > 0 && !excluded) continue;
      marks.set(markKey(unit.key, nominee.id), {
        unitKey: unit.key,
        unitName: unit.name,
        nomineeId: nominee.id,
        nomineeName: nominee.data.name,
        status: excluded ? 'returned' : 'accepted',
        ...(excluded ? { ground: 'excluded' as const } : {}),
        markedAt: '2026-04-02T03:00:00.000Z',
      });
    }
  }
  const totals = tally(consolidation, marks);
  const context: OutputContext = {
    references: campaignReferences(rules, forms),
    issuer: { governingBody: rules.planDocument.issuerHeader.join('\n'), name: 'Sở Nội vụ', place: rules.planDocument.place },
    fields: { letterNumber: '7', letterDate: '05/4/2026', signerAuthority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Văn Sáu', decisionNumber: '', decisionDate: '' },
    today: new Date(2026, 3, 5),
    noCategory: reviewForms.reviewSummary.noCategory,
  };
  letterInput = reviewLetterInput(consolidation, marks, totals, context);
  acceptedIndividuals = { individuals: totals.total.accepted.individuals, women: totals.total.accepted.women, nonLeaders: totals.total.accepted.nonLeaders };
  const docs = {
    annex: await renderDecisionAnnex(decisionAnnexInput(consolidation, marks, context), forms.common, reviewForms),
    letter: await renderReviewLetter(reviewLetterInput(consolidation, marks, totals, context), forms.common, reviewForms),
    summary: await renderReviewSummary(reviewSummaryInput(consolidation, totals, context), forms.common, reviewForms),
  };
  annexDocx = docs.annex.bytes;
  letterDocx = docs.letter.bytes;
  xlsx = (await renderWorkbook(workbookInput(consolidation, marks, totals, context.noCategory), forms.common, reviewForms, context.today)).bytes;
  if (missing.length > 0) return;
  dir = mkdtempSync(join(tmpdir(), 'tdbc-review-docs-'));
  for (const [name, file] of Object.entries(docs)) writeFileSync(join(dir, `${name}.docx`), file.bytes);
  writeFileSync(join(dir, 'danh-sach.xlsx'), xlsx);
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  await run(tools.soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...Object.keys(docs).map((name) => join(dir, `${name}.docx`))], { timeout: 120_000 });
  for (const name of Object.keys(docs)) {
    const { stdout } = await run(tools.pdftotext!, ['-raw', '-enc', 'UTF-8', join(dir, 'pdf', `${name}.pdf`), '-'], { maxBuffer: 32 * 1024 * 1024 });
    texts.set(name, stdout);
  }
  // the first sheet as CSV: LibreOffice opened the workbook
  await run(tools.soffice!, [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'csv'), join(dir, 'danh-sach.xlsx')], { timeout: 120_000 });
  csv = readFileSync(join(dir, 'csv', 'danh-sach.csv'), 'utf8');
}, 240_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the annex of the award decision', () => {
  it('opens in LibreOffice: the title, the decision line, the categories in the plan’s order, the accepted only', (ctx) => {
    requireTools(ctx);
    const text = collapse(texts.get('annex')!);
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Tập thể, cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
    expect(text).toMatch(/\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày … của Chủ tịch Ủy ban nhân dân tỉnh\)/);
    const order = ['I. Ban Chỉ đạo bầu cử của tỉnh', 'II. Tổ giúp việc Ban Chỉ đạo bầu cử của tỉnh', 'III. Ủy ban bầu cử của tỉnh', 'IV. Ban bầu cử đại biểu Quốc hội', 'V. Ban Tổ chức Tỉnh ủy', 'VII. Các cơ quan, đơn vị cấp tỉnh còn lại', 'VIII. Xã, phường'].map((heading) => text.indexOf(heading));
    expect(order.every((at) => at >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toMatch(/Bà Nguyễn Thị Hồng Nhung Chuyên viên Phòng Xây dựng chính quyền, Sở Nội vụ tỉnh Đắk Lắk/);
    // returned or not decided: not in the annex
    expect(text).not.toContain(CASES.excluded.person);
    expect(text).not.toContain(CASES.overQuota.replace('Ủy ban nhân dân ', ''));
    expect(text).toMatch(/Tổng số: \d+ tập thể và \d+ cá nhân\.\/\./);
  });

  it('is built with the Nghị định 30 layout of the documents: Times New Roman on every run', () => {
    const found = runs(unzipText(annexDocx)['word/document.xml']!);
    expect(found.length).toBeGreaterThan(10);
    for (const run of found) expect(run.fonts.ascii).toBe('Times New Roman');
  });
});

describe('the Sở’s letter to the Chairman', () => {
  it('opens in LibreOffice with the header of the Sở, the addressee, the totals and the signer', (ctx) => {
    requireTools(ctx);
    const text = collapse(texts.get('letter')!);
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'SỞ NỘI VỤ',
      'Số: 07/TTr-SNV',
      'Đắk Lắk, ngày 05 tháng 4 năm 2026',
      'TỜ TRÌNH',
      'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk',
      'Căn cứ Luật Thi đua, khen thưởng',
      'Sở Nội vụ đã nhận hồ sơ đề nghị khen thưởng của 197 cơ quan, đơn vị, địa phương',
      'Tổng cộng',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Lê Văn Sáu',
      'Kính trình Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk xem xét, quyết định./.',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/đã trả lại hồ sơ của 01 cá nhân/);
  });
});

describe('the Sở’s letter: the women and the non-leaders among the accepted individuals', () => {
  const letterText = (bytes: Uint8Array) => spaced(documentText(unzipText(bytes)['word/document.xml']!));

  it('says how many of the accepted individuals are women and hold no leadership post, after the accepted line', () => {
    const { individuals, women, nonLeaders } = acceptedIndividuals;
    expect(women).toBeGreaterThan(0);
    expect(nonLeaders).toBeGreaterThan(0);
    expect(letterText(letterDocx)).toMatch(
      new RegExp(`Qua thẩm định, \\d+ tập thể và ${pad2(individuals)} cá nhân đủ điều kiện, tiêu chuẩn và hồ sơ theo quy định\\. Trong số ${pad2(individuals)} cá nhân đủ điều kiện có ${pad2(women)} nữ, ${pad2(nonLeaders)} người không giữ chức vụ lãnh đạo, quản lý\\.`),
    );
  });

  it('leaves out a count of 0, and the sentence without accepted individuals', async () => {
    const noWomen = await renderReviewLetter({ ...letterInput, acceptedIndividuals: { women: 0, nonLeaders: 2 } }, forms.common, reviewForms);
    expect(letterText(noWomen.bytes)).toContain(`Trong số ${pad2(letterInput.accepted.individuals)} cá nhân đủ điều kiện có 02 người không giữ chức vụ lãnh đạo, quản lý.`);
    const none = await renderReviewLetter({ ...letterInput, accepted: { collectives: 3, individuals: 0 }, acceptedIndividuals: { women: 0, nonLeaders: 0 } }, forms.common, reviewForms);
    expect(letterText(none.bytes)).not.toContain('Trong số');
    expect(letterText(none.bytes)).toContain('Qua thẩm định, 03 tập thể đủ điều kiện');
  });
});

describe('the summary table', () => {
  it('opens in LibreOffice with every unit, the missing ones and their state', (ctx) => {
    requireTools(ctx);
    const text = collapse(texts.get('summary')!);
    expect(text).toContain('BẢNG TỔNG HỢP');
    for (const name of CASES.missing) expect(text).toContain(name);
    expect(text).toContain('Chưa gửi hồ sơ');
    expect(text).toMatch(/1 vấn đề cần xem/);
    expect(text).toContain('Tổng số: 197 đơn vị gửi hồ sơ; 2 đơn vị chưa gửi.');
  });
});

describe('the workbook', () => {
  it('holds three sheets, the accepted first, typed cells, Vietnamese text kept exactly', () => {
    const parts = unzipText(xlsx);
    const workbook = parts['xl/workbook.xml']!;
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Danh sách khen thưởng', 'Tất cả đề nghị', 'Đơn vị']);
    const accepted = sheetRows(parts, 1);
    expect(accepted[0]).toEqual(['STT', 'Nhóm đơn vị (Mục IV.2)', 'Đơn vị đề nghị', 'Tập thể / Cá nhân', 'Tên tập thể / Họ và tên', 'Chức vụ', 'Đơn vị công tác', 'Năm sinh', 'Giới tính', 'Giữ chức vụ lãnh đạo, quản lý', 'Kết quả tự kiểm tra', 'Số phiếu đồng ý / có mặt', 'Kết quả thẩm định', 'Lý do trả lại']);
    const nhung = accepted.find((row) => row[4] === 'Nguyễn Thị Hồng Nhung')!;
    expect(nhung.slice(1, 13)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Nội vụ; Văn phòng UBND tỉnh', 'Sở Nội vụ tỉnh Đắk Lắk', 'Cá nhân', 'Nguyễn Thị Hồng Nhung', 'Chuyên viên Phòng Xây dựng chính quyền', 'Sở Nội vụ tỉnh Đắk Lắk', '1985', 'Nữ', 'Không', 'Đủ điều kiện đề nghị', '8/9', 'Chấp nhận']);
    expect(accepted.some((row) => row[4] === CASES.excluded.person)).toBe(false);
    expect(accepted.slice(1).every((row) => row[12] === 'Chấp nhận')).toBe(true);
    // years of birth are numbers, not text
    expect(parts['xl/worksheets/sheet1.xml']).toMatch(/<c r="H\d+"[^>]*><v>19\d\d<\/v><\/c>/);
    const all = sheetRows(parts, 2);
    expect(all.find((row) => row[4] === CASES.excluded.person)?.slice(10, 14)).toEqual([OUTCOME_LABELS.excluded, '8/9', 'Trả lại', 'Thuộc trường hợp chưa xét khen thưởng']);
    const units = sheetRows(parts, 3);
    for (const name of CASES.missing) expect(units.find((row) => row[1] === name)?.[9]).toBe('Chưa gửi hồ sơ');
  });

  it('opens in LibreOffice', (ctx) => {
    requireTools(ctx);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain('Tên tập thể / Họ và tên');
    expect(csv).toContain('Nguyễn Thị Hồng Nhung');
    expect(csv).toContain('Chấp nhận');
    expect(lines.length).toBeGreaterThan(100);
  });
});
