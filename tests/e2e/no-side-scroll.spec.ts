// No page scrolls sideways on a 360 px phone: every page of the sitemap (with scripts and without),
// every tool in its filled state, each step of the self-check, search results, the menu opened.
import { expect, test } from '@playwright/test';
import { waitForIslands } from '../support/axe';
import { expectNoSideScroll, measureSideScroll } from '../support/sideScroll';
import { TOOL_STATES, eachSelfCheckStep } from './page-states-support';
import { sitemapPaths } from './site-support';

test.use({ viewport: { width: 360, height: 740 } });

test('the measure names what sticks out of a page that is too wide', async ({ page }) => {
  await page.setContent(`<main>
    <div style="overflow-x:auto"><table><tr><td style="min-width:600px">inside a scroll box</td></tr></table></div>
    <p style="width:500px">too wide</p>
    <div style="overflow-x:auto"><table><tr><td style="min-width:600px;text-align:right">row <span style="position:absolute;width:1px;height:1px;overflow:hidden">escapes</span></td></tr></table></div>
  </main>`);
  const measured = await measureSideScroll(page);
  expect(measured.scrollWidth).toBeGreaterThan(360);
  expect(measured.overflowing).toEqual([expect.stringMatching(/^p .*“too wide”$/), expect.stringMatching(/^span .*“escapes”$/)]);
});

test('a visually hidden text inside any box that scrolls sideways does not widen the page', async ({ page }) => {
  await page.goto('/');
  // Built with the DOM (the site's CSP refuses style attributes): a plain box scrolling sideways,
  // neither positioned nor one of the site's .table-scroll, holding a 900 px row.
  await page.locator('main').evaluate((main) => {
    const box = main.appendChild(document.createElement('div'));
    box.style.overflowX = 'auto';
    const cell = box.appendChild(document.createElement('table')).insertRow().insertCell();
    Object.assign(cell.style, { minWidth: '900px', textAlign: 'right' });
    cell.append('Xóa ');
    const hidden = cell.appendChild(document.createElement('span'));
    hidden.className = 'visually-hidden';
    hidden.textContent = 'dòng của Nguyễn Thị Hồng Nhung';
  });
  expect(await page.locator('main table').last().evaluate((table) => table.scrollWidth)).toBeGreaterThanOrEqual(900);
  await expectNoSideScroll(page, 'a hidden span at the end of a 900 px row');
});

test('every page of the sitemap, with scripts and without', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const paths = [...(await sitemapPaths(page)), '/khong-co-trang-nay/'];
  for (const path of paths) {
    await page.goto(path);
    await waitForIslands(page);
    await expectNoSideScroll(page, path);
  }
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const noScript = await context.newPage();
  for (const path of paths) {
    await noScript.goto(path);
    await expectNoSideScroll(noScript, `${path} without scripts`);
  }
  await context.close();
});

for (const state of TOOL_STATES) {
  test(state.name, async ({ page }) => {
    await state.reach(page);
    await expectNoSideScroll(page, state.name);
  });
}

test('each step of the self-check, for every kind of nominee', async ({ page }) => {
  test.setTimeout(120_000);
  await eachSelfCheckStep(page, (step) => expectNoSideScroll(page, `/tu-kiem-tra/${step}`));
});
