// The two realistic dossiers (tests/fixtures/dossiers.ts) opened by a real word processor: every
// document converted to PDF by LibreOffice in one soffice call, read back with pdftotext -layout.
// Page 1 shows each header line whole (no name split across lines), the last page shows every
// signer's name, the page counts are the ones recorded here. Letters and reports whose body grows
// line by line across a page break show that a signature block never starts a page alone. Page 1
// and the last page of each document are rendered to PNG in test-results/documents/ for a person
// to look at (not compared pixel by pixel). Where LibreOffice is absent the tests say they were
// skipped; in CI (CI=true) its absence fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { renderAchievementReport, renderDossierZip, renderSubmissionLetter } from '../../src/documents';
import { SIGNATURE_SPACE } from '../../src/documents/layout';
import { assembleDossier, assembleReport } from '../../src/dossier/assemble';
import type { Drafts } from '../../src/storage/drafts';
import { dossierRules, forms } from '../fixtures/dossierDrafts';
import { DEPARTMENT, departmentDrafts, departmentLegalBases, eaKaoDrafts, EA_KAO } from '../fixtures/dossiers';
import { projectRoot } from '../support/rules';
import { openDocx, paragraphs, spaced } from './docxXml';

const run = promisify(execFile);
const which = (name: string) =>
  (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
const tools = { soffice: which('soffice'), pdftotext: which('pdftotext'), pdfinfo: which('pdfinfo'), pdftoppm: which('pdftoppm') };
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name);

function requireTools(ctx: TestContext) {
  if (missing.length === 0) return;
  const absence = `${missing.join(', ')} not found: install libreoffice-writer-nogui and poppler-utils to run the LibreOffice round trip`;
  if (process.env.CI === 'true') throw new Error(`CI: ${absence}`);
  ctx.skip(absence);
}

const { references } = dossierRules;
const DOSSIERS: Record<string, Drafts> = {
  commune: eaKaoDrafts(),
  department: departmentDrafts(departmentLegalBases(references.legalBases, references.optionalLegalBases[0]!)),
};

/** Pages of each document as LibreOffice lays them out today: a change means the layout moved. */
const PAGES: Record<string, number[]> = {
  commune: [2, 1, 2, 2, 2],
  department: [2, 2, 2, 1, 2, 2, 2],
};

/** The header's left column, as the XML gives it: the lines page 1 must show whole. */
const headerLines = (document: string) => {
  const firstCell = /<w:tc>([\s\S]*?)<\/w:tc>/.exec(/<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0])![1]!;
  return paragraphs(firstCell).map((p) => spaced(p.text)).filter(Boolean);
};
const signerNames = (document: string) =>
  paragraphs(document).filter((p) => p.xml.includes(`w:before="${SIGNATURE_SPACE}"`)).map((p) => spaced(p.text));

interface Converted {
  dossier: string;
  name: string;
  docx: Uint8Array;
  pages: string[];
}

/** Bodies that grow by one list line at a time across the first page break. */
const SWEEP = Array.from({ length: 10 }, (_, i) => 9 + i);
const items = (count: number) => Array.from({ length: count }, (_, i) => `\n- Nội dung thứ ${i + 1} của phong trào thi đua.`).join('');

let dir = '';
const converted = new Map<string, Converted>();
const renders = join(projectRoot, 'test-results', 'documents');

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = mkdtempSync(join(tmpdir(), 'tdbc-dossiers-'));
  const jobs: { key: string; dossier: string; name: string; bytes: Uint8Array }[] = [];
  for (const [dossier, drafts] of Object.entries(DOSSIERS)) {
    const zip = await renderDossierZip(assembleDossier(drafts, dossierRules, 2026), forms);
    for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) jobs.push({ key: `${dossier}-${name.replace(/\.docx$/, '')}`, dossier, name, bytes });
  }
  for (const count of SWEEP) {
    const letter = eaKaoDrafts();
    letter.dossier.meeting.campaignAccount += items(count);
    jobs.push({ key: `sweep-letter-${count}`, dossier: 'sweep', name: 'letter', bytes: (await renderSubmissionLetter(assembleDossier(letter, dossierRules, 2026), forms)).bytes });
    const report = departmentDrafts();
    report.dossier.reports[DEPARTMENT.specialist.id]!.sections['thanh-tich'] += items(count);
    const input = assembleReport(DEPARTMENT.specialist.id, report, dossierRules, 2026)!;
    jobs.push({ key: `sweep-report-${count}`, dossier: 'sweep', name: 'report', bytes: (await renderAchievementReport(input, forms)).bytes });
  }
  for (const job of jobs) writeFileSync(join(dir, `${job.key}.docx`), job.bytes);
  await run(
    tools.soffice!,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...jobs.map((job) => join(dir, `${job.key}.docx`))],
    { timeout: 110_000 },
  );
  rmSync(renders, { recursive: true, force: true });
  mkdirSync(renders, { recursive: true });
  for (const job of jobs) {
    const pdf = join(dir, 'pdf', `${job.key}.pdf`);
    if (!existsSync(pdf)) continue;
    const { stdout } = await run(tools.pdftotext!, ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const pages = stdout.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim() !== '');
    converted.set(job.key, { dossier: job.dossier, name: job.name, docx: job.bytes, pages });
    if (job.dossier !== 'sweep') {
      // page 1 and the last page, for a person to look at
      for (const [page, label] of [[1, 'page-1'], [pages.length, 'last-page']] as const) {
        await run(tools.pdftoppm!, ['-png', '-r', '60', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(renders, `${job.key}-${label}`)]);
      }
    }
  }
}, 150_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const documents = () => [...converted.entries()].filter(([, c]) => c.dossier !== 'sweep');
/** One line of layout text with its runs of spaces collapsed. */
const lines = (page: string) => page.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());

