// `npm run bench`: builds the site and prints the figures users feel, each with its target, then
// writes them to bench/results.json (ignored by git) for comparison between changes.
// Sizes are deterministic and also guarded by tests (tests/e2e/budgets.spec.ts); times are only
// reported here (machines are noisy).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { BUDGETS, isContentPage } from './budgets.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { docxChunk, listPages, measurePage, resolveDist, totalCss } from './site-weight.mjs';
import { timeDossierZip, timeReport, timeSelfCheck } from './bench-browser.mjs';

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
const islands = [...new Map(pages.flatMap((p) => p.islands).map((i) => [i.component, i])).values()].map(
  ({ name, own, runtime, js }) => ({ name, own, runtime, total: js }),
);

const server = await startPreview();
let timings;
let scores;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const sample = async (measure) => {
      const values = [];
      for (let i = 0; i < RUNS; i++) values.push(await measure(browser, origin));
      return { medianMs: median(values), runsMs: values.map(Math.round) };
    };
    timings = {
      report: await sample(timeReport),
      dossierZip50: await sample(timeDossierZip),
      selfCheckResult: await sample(timeSelfCheck),
    };
  } finally {
    await browser.close();
  }
  scores = await lighthouseScores(['/', '/ke-hoach/', '/tu-kiem-tra/', '/ho-so/']);
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
      timings,
      lighthouse: scores,
    },
    null,
    2,
  ) + '\n',
);
console.log('\nWritten to bench/results.json');
