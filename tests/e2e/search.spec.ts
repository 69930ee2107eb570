// Search: Pagefind, loaded only on /tim-kiem/, finds Vietnamese with or without diacritics.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { collectErrors, collectRequests, scriptRequests } from './site-support';

async function search(page: Page, query: string) {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(/Tìm thấy \d+ trang/);
  return page.locator('#search-results > li');
}

/** Lower case, without diacritics, đ as d. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

for (const query of ['bầu cử', 'bau cu', 'cử tri', 'cu tri', 'dai bieu']) {
  test(`"${query}" finds the plan, with accented excerpts`, async ({ page }) => {
    const errors = collectErrors(page);
    const results = await search(page, query);
    expect(await results.count()).toBeGreaterThan(0);
    await expect(results.locator('h2 a[href="/ke-hoach/"]')).toHaveCount(1);
    // The highlighted words are the query's words, shown with their real accents.
    const marks = await results.locator('mark').allTextContents();
    const words = fold(query).split(' ');
    expect(marks.some((mark) => words.some((word) => fold(mark).startsWith(word))), marks.join(' ')).toBe(true);
    expect(marks.some((mark) => fold(mark) !== mark.toLowerCase()), 'accented excerpts').toBe(true);
    await expect(page.locator('#search-query')).toHaveValue(query);
    expect(errors).toEqual([]);
  });
}

test('the tools are found too, with or without diacritics', async ({ page }) => {
  for (const [query, href] of [['tự kiểm tra', '/tu-kiem-tra/'], ['tu kiem tra', '/tu-kiem-tra/'], ['bản nháp', '/ban-nhap/'], ['ho so', '/ho-so/']]) {
    const results = await search(page, query);
    await expect(results.locator(`h2 a[href="${href}"]`), query).toHaveCount(1);
  }
});

test('each page appears once, and a query with no match says so', async ({ page }) => {
  const results = await search(page, 'bau cu');
  const hrefs = await results.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await page.goto('/tim-kiem/?q=xyzzyqwv');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy trang nào');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
});

test('the header search works from a content page, which loads no script until search is opened', async ({ page }) => {
  const requests = collectRequests(page);
  await page.goto('/ke-hoach/', { waitUntil: 'networkidle' });
  expect(scriptRequests(requests)).toEqual([]);

  await page.getByRole('search').getByLabel('Tìm kiếm trên trang').fill('cu tri');
  await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=cu\+tri$/);
  await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ trang/);
  expect(scriptRequests(requests).some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('searching again on the search page updates the results, and Back restores the previous search', async ({ page }) => {
  await search(page, 'bầu cử');
  await page.locator('#search-query').fill('hồ sơ');
  await page.locator('#search-form').getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/q=h%E1%BB%93\+s%C6%A1|q=h%E1%BB%93%20s%C6%A1/);
  await expect(page.getByRole('status')).toContainText('hồ sơ');
  await page.goBack();
  await expect(page.locator('#search-query')).toHaveValue('bầu cử');
  await expect(page.getByRole('status')).toContainText('bầu cử');
});

test('the search page with results has no axe violation', async ({ page }) => {
  await search(page, 'bầu cử');
  await expectNoAxeViolations(page, '/tim-kiem/ with results');
});
