// Every page of the sitemap as a reader gets it: one h1, no console error, no axe violation, no
// request leaving the site; content pages with no script; the data-driven tables and notes.
import { expect, test } from '@playwright/test';
import { formatQuotaCount } from '../../src/components/format';
import { clauseHref, clauseLabel } from '../../src/domain/rules';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { readProjectFile, loadRules } from '../support/rules';
import { sourceQuotas, sourceTurnoutThresholds } from '../support/planSource';
import { CONTENT_PAGES, collectErrors, collectRequests, foreignRequests, normalizeSpace, scriptRequests, sitemapPaths } from './site-support';

const rules = loadRules();

test('the sitemap lists the site\'s pages with absolute URLs', async ({ page }) => {
  const xml = await (await page.request.get('/sitemap.xml')).text();
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
  for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) expect(loc).toMatch(/^https?:\/\/[^/]+\//);
  const paths = await sitemapPaths(page);
  for (const path of [...CONTENT_PAGES, '/so-luong/', '/ho-so/', '/tim-kiem/']) expect(paths).toContain(path);
  expect(paths).not.toContain('/404/');
});

test('every page of the sitemap: one h1, no console error, no axe violation, nothing from another origin', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const errors = collectErrors(page);
  const requests = collectRequests(page);
  for (const path of [...(await sitemapPaths(page)), '/khong-co-trang-nay/']) {
    errors.length = 0;
    requests.length = 0;
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(path === '/khong-co-trang-nay/' ? 404 : 200);
    await waitForIslands(page);
    await expect(page.locator('h1'), `${path}: one h1`).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expectNoAxeViolations(page, path);
    // The 404 page's own status is reported by the browser as a failed resource: expected there.
    const unexpected = path === '/khong-co-trang-nay/' ? errors.filter((error) => !/status of 404/.test(error)) : errors;
    expect(unexpected, `${path}: console errors`).toEqual([]);
    expect(foreignRequests(requests, origin), `${path}: requests outside the origin`).toEqual([]);
  }
});

test('content pages load no script at all, and ship no <script> tag', async ({ page }) => {
  const requests = collectRequests(page);
  for (const path of [...CONTENT_PAGES, '/khong-co-trang-nay/']) {
    requests.length = 0;
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(await response!.text(), path).not.toContain('<script');
    expect(scriptRequests(requests), `${path}: scripts`).toEqual([]);
  }
});

test('the home page: campaign, who it concerns, the timeline with the deadline, the ways in', async ({ page }) => {
  await page.goto('/');
  const deadline = rules.keyDates.find((keyDate) => keyDate.isDeadline)!;
  const timeline = page.locator('ol.timeline > li');
  await expect(timeline).toHaveCount(rules.keyDates.length);
  const deadlineItem = page.locator('ol.timeline > li.timeline--deadline');
  await expect(deadlineItem).toHaveCount(1);
  await expect(deadlineItem).toContainText('trước ngày 31/3/2026');
  await expect(deadlineItem).toContainText('Hạn chót');
  await expect(deadlineItem.locator('time')).toHaveAttribute('datetime', deadline.date);
  await expect(page.locator('main')).toContainText(rules.planDocument.campaignName);
  for (const kind of rules.nomineeKinds) await expect(page.locator('main')).toContainText(kind.name);
  for (const href of ['/ke-hoach/', '/tu-kiem-tra/', '/so-luong/', '/ho-so/']) {
    await expect(page.locator(`main .card a[href="${href}"]`)).toHaveCount(1);
  }
});

test('the quota table shows every category of Mục IV.2 with the plan\'s numbers', async ({ page }) => {
  await page.goto('/so-luong/');
  const table = page.locator('table.quota-table');
  const quotas = sourceQuotas();
  await expect(table.locator('tbody tr[data-quota]')).toHaveCount(quotas.length);
  for (const quota of quotas) {
    const row = table.locator('tbody tr[data-quota]').filter({ has: page.locator(`a[href="${clauseHref(quota.clause)}"]`) });
    await expect(row, quota.clause).toHaveCount(1);
    await expect(row.locator('a.clause-ref')).toHaveText(clauseLabel(quota.clause));
    if (quota.kind === 'separate') {
      const shown = (count: number) => (count > 0 ? formatQuotaCount(count) : '—không');
      await expect(row.locator('[data-count="collectives"]'), quota.clause).toHaveText(shown(quota.collectives));
      await expect(row.locator('[data-count="individuals"]'), quota.clause).toHaveText(shown(quota.individuals));
      if (quota.units.length === 1) await expect(row.locator('th')).toContainText(quota.units[0]!);
      const basis = { unit: 'Mỗi đơn vị', board: 'Mỗi ban bầu cử', team: 'Mỗi đoàn' }[quota.basis];
      await expect(row.locator('td').nth(2)).toHaveText(basis);
    } else {
      await expect(row.locator('[data-count="cases"]'), quota.clause).toHaveText(`${formatQuotaCount(quota.cases)} trường hợp (tập thể hoặc cá nhân)`);
    }
  }
  const priority = rules.principles.find((principle) => principle.clause === 'muc-iv-luu-y')!;
  await expect(page.locator('#luu-y')).toContainText(normalizeSpace(priority.text));
  for (const clause of ['muc-iv-1', 'muc-iv-3']) await expect(page.locator(`main a[href="${clauseHref(clause)}"]`).first()).toBeVisible();
});