describe('LibreOffice lays out both dossiers as a reviewer expects', () => {
  it('converts every document, with the page counts recorded', (ctx) => {
    requireTools(ctx);
    for (const [dossier, expected] of Object.entries(PAGES)) {
      const counts = documents()
        .filter(([, c]) => c.dossier === dossier)
        .map(([, c]) => c.pages.length);
      expect(counts, dossier).toEqual(expected);
    }
  });

  it('shows every header line whole on page 1: no name is split across lines', (ctx) => {
    requireTools(ctx);
    expect(documents().length).toBe(12);
    for (const [key, c] of documents()) {
      const expected = c.name.includes('danh-sach') ? [] : headerLines(openDocx(c.docx).document);
      const page = lines(c.pages[0]!);
      for (const line of expected) expect(page.some((text) => text.includes(line)), `${key}: “${line}” whole on one line of\n${c.pages[0]}`).toBe(true);
    }
    // the lines of issue 11, named
    const page1 = (key: string) => lines(converted.get(key)!.pages[0]!).join('\n');
    expect(page1('commune-01-to-trinh')).toMatch(/ỦY BAN NHÂN DÂN[^\n]*\n[^\n]*XÃ EA KAO/);
    expect(page1('commune-03-bien-ban-hop-xet')).toContain('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(page1('department-04-bao-cao-thanh-tich-phong-quan-ly-van-hoa-va-gia-dinh')).toMatch(/SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH[^\n]*\n[^\n]*PHÒNG QUẢN LÝ VĂN HÓA[^\n]*\n[^\n]*VÀ GIA ĐÌNH/);
    expect(page1('department-01-to-trinh')).toMatch(/Đắk Lắk, ngày 23 tháng 3 năm 2026/);
    expect(page1('commune-01-to-trinh')).toMatch(/Ea Kao, ngày 20 tháng 3 năm 2026/);
    for (const [key, c] of documents()) expect(lines(c.pages[0]!).join('\n'), key).toContain('nhiệm kỳ 2026 - 2031');
  });

  it('shows every signer\'s name on the last page', (ctx) => {
    requireTools(ctx);
    for (const [key, c] of documents()) {
      const names = signerNames(openDocx(c.docx).document);
      if (!c.name.includes('danh-sach')) expect(names.length, key).toBeGreaterThan(0);
      const last = lines(c.pages.at(-1)!).join('\n');
      for (const name of names) expect(last, `${key}: ${name}`).toContain(name);
    }
    expect(lines(converted.get('department-06-bao-cao-thanh-tich-nguyen-huu-phuoc')!.pages.at(-1)!).join('\n')).toMatch(/Võ Thị Thanh Hương[^\n]*Nguyễn Hữu Phước[\s\S]*Trần Quốc Thành/);
    expect(lines(converted.get('commune-05-bao-cao-thanh-tich-nguyen-thi-thu-ha')!.pages.at(-1)!).join('\n')).toContain(EA_KAO.official.name);
  });

  it('never starts a page with a signature block alone: it stays with the paragraph before it', (ctx) => {
    requireTools(ctx);
    const pageOf = (pages: string[], text: string) => pages.findIndex((page) => lines(page).join(' ').includes(text));
    const letters = SWEEP.map((count) => converted.get(`sweep-letter-${count}`)!);
    const reports = SWEEP.map((count) => converted.get(`sweep-report-${count}`)!);
    // the sweeps do cross a page break, or they would prove nothing
    expect(new Set(letters.map((c) => c.pages.length)).size).toBeGreaterThan(1);
    expect(new Set(reports.map((c) => c.pages.length)).size).toBeGreaterThan(1);
    letters.forEach((c, index) => {
      const signature = pageOf(c.pages, 'Y Thuyên Êban');
      expect(signature, `letter +${SWEEP[index]}`).toBe(c.pages.length - 1);
      expect(pageOf(c.pages, 'Kính trình Chủ tịch'), `letter +${SWEEP[index]}`).toBe(signature);
      expect(pageOf(c.pages, 'Nơi nhận:'), `letter +${SWEEP[index]}`).toBe(signature);
    });
    reports.forEach((c, index) => {
      const signature = pageOf(c.pages, 'XÁC NHẬN, ĐỀ NGHỊ');
      expect(signature, `report +${SWEEP[index]}`).toBe(c.pages.length - 1);
      expect(pageOf(c.pages, 'Trần Quốc Thành'), `report +${SWEEP[index]}`).toBe(signature);
      // what comes before the signatures on that page: the last section's text, not nothing
      const before = lines(c.pages[signature]!).join('\n').split('XÁC NHẬN, ĐỀ NGHỊ')[0]!;
      expect(before, `report +${SWEEP[index]}`).toMatch(/Không có\.|CÁC HÌNH THỨC KHEN THƯỞNG/);
    });
  });

  it('renders page 1 and the last page of each document to PNG for a person to look at', (ctx) => {
    requireTools(ctx);
    for (const [key] of documents()) {
      for (const label of ['page-1', 'last-page']) expect(existsSync(join(renders, `${key}-${label}.png`)), `${key}-${label}.png`).toBe(true);
    }
  });
});
