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
    // 20 KB until issue 11: every island validates the whole drafts on read, so each field the
    // dossier keeps (header lines, drafter, legal bases, absent members, voting method, a division's
    // signer, a full date of birth) weighs on the self-check too: +49 B gzip. Making the slices a
    // page does not read lazily validated would take that back (src/storage). 20.1 KB until issue
    // 14's fixes: the PDF assembly checks the number of boards or teams a unit types by hand with
    // the site's whole-number rule (src/domain/groupCount.ts), so the bundler splits
    // src/text/numbers.ts out of the chunk the self-check shared with the planner and the dossier:
    // +155 B gzip of chunk overhead, no code of the self-check's own. 20.2 KB until issue 12's
    // fixes: every island reads the stored drafts with the field-by-field salvage (one bad field
    // no longer empties a whole part), +26 B over.
    EligibilityCheck: 20.3 * KB,
    // 24 KB until issue 14's fixes: the PDF page's hand path asks for the unit's category with the
    // planner's own unit choice and board count (src/islands/quota/unitOptions.ts,
    // src/domain/groupCount.ts), which the bundler now splits into chunks shared by both pages:
    // ~+500 B gzip, most of it chunk overhead and the shared field's wording.
    QuotaPlanner: 25 * KB,
    DossierBuilder: 24 * KB,
    Drafts: 20 * KB,
    /** the PDF assembly on /ho-so/nop-ban-pdf/; its workers and pdf.js load later (below) */
    DossierAssembly: 24 * KB,
    /**
     * Sở Nội vụ's review on /so-noi-vu/tong-hop/: the page and the store of the marks (zod/mini and
     * the drafts' storage helpers, shared with the other tools); its rules code and libraries are in
     * workers (below)
     */
    DossierReview: 24 * KB,
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
  /**
   * The review's workers (/so-noi-vu/tong-hop/): the reading worker (pdf-lib, the schema of
   * ho-so.json, the consolidation) starts on the first files; the output worker (docx ~70 KB,
   * write-excel-file ~20 KB, the builders) on the first document asked for. The dossier data worker
   * of /ho-so/ starts on its button.
   */
  reviewReadWorker: 270 * KB,
  reviewOutputWorker: 110 * KB,
  dossierDataWorker: 16 * KB,
};

/**
 * The pages `contentPageTotal` applies to, which must ship no JavaScript: every page without an
 * island, except the search page (its script is the point). `page` is a measurePage() result.
 */
export const isContentPage = (page) => page.islands.length === 0 && page.page !== '/tim-kiem/';