test('the quota table is in the HTML, readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/so-luong/');
  await expect(page.locator('table.quota-table tbody tr[data-quota]')).toHaveCount(rules.quotas.length);
  await context.close();
});

test('the criteria page renders every criterion, principle and exclusion from the data, each linked to its clause', async ({ page }) => {
  await page.goto('/tieu-chuan/');
  const main = page.locator('main');
  for (const criterion of rules.criteria) {
    const row = page.locator(`#tieu-chi-${criterion.id}`);
    await expect(row).toContainText(normalizeSpace(criterion.text));
    await expect(row.locator(`a[href="${clauseHref(criterion.clause)}"]`)).toHaveText(clauseLabel(criterion.clause));
  }
  const [threshold] = sourceTurnoutThresholds();
  await expect(main.locator('.threshold')).toContainText(`từ ${threshold}% trở lên`);
  for (const principle of rules.principles) {
    const item = page.locator(`#nguyen-tac-${principle.id}`);
    await expect(item).toContainText(normalizeSpace(principle.text));
    if (principle.clause) await expect(item.locator(`a[href="${clauseHref(principle.clause)}"]`)).toHaveCount(1);
  }
  for (const award of rules.awards) await expect(page.locator(`h3#${award.id}`)).toHaveText(award.name);
  // in the plan's order (Mục III.2), whatever order the content store returns them in
  expect(await page.locator('section.award h3').evaluateAll((headings) => headings.map((h) => h.id))).toEqual(rules.awards.map((award) => award.id));
  await expect(page.locator('section.award').first()).toContainText('7886/HD-BNV');
  await expect(page.locator('section.award').first()).toContainText('không chép lại');
  for (const kind of rules.nomineeKinds) await expect(main).toContainText(normalizeSpace(kind.recipientScope.text));
});

test('the dossier guide says what to send, to whom, how and by when', async ({ page }) => {
  await page.goto('/ho-so/');
  const guide = page.locator('.dossier-guide');
  const { dossier } = rules.planDocument;
  for (const document of dossier.documents) await expect(guide).toContainText(document.text);
  await expect(guide).toContainText(dossier.receiver);
  await expect(guide).toContainText(dossier.channel);
  await expect(guide).toContainText('trước ngày 31/3/2026');
});

test('the original text page shows the kept source word for word, its markup rendered, and offers it for download as kept', async ({ page }) => {
  const source = readProjectFile('content/source/ke-hoach-0125-KH-UBND.txt');
  await page.goto('/van-ban-goc/');
  // Every word of the source, in order; its markup signs (** and *, the "|" of the layout tables) rendered, not shown.
  const withoutMarkup = source.replace(/\*/g, '').split('\n').filter((line) => line.trim() !== '|').join('\n');
  const shown = await page.locator('.source-text').innerText();
  expect(normalizeSpace(shown)).toBe(normalizeSpace(withoutMarkup));
  await expect(page.locator('.source-text strong').filter({ hasText: /^KẾ HOẠCH$/ })).toHaveCount(1);
  await expect(page.locator('.source-text em').filter({ hasText: 'trước ngày 31/3/2026' })).toHaveCount(1);
  await expect(page.locator('.source-text .source-layout')).toHaveCount(2);
  const link = page.getByRole('link', { name: /Tải văn bản gốc/ });
  const href = await link.getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(source);
});

test('every link to a plan clause, on every page, reaches an anchor of the plan page', async ({ page }) => {
  await page.goto('/ke-hoach/');
  const anchors = new Set(await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id)));
  const missing: string[] = [];
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    const hrefs = await page.locator('a[href^="/ke-hoach/#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    for (const href of hrefs) if (!anchors.has(href.split('#')[1]!)) missing.push(`${path} → ${href}`);
  }
  expect(missing).toEqual([]);
});
