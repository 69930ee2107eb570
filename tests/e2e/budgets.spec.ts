// Size budgets of the built site (deterministic, so tested; times are only reported by
// `npm run bench`). Reads dist/ as a static host would serve it.
import { expect, test } from '@playwright/test';
import { BUDGETS, isContentPage } from '../../src/tooling/budgets.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_RUNTIME, assemblyChunks, docxChunk, listPages, measurePage, reachableModules, resolveDist, reviewChunks, startedWorkers, totalCss } from '../../src/tooling/site-weight.mjs';

const dist = resolveDist();
const pages = listPages(dist).map((page) => measurePage(dist, page));
const islandPages = pages.filter((p) => p.islands.length > 0);
const contentPages = pages.filter(isContentPage);

test('every page of the build is measured, tool pages with their island', () => {
  expect(contentPages.map((p) => p.page)).toEqual(expect.arrayContaining(['/', '/ke-hoach/', '/tieu-chuan/', '/van-ban-goc/']));
  expect(islandPages.flatMap((p) => p.islands.map((i) => i.name)).sort()).toEqual(Object.keys(BUDGETS.islands).sort());
});

for (const page of contentPages) {
  test(`content page ${page.page}: no JavaScript, under ${BUDGETS.contentPageTotal / 1024} KB gzip in all`, () => {
    expect(page.scripts).toEqual([]);
    expect(page.js).toBe(0);
    expect(page.total).toBeLessThan(BUDGETS.contentPageTotal);
  });
}

for (const page of islandPages) {
  for (const island of page.islands) {
    const name = island.name as keyof typeof BUDGETS.islands;
    test(`island ${name} on ${page.page}: its own JavaScript under ${BUDGETS.islands[name] / 1024} KB gzip`, () => {
      expect(island.urls.filter((url) => SHARED_RUNTIME.test(url)).length, 'the island loads through the shared Preact runtime').toBeGreaterThan(0);
      expect(island.runtime).toBeLessThan(BUDGETS.islandRuntime);
      expect(island.own).toBeLessThan(BUDGETS.islands[name]);
      // docx never weighs on first load: it is only imported when a document is asked for
      expect(island.urls.some((url) => url.includes('documents.'))).toBe(false);
    });
  }
}

test(`all CSS together under ${BUDGETS.cssTotal / 1024} KB gzip`, () => {
  expect(totalCss(dist)).toBeLessThan(BUDGETS.cssTotal);
});

test(`the plan page's HTML under ${BUDGETS.planHtml / 1024} KB gzip`, () => {
  expect(pages.find((p) => p.page === '/ke-hoach/')!.html).toBeLessThan(BUDGETS.planHtml);
});

test(`the lazy docx chunk exists and stays under ${BUDGETS.docxChunk / 1024} KB gzip`, () => {
  const dossierPage = pages.find((p) => p.page === '/ho-so/')!;
  const chunk = docxChunk(dist, dossierPage.scripts);
  expect(chunk, 'a chunk carrying docx').not.toBeNull();
  expect(chunk!.js).toBeLessThan(BUDGETS.docxChunk);
  for (const page of pages) expect(page.scripts.some((url) => url === chunk!.url), `docx on first load of ${page.page}`).toBe(false);
});

test('the PDF assembly: pdf-lib in a worker and pdf.js load only when asked for, each under its budget', () => {
  const chunks = assemblyChunks(dist);
  expect(chunks.pdfLibWorker, 'a worker carrying pdf-lib').not.toBeNull();
  expect(chunks.pdfjs, 'a chunk carrying pdf.js').not.toBeNull();
  expect(chunks.pdfjsWorker, 'the worker pdf.js starts').not.toBeNull();
  expect(chunks.pdfLibWorker!.js).toBeLessThan(BUDGETS.pdfLibWorker);
  expect(chunks.pdfjs!.js).toBeLessThan(BUDGETS.pdfjsChunk);
  expect(chunks.pdfjsWorker!.js).toBeLessThan(BUDGETS.pdfjsWorker);
  const lazy = [chunks.pdfLibWorker!.url, chunks.pdfjsWorker!.url, ...chunks.pdfjs!.urls];
  for (const page of pages) {
    for (const url of lazy) expect(page.scripts, `${url} on first load of ${page.page}`).not.toContain(url);
  }
  // the island starts the pdf-lib worker itself (a same-origin file: CSP worker-src 'self')
  const assembly = pages.find((p) => p.page === '/ho-so/nop-ban-pdf/')!.islands[0]!;
  const started = assembly.urls.flatMap((url) => startedWorkers(readFileSync(join(dist, url), 'utf8')));
  expect(started).toContain(chunks.pdfLibWorker!.url);
  // pdf.js asks for its image decoders (JBIG2, JPEG 2000) from this site, never from elsewhere
  expect(chunks.wasm.map((file) => file.url.replace(/\.[\w-]+\.wasm$/, '').replace('/_astro/', '')).sort()).toEqual(['jbig2', 'openjpeg']);
});

test('the review page: its rules code, pdf-lib, docx and the spreadsheet library live in workers, each under its budget', () => {
  const chunks = reviewChunks(dist);
  const parts = [
    ['reading worker', chunks.readWorker, BUDGETS.reviewReadWorker],
    ['output worker', chunks.outputWorker, BUDGETS.reviewOutputWorker],
    ['dossier data worker', chunks.dataWorker, BUDGETS.dossierDataWorker],
  ] as const;
  for (const [name, part, budget] of parts) {
    expect(part, name).not.toBeNull();
    expect(part!.js, name).toBeLessThan(budget);
    for (const page of pages) expect(page.scripts, `${name} on first load of ${page.page}`).not.toContain(part!.url);
  }
  // the page starts its two workers itself (same-origin files: CSP worker-src 'self'); the builder its own
  const started = (path: string) => pages.find((p) => p.page === path)!.islands.flatMap((island) => island.urls.flatMap((url) => startedWorkers(readFileSync(join(dist, url), 'utf8'))));
  expect(started('/so-noi-vu/tong-hop/').sort()).toEqual([chunks.outputWorker!.url, chunks.readWorker!.url].sort());
  // the builder's data download is one of its parts loaded after the first screen
  const builder = pages.find((p) => p.page === '/ho-so/')!.islands.flatMap((island) => reachableModules(dist, island.urls));
  expect(builder.flatMap((url) => startedWorkers(readFileSync(join(dist, url), 'utf8')))).toContain(chunks.dataWorker!.url);
  // docx and write-excel-file are in the output worker only, pdf-lib in the reading worker, not on the page
  const review = pages.find((p) => p.page === '/so-noi-vu/tong-hop/')!;
  const code = review.scripts.filter((url) => url.startsWith('/')).map((url) => readFileSync(join(dist, url), 'utf8')).join('\n');
  expect(code).not.toContain('wordprocessingml');
  expect(code).not.toContain('spreadsheetml');
  expect(code).not.toContain('ignoreEncryption');
  expect(readFileSync(join(dist, chunks.outputWorker!.url), 'utf8')).toContain('spreadsheetml');
});
