// The real consumer: every document type, and the hostile ones, converted to PDF by LibreOffice
// (one soffice call, its own profile directory so that parallel runs never share one), then read
// back with pdftotext: the Vietnamese text must survive exactly, the page count must be sane and
// the page number must appear from page 2. Where LibreOffice is absent the tests say they were
// skipped; in CI (CI=true) its absence fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import {
  renderAchievementReport,
  renderMeetingMinutes,
  renderNomineeList,
  renderSubmissionLetter,
} from '../../src/documents';
import type { GeneratedFile } from '../../src/documents/types';
import { commune, dossier, forms, individual, report } from '../fixtures/dossier';
import { CONTROLS_CLEAN, hostileDossier, hostileReport, NFC_NAME, NFC_PARAGRAPH, XML_SPECIALS } from '../fixtures/hostile';
import { openDocx } from './docxXml';

const run = promisify(execFile);
const which = (name: string) =>
  (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
const tools = { soffice: which('soffice'), pdftotext: which('pdftotext'), pdfinfo: which('pdfinfo') };
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name);
const absence = `${missing.join(', ')} not found: install libreoffice-writer-nogui and poppler-utils to run the LibreOffice round trip`;

/** Skips the test where the tools are absent, except in CI where that is a failure. */
function requireTools(ctx: TestContext) {
  if (missing.length === 0) return;
  if (process.env.CI === 'true') throw new Error(`CI: ${absence}`);
  ctx.skip(absence);
}

interface Case {
  file: GeneratedFile;
  /** sane page count */
  pages: [number, number];
  /** exact strings the PDF must contain, besides every body paragraph */
  expected: string[];
}

const base = dossier();
const hostile = hostileDossier();
const cases: Record<string, () => Promise<Case>> = {
  letter: async () => ({ file: await renderSubmissionLetter(base, forms), pages: [1, 3], expected: ['Số: 05/TTr-UBND', 'TM. ỦY BAN NHÂN DÂN'] }),
  minutes: async () => ({ file: await renderMeetingMinutes(base, forms), pages: [1, 3], expected: ['Số: 02/BB-HĐTĐKT', 'THƯ KÝ', 'CHỦ TỌA', 'Lê Văn Đức'] }),
  list: async () => ({ file: await renderNomineeList(base, forms), pages: [1, 2], expected: ['Tên tập thể / Họ và tên', 'Nguyễn Văn Ấn', 'Hoàng Thị Thu Hà', 'Nữ'] }),
  'report-collective': async () => ({ file: await renderAchievementReport(report(commune), forms), pages: [1, 3], expected: ['TM. ỦY BAN NHÂN DÂN', 'Trần Thị Bích Ngọc'] }),
  'report-individual': async () => ({ file: await renderAchievementReport(report(individual), forms), pages: [1, 3], expected: ['NGƯỜI BÁO CÁO THÀNH TÍCH', 'Quyết định số 125/QĐ-UBND'] }),
  'hostile-report-60000': async () => ({
    file: await renderAchievementReport(hostileReport(), forms),
    pages: [15, 80],
    expected: [XML_SPECIALS, CONTROLS_CLEAN, NFC_NAME, NFC_PARAGRAPH],
  }),
  'hostile-letter': async () => ({ file: await renderSubmissionLetter(hostile, forms), pages: [1, 3], expected: [XML_SPECIALS, CONTROLS_CLEAN, NFC_PARAGRAPH] }),
  'hostile-minutes': async () => ({ file: await renderMeetingMinutes(hostile, forms), pages: [1, 3], expected: [XML_SPECIALS, NFC_NAME] }),
  'hostile-list': async () => ({ file: await renderNomineeList(hostile, forms), pages: [1, 2], expected: [NFC_NAME, NFC_PARAGRAPH] }),
};

/** Outside the Basic Multilingual Plane or a pictograph: LibreOffice may have no glyph for it. */
const EMOJI_LIKE = /[\u{10000}-\u{10FFFF}\u2600-\u27BF\uFE0F]/u;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** pdftotext output, page by page, with the page number line (from page 2) taken off. */
function pdfPages(text: string): { number?: string; body: string }[] {
  return text
    .split('\f')
    .filter((page, index, pages) => index < pages.length - 1 || page.trim() !== '')
    .map((page) => {
      const lines = page.split('\n');
      const first = lines.findIndex((line) => line.trim() !== '');
      const number = first >= 0 && /^\d+$/.test(lines[first]!.trim()) ? lines[first]!.trim() : undefined;
      return { number, body: number ? lines.filter((_, index) => index !== first).join('\n') : page };
    });
}

let dir = '';
const results = new Map<string, { docx: Uint8Array; text: string; pages: number; case: Case }>();

beforeAll(async () => {
  if (missing.length > 0) return;
  dir = mkdtempSync(join(tmpdir(), 'tdbc-docs-'));
  const built = await Promise.all(Object.entries(cases).map(async ([name, make]) => [name, await make()] as const));
  for (const [name, made] of built) writeFileSync(join(dir, `${name}.docx`), made.file.bytes);
  // One soffice process for all documents (start-up is most of the cost); a private profile.
  await run(
    tools.soffice!,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...built.map(([name]) => join(dir, `${name}.docx`))],
    { timeout: 80_000 },
  );
  for (const [name, made] of built) {
    const pdf = join(dir, 'pdf', `${name}.pdf`);
    if (!existsSync(pdf)) continue;
    const { stdout: text } = await run(tools.pdftotext!, ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const { stdout: info } = await run(tools.pdfinfo!, [pdf]);
    results.set(name, { docx: made.file.bytes, text, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), case: made });
  }
}, 90_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('LibreOffice opens every document', () => {
  it.for(Object.keys(cases))('%s: converts to PDF with a sane page count', (name, ctx) => {
    requireTools(ctx);
    const result = results.get(name);
    expect(result, `${name}.pdf was not produced`).toBeDefined();
    const [min, max] = result!.case.pages;
    expect(result!.pages).toBeGreaterThanOrEqual(min);
    expect(result!.pages).toBeLessThanOrEqual(max);
    // the number is printed from page 2 on, never on page 1
    const pages = pdfPages(result!.text);
    expect(pages).toHaveLength(result!.pages);
    expect(pages[0]!.number).toBeUndefined();
    pages.slice(1).forEach((page, index) => expect(page.number).toBe(String(index + 2)));
  });

  it.for(Object.keys(cases))('%s: the Vietnamese text survives exactly (NFC, every body paragraph)', (name, ctx) => {
    requireTools(ctx);
    const result = results.get(name)!;
    const pdfText = collapse(pdfPages(result.text).map((page) => page.body).join('\n'));
    expect(pdfText).toBe(pdfText.normalize('NFC'));
    for (const expected of result.case.expected) expect(pdfText).toContain(collapse(expected));
    // Every paragraph outside tables (tables interleave their columns' lines in pdftotext).
    const body = openDocx(result.docx).document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const texts = [...body.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)]
      .map(([paragraph]) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => m[1]).join(''))
      .map((xml) => collapse(xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')))
      .filter((text) => text !== '' && !EMOJI_LIKE.test(text));
    expect(texts.length).toBeGreaterThan(3);
    const lost = texts.filter((text) => !pdfText.includes(text));
    expect(lost).toEqual([]);
  });
});

describe('LibreOffice environment', () => {
  it('is present in CI', () => {
    if (process.env.CI === 'true') expect(missing).toEqual([]);
  });
});
