// Size budgets (bytes, gzip level 6). Tested by tests/e2e/budgets.spec.ts and printed by
// `npm run bench`.
const KB = 1024;

export const BUDGETS = {
  /** a content page on first load: HTML + CSS (+ 0 JS) */
  contentPageTotal: 50 * KB,
  /** every stylesheet of the site together */
  cssTotal: 15 * KB,
  /** the plan page's HTML */
  planHtml: 30 * KB,
  /** the shared island runtime (SHARED_RUNTIME in site-weight.mjs) */
  islandRuntime: 8 * KB,
  /**
   * Each island's own JavaScript on first load: its component and every module it imports
   * statically (storage and zod/mini included), without the shared runtime.
   */
  islands: {
    EligibilityCheck: 20 * KB,
    QuotaPlanner: 24 * KB,
    DossierBuilder: 24 * KB,
    Drafts: 20 * KB,
    /** the PDF assembly on /ho-so/nop-ban-pdf/; its workers and pdf.js load later (below) */
    DossierAssembly: 24 * KB,
  },
  /**
   * The lazily loaded docx chunk with the document builders. The target of issue 5 is 70 KB;
   * docx 9 alone is ~70 KB gzip, so this guards against growth and the bench reports the target.
   */
  docxChunk: 80 * KB,
  docxChunkTarget: 70 * KB,
  /**
   * The PDF assembly's lazy parts. The worker carries @cantoo/pdf-lib (~245 KB gzip alone, with
   * its standard-font metrics and SVG support), zod/mini and the merge; it starts on the first
   * file added. pdf.js draws the previews: its module on the first PDF added, then its worker.
   */
  pdfLibWorker: 270 * KB,
  pdfjsChunk: 145 * KB,
  pdfjsWorker: 380 * KB,
};

/**
 * The pages `contentPageTotal` applies to, which must ship no JavaScript: every page without an
 * island, except the search page (its script is the point). `page` is a measurePage() result.
 */
export const isContentPage = (page) => page.islands.length === 0 && page.page !== '/tim-kiem/';
