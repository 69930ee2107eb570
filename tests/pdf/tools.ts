// The Debian tools the PDF tests check with (qpdf, poppler, mupdf, LibreOffice), and the fixture
// files made from the project's own documents. Where a tool is absent the tests say they were
// skipped; in CI (CI=true) its absence fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { TestContext } from 'vitest';
import { renderAchievementReport, renderMeetingMinutes, renderNomineeList, renderSubmissionLetter } from '../../src/documents';
import { commune, dossier, forms, individual, report } from '../fixtures/dossier';

export { multiPagePdf, pdfWithSignature } from '../support/pdfFixtures';

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

/** Renders the first page of a PDF as JPEG or PNG with pdftoppm (a scan-like image). */
export async function renderPage(pdfPath: string, outPrefix: string, format: 'jpeg' | 'png', dpi: number, gray = false): Promise<Uint8Array> {
  await run(tools.pdftoppm!, [`-${format}`, ...(gray ? ['-gray'] : []), '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath, outPrefix]);
  return new Uint8Array(readFileSync(`${outPrefix}.${format === 'jpeg' ? 'jpg' : 'png'}`));
}
