// `npm run bench`: builds the site and prints the figures users feel, each with its target, then
// writes them to bench/results.json (ignored by git) for comparison between changes.
// Sizes are deterministic and also guarded by tests (tests/e2e/budgets.spec.ts); times are only
// reported here (machines are noisy).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { BUDGETS, isContentPage } from './budgets.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { assemblyChunks, docxChunk, listPages, measurePage, resolveDist, reviewChunks, totalCss } from './site-weight.mjs';
import { dossierZip, reviewBenchFiles, timeAssembly, timeDossierZip, timeKeystrokes, timeReport, timeReview, timeSelfCheck } from './bench-browser.mjs';

const WORKSPACE = 'bench';
const PORT = Number(process.env.BENCH_PORT ?? 4480);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const origin = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_WORKSPACE: WORKSPACE };
const CHROMIUM = chromiumPath();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function startPreview() {
  const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], { env, stdio: 'ignore', detached: true });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not start');
}

async function lighthouseScores(paths) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const scores = [];
  try {
    for (const path of paths) {
      const { lhr } = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      scores.push({
        page: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
      });
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}

const which = (name) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));

/**
 * The PDFs of the assembly bench: the 50-nominee dossier the site generates (its ZIP), converted
 * by LibreOffice, in the order of the assembly's slots (letter, list, minutes, the reports).
 */
async function dossierPdfs(browser) {
  const dir = resolve(`.cache/${WORKSPACE}/assembly`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'docx'), { recursive: true });
  const entries = Object.entries(unzipSync(new Uint8Array(await dossierZip(browser, origin)))).filter(([name]) => name.endsWith('.docx'));
  for (const [name, bytes] of entries) writeFileSync(join(dir, 'docx', name), bytes);
  await promisify(execFile)(
    which('soffice'),
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...entries.map(([name]) => join(dir, 'docx', name))],
    { timeout: 600_000 },
  );
  const names = readdirSync(join(dir, 'pdf')).filter((name) => name.endsWith('.pdf')).sort();
  const byNumber = (number) => names.find((name) => name.startsWith(`${number}-`));
  // the ZIP numbers letter 01, minutes 02, list 03; the reviewer reads letter, list, minutes
  const ordered = [byNumber('01'), byNumber('03'), byNumber('02'), ...names.filter((name) => !/^0[123]-/.test(name))];
  const files = ordered.map((name) => ({ name, mimeType: 'application/pdf', buffer: readFileSync(join(dir, 'pdf', name)) }));
  let pages = 0;
  for (const file of files) pages += (await PDFDocument.load(file.buffer, { updateMetadata: false })).getPageCount();
  return { files, pages };
}

/** Bytes of the image on each of the last `count` pages of a PDF (the photo pages). */
async function photoPageBytes(bytes, count) {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  return document.getPages().slice(-count).map((page) => {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const streams = xobjects ? xobjects.values().map((ref) => document.context.lookup(ref)) : [];
    return streams.filter((stream) => stream instanceof PDFRawStream).reduce((sum, stream) => sum + stream.contents.length, 0);
  });
}

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

const started = performance.now();
await run('npx', ['astro', 'build']);
const buildMs = performance.now() - started;

const dist = resolveDist(`.cache/${WORKSPACE}/dist`);
const pages = listPages(dist).map((page) => measurePage(dist, page));
const css = totalCss(dist);
const docx = docxChunk(dist, pages.find((p) => p.page === '/ho-so/')?.scripts);
const pdfParts = assemblyChunks(dist);
const reviewParts = reviewChunks(dist);
const islands = [...new Map(pages.flatMap((p) => p.islands).map((i) => [i.component, i])).values()].map(
  ({ name, own, runtime, js }) => ({ name, own, runtime, total: js }),
);

