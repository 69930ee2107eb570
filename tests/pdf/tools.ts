// The Debian tools the PDF tests check with (qpdf, poppler, mupdf, LibreOffice), and the fixture
// files made from the project's own documents. Where a tool is absent the tests say they were
// skipped; in CI (CI=true) its absence fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString, StandardFonts } from '@cantoo/pdf-lib';
import type { TestContext } from 'vitest';
import { renderAchievementReport, renderMeetingMinutes, renderNomineeList, renderSubmissionLetter } from '../../src/documents';
import { commune, dossier, forms, individual, report } from '../fixtures/dossier';

export const run = promisify(execFile);
const which = (name: string) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));

export const tools = {
  soffice: which('soffice'),
  qpdf: which('qpdf'),
  pdfinfo: which('pdfinfo'),
  pdftotext: which('pdftotext'),
  pdfdetach: which('pdfdetach'),
  pdftoppm: which('pdftoppm'),
  mutool: which('mutool'),
};
const missing = Object.entries(tools).filter(([, path]) => !path).map(([name]) => name);
export const toolsMissing = missing.length > 0;
const absence = `${missing.join(', ')} not found: install libreoffice-writer-nogui, poppler-utils, qpdf and mupdf-tools to run the PDF tests`;

/** Skips the test where the tools are absent, except in CI where that is a failure. */
export function requireTools(ctx: TestContext) {
  if (missing.length === 0) return;
  if (process.env.CI === 'true') throw new Error(`CI: ${absence}`);
  ctx.skip(absence);
}

/** Runs a tool; resolves with stdout, or with the failure (exit code, output) instead of throwing. */
export async function tool(path: string | undefined, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path!, args, { maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/** The documents of the fixture dossier (a commune, one collective and one individual) as LibreOffice PDFs. */
export const DOCUMENTS = ['letter', 'list', 'minutes', 'report-commune', 'report-individual'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

/** Converts the fixture dossier's DOCX files to PDF with one soffice call (a private profile). */
export async function libreOfficePdfs(dir: string): Promise<Record<DocumentName, Uint8Array>> {
  const base = dossier([commune, individual]);
  const files: Record<DocumentName, Uint8Array> = {
    letter: (await renderSubmissionLetter(base, forms)).bytes,
    list: (await renderNomineeList(base, forms)).bytes,
    minutes: (await renderMeetingMinutes(base, forms)).bytes,
    'report-commune': (await renderAchievementReport(report(commune), forms)).bytes,
    'report-individual': (await renderAchievementReport(report(individual), forms)).bytes,
  };
  mkdirSync(join(dir, 'docx'), { recursive: true });
  for (const name of DOCUMENTS) writeFileSync(join(dir, 'docx', `${name}.docx`), files[name]);
  await run(
    tools.soffice!,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), ...DOCUMENTS.map((n) => join(dir, 'docx', `${n}.docx`))],
    { timeout: 90_000 },
  );
  return Object.fromEntries(DOCUMENTS.map((name) => [name, new Uint8Array(readFileSync(join(dir, 'lo', `${name}.pdf`)))])) as Record<DocumentName, Uint8Array>;
}

/** A PDF of `pages` A4 pages, each saying "<label> page n" (ASCII: the standard fonts have no Vietnamese). */
export async function multiPagePdf(label: string, pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let index = 1; index <= pages; index++) {
    document.addPage([595.28, 841.89]).drawText(`${label} page ${index}`, { x: 72, y: 760, size: 18, font });
  }
  return document.save();
}

/**
 * A one-page PDF with a signature field, made with low-level objects: `signed` adds a signature
 * dictionary (/Type /Sig with /ByteRange and /Contents) as the field's value, as a signing tool would.
 */
export async function pdfWithSignature(signed: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595.28, 841.89]);
  const font = await document.embedFont(StandardFonts.Helvetica);
  page.drawText(signed ? 'Signed letter' : 'Letter with an empty signature field', { x: 72, y: 760, size: 18, font });
  const { context } = document;
  const value = signed
    ? context.register(
        context.obj({
          Type: 'Sig',
          Filter: 'Adobe.PPKLite',
          SubFilter: 'adbe.pkcs7.detached',
          ByteRange: [0, 100, 200, 300],
          Contents: PDFHexString.of('00'.repeat(64)),
          M: PDFString.of('D:20260320100000+07\'00\''),
        }),
      )
    : undefined;
  const field = context.register(
    context.obj({
      FT: 'Sig',
      T: PDFHexString.fromText('Chữ ký'),
      Type: 'Annot',
      Subtype: 'Widget',
      Rect: [72, 72, 272, 132],
      F: PDFNumber.of(4),
      P: page.ref,
      ...(value ? { V: value } : {}),
    }),
  );
  page.node.set(PDFName.of('Annots'), context.obj([field]));
  document.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [field], SigFlags: PDFNumber.of(signed ? 3 : 0) }));
  return document.save();
}

/** Renders the first page of a PDF as JPEG or PNG with pdftoppm (a scan-like image). */
export async function renderPage(pdfPath: string, outPrefix: string, format: 'jpeg' | 'png', dpi: number, gray = false): Promise<Uint8Array> {
  await run(tools.pdftoppm!, [`-${format}`, ...(gray ? ['-gray'] : []), '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath, outPrefix]);
  return new Uint8Array(readFileSync(`${outPrefix}.${format === 'jpeg' ? 'jpg' : 'png'}`));
}
