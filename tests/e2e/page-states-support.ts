// The states of the site that the layout and text tests visit besides the bare pages: each tool
// filled (drafts seeded through localStorage as a returning unit would have them), the
// self-check's steps and result, search results, the header's menu opened.
import { expect, type Page } from '@playwright/test';
import { waitForIslands } from '../support/axe';
import { seedDrafts } from './drafts-support';
import { COMMUNE_AWARD, PATH as SELF_CHECK, choose, communeToSummary, hash, next, open as openSelfCheck } from './self-check-support';

export interface PageState {
  /** what the state is, for failure messages */
  name: string;
  /** brings the page into the state (starting from any page of the site) */
  reach(page: Page): Promise<void>;
}

/** The name of a seeded nominee (tests/unit/storage-fixtures.ts), shown by every tool that lists nominees. */
const SEEDED_NOMINEE = 'Nguyễn Thị Hồng Nhung';

async function openSeeded(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await seedDrafts(page);
  await page.reload();
  await waitForIslands(page);
}

/** The kinds of nominee of the provincial award, each with its own criteria (content/rules/criteria.yaml). */
export const SELF_CHECK_KINDS = ['Xã, phường', 'Cơ quan, đơn vị cấp tỉnh và tương đương', 'Cá nhân'];

/**
 * Walks the self-check once per kind of nominee, from the first question to the exclusions, and
 * calls `visit` on each step as it appears (answering "Có" everywhere, a turnout of 99,1%).
 */
export async function eachSelfCheckStep(page: Page, visit: (step: string) => Promise<void>): Promise<void> {
  for (const kind of SELF_CHECK_KINDS) {
    await page.goto(SELF_CHECK);
    await page.evaluate(() => localStorage.clear());
    await openSelfCheck(page);
    for (const label of [COMMUNE_AWARD, kind, 'Có']) {
      await visit(`${hash(page) || '#'} (${kind})`);
      await choose(page, label);
      await next(page);
    }
    while (hash(page).startsWith('#tieu-chuan-')) {
      await visit(hash(page));
      if (await page.getByLabel('Số cử tri đã đi bầu').count()) {
        await page.getByLabel('Số cử tri có tên trong danh sách cử tri').fill('10000');
        await page.getByLabel('Số cử tri đã đi bầu').fill('9910');
      } else {
        await choose(page, 'Có');
      }
      await next(page);
    }
    await expect(page).toHaveURL(/#loai-tru$/);
    await visit(`#loai-tru (${kind})`);
  }
}

export const TOOL_STATES: PageState[] = [
  {
    name: '/so-luong/ with a list of nominees',
    reach: async (page) => {
      await openSeeded(page, '/so-luong/');
      await expect(page.locator('main')).toContainText(SEEDED_NOMINEE);
    },
  },
  {
    name: '/ho-so/ with a filled dossier',
    reach: async (page) => {
      await openSeeded(page, '/ho-so/');
      await expect(page.locator('main')).toContainText(SEEDED_NOMINEE);
    },
  },
  {
    name: '/ban-nhap/ with stored rows',
    reach: async (page) => {
      await openSeeded(page, '/ban-nhap/');
      await expect(page.locator('main')).toContainText(SEEDED_NOMINEE);
    },
  },
  {
    name: '/tu-kiem-tra/ summary of the answers',
    reach: async (page) => {
      await openSelfCheck(page);
      await communeToSummary(page, { voted: '9910' });
    },
  },
  {
    name: '/tu-kiem-tra/ result',
    reach: async (page) => {
      await openSelfCheck(page);
      await communeToSummary(page, { voted: '9910' });
      await page.getByRole('button', { name: 'Xem kết quả' }).click();
      await expect.poll(() => hash(page)).toBe('#ket-qua');
      await expect(page.locator('.result-panel')).toBeVisible();
    },
  },
  {
    name: '/tim-kiem/ with results',
    reach: async (page) => {
      await page.goto('/tim-kiem/?q=b%E1%BA%A7u%20c%E1%BB%AD');
      await expect(page.getByRole('status')).toContainText(/Tìm thấy \d+ trang/);
    },
  },
  {
    name: 'the header menu opened',
    reach: async (page) => {
      await page.goto('/ke-hoach/');
      const toggle = page.locator('.site-menu > summary');
      if (await toggle.isVisible()) await toggle.click();
      await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
    },
  },
];