const server = await startPreview();
let timings;
let scores;
let assembly = null;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const sample = async (measure) => {
      const values = [];
      for (let i = 0; i < RUNS; i++) values.push(await measure(browser, origin));
      return { medianMs: median(values), runsMs: values.map(Math.round) };
    };
    const reviewFiles = await reviewBenchFiles(200);
    timings = {
      report: await sample(timeReport),
      dossierZip50: await sample(timeDossierZip),
      selfCheckResult: await sample(timeSelfCheck),
      review200: await sample((b, o) => timeReview(b, o, reviewFiles)),
      keystroke20: await sample((b, o) => timeKeystrokes(b, o, { nominees: 20 })),
      keystroke20Throttled: await sample((b, o) => timeKeystrokes(b, o, { nominees: 20, throttle: 4 })),
      keystrokeLongSection: await sample((b, o) => timeKeystrokes(b, o, { nominees: 20, sectionChars: 100_000 })),
    };
    if (which('soffice')) {
      const { files, pages } = await dossierPdfs(browser);
      const runs = [];
      for (let i = 0; i < Math.min(RUNS, 3); i++) runs.push(await timeAssembly(browser, origin, files, 10));
      const last = runs.at(-1);
      const photoBytes = await photoPageBytes(last.bytes, 10);
      assembly = {
        inputPdfPages: pages,
        inputPdfFiles: files.length,
        mergeMs: { medianMs: median(runs.map((r) => r.mergeMs)), runsMs: runs.map((r) => Math.round(r.mergeMs)) },
        photosMs: { medianMs: median(runs.map((r) => r.photosMs)), runsMs: runs.map((r) => Math.round(r.photosMs)) },
        outputBytes: last.bytes.length,
        outputPages: (await PDFDocument.load(last.bytes, { updateMetadata: false })).getPageCount(),
        photoInputBytes: last.photoSizes,
        photoPageBytes: photoBytes,
      };
    } else {
      console.warn('soffice not found: the PDF assembly bench (LibreOffice PDFs of a 50-nominee dossier) is skipped.');
    }
  } finally {
    await browser.close();
  }
  scores = await lighthouseScores(['/', '/ke-hoach/', '/tu-kiem-tra/', '/ho-so/', '/ho-so/nop-ban-pdf/', '/so-noi-vu/tong-hop/']);
} finally {
  process.kill(-server.pid);
}

