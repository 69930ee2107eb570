// Helpers of the self-check browser tests (/tu-kiem-tra/).
import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';

export const PATH = '/tu-kiem-tra/';
export const COMMUNE_AWARD = 'Bằng khen của Chủ tịch UBND tỉnh';

/** Opens the self-check and waits for the island. */
export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${PATH}${query}`);
  await waitForIslands(page);
  await expect(page.locator('.self-check h1')).toBeVisible();
}

export const heading = (page: Page) => page.locator('.self-check h1');
export const hash = (page: Page) => new URL(page.url()).hash;

/** Clicks "Tiếp tục" and waits for the hash to leave `from`. */
export async function next(page: Page): Promise<void> {
  const from = hash(page);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect.poll(() => hash(page)).not.toBe(from);
}

/** A radio by the start of its label (a choice's label also holds its hint). */
export const radio = (page: Page, label: string) =>
  page.getByRole('radio', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) });

/** Picks a radio by its label on a one-question step. */
export const choose = (page: Page, label: string) => radio(page, label).check();

/** Answers the question in the group named `question` (an exclusion). */
export const answerIn = (page: Page, question: RegExp | string, label: 'Có' | 'Không') =>
  page.getByRole('group', { name: question }).getByRole('radio', { name: label, exact: true }).check();

/** Runs axe on the current step, naming it in the failure. */
export const axe = async (page: Page) => expectNoAxeViolations(page, `on ${hash(page)}`);

/** Answers the first steps: award, kind of nominee and (when given) the recipient-scope question. */
export async function begin(page: Page, award: string, kind: string, inScope?: 'Có' | 'Không'): Promise<void> {
  for (const label of [award, kind, inScope]) {
    if (!label) continue;
    await choose(page, label);
    await next(page);
  }
}

/** Answers "Không" to every question on the exclusions step. */
export async function noExclusion(page: Page): Promise<void> {
  await expect(page).toHaveURL(/#loai-tru$/);
  for (const group of await page.locator('main').getByRole('group').all()) await group.getByRole('radio', { name: 'Không', exact: true }).check();
}

interface CommuneRun {
  voted: string;
  registered?: string;
  /** run axe on every step */
  checkAxe?: boolean;
}

/**
 * A commune (xã, phường) through the provincial award: in scope, every yes/no criterion met,
 * the given voter figures, no exclusion; ends on the summary page.
 */
export async function communeToSummary(page: Page, { voted, registered = '10000', checkAxe = false }: CommuneRun): Promise<void> {
  const step = async () => {
    if (checkAxe) await axe(page);
  };
  for (const label of [COMMUNE_AWARD, 'Xã, phường', 'Có']) {
    await step();
    await choose(page, label);
    await next(page);
  }
  while (hash(page).startsWith('#tieu-chuan-')) {
    await step();
    if (hash(page) === '#tieu-chuan-xa-phuong-ty-le-cu-tri') {
      await page.getByLabel('Số cử tri có tên trong danh sách cử tri').fill(registered);
      await page.getByLabel('Số cử tri đã đi bầu').fill(voted);
    } else {
      await choose(page, 'Có');
    }
    await next(page);
  }
  await step();
  await noExclusion(page);
  await next(page);
  await expect(heading(page)).toHaveText('Kiểm tra lại câu trả lời');
  await step();
}
