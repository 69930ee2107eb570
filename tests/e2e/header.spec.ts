// The site header: compact on phones, its menu behind a control that works without scripts and by
// keyboard; as readable as before on a desktop. And the self-check: on a phone, each one-question
// step shows its question, its options and "Tiếp tục" in the first screen, for the longest criterion.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { eachSelfCheckStep } from './page-states-support';
import { sitemapPaths } from './site-support';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
/** The most a phone's header may take of a 740 px screen. */
const MAX_PHONE_HEADER = 120;

const header = (page: Page) => page.locator('header.site-header');
const toggle = (page: Page) => page.locator('header.site-header summary');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const searchBox = (page: Page) => page.getByRole('search').getByLabel('Tìm kiếm trên trang');
const headerHeight = (page: Page) => header(page).evaluate((element) => element.getBoundingClientRect().height);

test.describe('on a phone (360 × 740)', () => {
  test.use({ viewport: PHONE });

  test(`the header takes at most ${MAX_PHONE_HEADER} px on every page, its menu closed`, async ({ page }) => {
    const heights: Record<string, number> = {};
    for (const path of [...(await sitemapPaths(page)), '/khong-co-trang-nay/']) {
      await page.goto(path);
      heights[path] = Math.round(await headerHeight(page));
      await expect(toggle(page), path).toBeVisible();
      await expect(toggle(page), path).toHaveText('Danh mục');
      await expect(nav(page), path).toBeHidden();
      await expect(searchBox(page), path).toBeHidden();
    }
    for (const [path, height] of Object.entries(heights)) expect(height, `${path}: header height`).toBeLessThanOrEqual(MAX_PHONE_HEADER);
  });

  test('without JavaScript the menu opens, shows the navigation and the search, and the search works', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/tieu-chuan/');
    await toggle(page).click();
    await expect(page.locator('details.site-menu')).toHaveAttribute('open', '');
    await expect(nav(page).getByRole('link')).toHaveText(['Kế hoạch', 'Tiêu chuẩn', 'Số lượng', 'Tự kiểm tra', 'Hồ sơ', 'Bản nháp']);
    await expect(nav(page).getByRole('link', { name: 'Tiêu chuẩn' })).toHaveAttribute('aria-current', 'page');
    await searchBox(page).fill('cu tri');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=cu\+tri$/);
    // a new page starts with the menu closed; the same control opens and closes it
    await expect(nav(page)).toBeHidden();
    await toggle(page).click();
    await expect(nav(page)).toBeVisible();
    await toggle(page).click();
    await expect(page.locator('details.site-menu')).not.toHaveAttribute('open', '');
    await expect(nav(page)).toBeHidden();
    await context.close();
  });

  test('by keyboard: the toggle comes right after the site name, shows its focus, opens with Enter and leads into the menu', async ({ page }) => {
    await page.goto('/ke-hoach/');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.site-header__brand')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(toggle(page)).toBeFocused();
    const focusRing = await toggle(page).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(focusRing).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(nav(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Kế hoạch' })).toBeFocused();
    // the name screen readers hear, and its state
    const snapshot = await header(page).ariaSnapshot();
    expect(snapshot).toContain('Danh mục');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(toggle(page)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(nav(page)).toBeHidden();
  });

  test('no axe violation with the menu closed and opened', async ({ page }) => {
    for (const path of ['/', '/tu-kiem-tra/']) {
      await page.goto(path);
      await waitForIslands(page);
      await expectNoAxeViolations(page, `${path}, menu closed`);
      await toggle(page).click();
      await expect(nav(page)).toBeVisible();
      await expectNoAxeViolations(page, `${path}, menu opened`);
    }
  });

  test('each one-question step of the self-check: question, options and "Tiếp tục" in the first screen', async ({ page }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    const measured: string[] = [];
    await eachSelfCheckStep(page, async (step) => {
      // The exclusions step asks several questions at once: it cannot fit one screen, and is not a criterion.
      if (step.startsWith('#loai-tru')) return;
      await page.evaluate(() => scrollTo(0, 0));
      const boxes = await page.evaluate(() => {
        const bottom = (element: Element | null | undefined) => (element ? element.getBoundingClientRect().bottom + scrollY : Infinity);
        const form = document.querySelector('.self-check form');
        const button = [...(form?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === 'Tiếp tục');
        const radios = [...(form?.querySelectorAll('input') ?? [])];
        return {
          header: document.querySelector('.site-header')!.getBoundingClientRect().height,
          question: bottom(form?.querySelector('h1')),
          options: Math.max(...radios.map(bottom)),
          button: bottom(button),
        };
      });
      measured.push(`${step}: ${Math.round(boxes.button)}`);
      if (boxes.header > MAX_PHONE_HEADER) problems.push(`${step}: header ${boxes.header} px`);
      for (const [part, value] of Object.entries({ question: boxes.question, options: boxes.options, '“Tiếp tục”': boxes.button })) {
        if (value > PHONE.height) problems.push(`${step}: the ${part} ends at ${Math.round(value)} px, below the first screen`);
      }
    });
    expect(measured.length, 'steps measured').toBeGreaterThan(20);
    expect(problems, measured.join('\n')).toEqual([]);
  });
});

test.describe('on a desktop (1280 × 800)', () => {
  test.use({ viewport: DESKTOP });

  test('the name, the search and the whole navigation are shown at once, without a toggle', async ({ page }) => {
    for (const path of ['/', '/ke-hoach/', '/ho-so/']) {
      await page.goto(path);
      await expect(toggle(page)).toBeHidden();
      await expect(nav(page).getByRole('link')).toHaveCount(6);
      for (const link of await nav(page).getByRole('link').all()) await expect(link).toBeVisible();
      await expect(searchBox(page)).toBeVisible();
      await expect(page.locator('.site-header__subtitle')).toHaveText('Kế hoạch 0125/KH-UBND · UBND tỉnh Đắk Lắk');
      const title = await page.locator('.site-header__title').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(title).toBeGreaterThanOrEqual(21);
      // one strip of links under the name and the search, as before
      const height = await headerHeight(page);
      expect(height).toBeLessThanOrEqual(130);
    }
    await expectNoAxeViolations(page, 'desktop header');
  });

  test('the links are reached by keyboard straight after the search', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('search').getByRole('button', { name: 'Tìm' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link', { name: 'Kế hoạch' })).toBeFocused();
  });
});