table(
  'Page weight on first load (gzip)',
  ['page', 'HTML', 'CSS', 'JS', 'total', 'target'],
  pages.map((p) => [
    p.page,
    kb(p.html),
    kb(p.css),
    kb(p.js),
    kb(p.total),
    isContentPage(p) ? `0 JS, total < ${kb(BUDGETS.contentPageTotal)}` : 'tool page',
  ]),
);
table(
  'Islands on first load (gzip): own code (storage and zod/mini included) + shared runtime (Preact, Astro loader)',
  ['island', 'own', 'target', 'runtime', 'total'],
  islands.map((i) => [i.name, kb(i.own), `< ${kb(BUDGETS.islands[i.name])}`, kb(i.runtime), kb(i.total)]),
);
table('Other figures', ['figure', 'value', 'target'], [
  ['CSS, all stylesheets (gzip)', kb(css), `< ${kb(BUDGETS.cssTotal)}`],
  ['Plan page HTML (gzip)', kb(pages.find((p) => p.page === '/ke-hoach/')?.html ?? 0), `< ${kb(BUDGETS.planHtml)}`],
  ['docx chunk with the builders, lazy (gzip)', docx ? kb(docx.js) : 'not found', `< ${kb(BUDGETS.docxChunkTarget)}`],
  [`One report, click → file, incl. lazy load (median of ${RUNS})`, ms(timings.report.medianMs), '< 400 ms'],
  [`Dossier ZIP, 50 nominees (median of ${RUNS})`, ms(timings.dossierZip50.medianMs), '< 3000 ms'],
  [`Self-check, last answer → result (median of ${RUNS})`, ms(timings.selfCheckResult.medianMs), '< 100 ms'],
  ['Build (astro build + Pagefind)', ms(buildMs), '—'],
]);
table('Typing in /ho-so/ (keystroke in a report section → next frame; median of 40 keystrokes, then of the runs)', ['figure', 'value', 'target'], [
  ['20 nominees', ms(timings.keystroke20.medianMs), '< 16 ms'],
  ['20 nominees, CPU slowed 4×', ms(timings.keystroke20Throttled.medianMs), '< 50 ms'],
  ['20 nominees, the typed section 100,000 characters long', ms(timings.keystrokeLongSection.medianMs), '< 50 ms'],
]);
table('PDF assembly (/ho-so/nop-ban-pdf/)', ['figure', 'value', 'target'], [
  ['pdf-lib worker with the merge, lazy on the first file (gzip)', pdfParts.pdfLibWorker ? kb(pdfParts.pdfLibWorker.js) : 'not found', `< ${kb(BUDGETS.pdfLibWorker)}`],
  ['pdf.js for previews, lazy on the first PDF (gzip)', pdfParts.pdfjs ? kb(pdfParts.pdfjs.js) : 'not found', `< ${kb(BUDGETS.pdfjsChunk)}`],
  ['pdf.js worker, started with it (gzip)', pdfParts.pdfjsWorker ? kb(pdfParts.pdfjsWorker.js) : 'not found', `< ${kb(BUDGETS.pdfjsWorker)}`],
  ['pdf.js image decoders, only for JBIG2 / JPEG 2000 scans (wasm, gzip)', pdfParts.wasm.map((w) => kb(w.gzip)).join(' + ') || 'none', '—'],
  ...(assembly
    ? [
        [
          `Merge: ${assembly.inputPdfFiles} LibreOffice PDFs (${assembly.inputPdfPages} pages) + 10 photos 4000 × 3000, click → file (median of ${assembly.mergeMs.runsMs.length})`,
          ms(assembly.mergeMs.medianMs),
          '< 5000 ms',
        ],
        [`10 photos read and prepared in the worker (turn, 200 dpi, JPEG), add → ready (median of ${assembly.photosMs.runsMs.length})`, ms(assembly.photosMs.medianMs), '—'],
        [`Merged PDF (${assembly.outputPages} pages)`, kb(assembly.outputBytes), '—'],
        [
          `Photo page in the PDF (median; photos as taken: ${kb(median(assembly.photoInputBytes))})`,
          `${kb(median(assembly.photoPageBytes))} (${kb(Math.min(...assembly.photoPageBytes))}–${kb(Math.max(...assembly.photoPageBytes))})`,
          '—',
        ],
      ]
    : [['Merge of the 50-nominee dossier', 'skipped (no soffice)', '< 5000 ms']]),
]);
table('Review of the units’ dossiers (/so-noi-vu/tong-hop/)', ['figure', 'value', 'target'], [
  [`200 unit files (180 JSON, 20 merged PDFs) chosen → consolidated review on the page (median of ${RUNS})`, ms(timings.review200.medianMs), '< 5000 ms'],
  ['reading worker (pdf-lib, ho-so.json schema, consolidation), lazy (gzip)', reviewParts.readWorker ? kb(reviewParts.readWorker.js) : 'not found', `< ${kb(BUDGETS.reviewReadWorker)}`],
  ['output worker (docx, write-excel-file, builders), lazy (gzip)', reviewParts.outputWorker ? kb(reviewParts.outputWorker.js) : 'not found', `< ${kb(BUDGETS.reviewOutputWorker)}`],
  ['dossier data worker of /ho-so/ (“Tải dữ liệu hồ sơ (JSON)”), lazy (gzip)', reviewParts.dataWorker ? kb(reviewParts.dataWorker.js) : 'not found', `< ${kb(BUDGETS.dossierDataWorker)}`],
]);
table(
  'Lighthouse (mobile, simulated throttling)',
  ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'CLS', 'TBT'],
  scores.map((s) => [s.page, s.performance, s.accessibility, s.bestPractices, s.seo, ms(s.lcpMs), s.cls.toFixed(3), ms(s.tbtMs)]),
);

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      node: process.version,
      buildMs,
      pages: pages.map(({ scripts, islands: pageIslands, ...rest }) => ({ ...rest, islands: pageIslands.map((i) => i.name) })),
      islands,
      cssTotal: css,
      docxChunk: docx?.js ?? null,
      assemblyChunks: { pdfLibWorker: pdfParts.pdfLibWorker?.js ?? null, pdfjs: pdfParts.pdfjs?.js ?? null, pdfjsWorker: pdfParts.pdfjsWorker?.js ?? null, wasm: pdfParts.wasm },
      reviewChunks: Object.fromEntries(Object.entries(reviewParts).map(([name, part]) => [name, part?.js ?? null])),
      timings,
      assembly,
      lighthouse: scores,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nWritten to bench/results.json');
