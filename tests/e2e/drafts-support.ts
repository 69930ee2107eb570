// Helpers of the drafts and privacy browser tests.
import { expect, type Page } from '@playwright/test';
import { DRAFTS_KEY } from '../../src/storage/drafts';
import { sampleDrafts } from '../unit/storage-fixtures';

export { DRAFTS_KEY };

/** Vietnamese with every kind of diacritic, an emoji with a variation selector, a line-less HTML look-alike. */
export const TYPED = 'Đặng Thị Ngọc Ánh — Tổ trưởng tổ bầu cử số 7, phường Ea Tam 🗳️✅👍🏽 ỹ ữ ặ ề ở';
export const HTML_LOOKING = '<img src=x onerror=alert(1)>';

/** Puts sample drafts (two nominees, one report, the unit profile) in the browser's storage. */
export async function seedDrafts(page: Page, drafts: unknown = sampleDrafts()): Promise<string> {
  const raw = JSON.stringify(drafts);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFTS_KEY, raw]);
  return raw;
}

export const storedRaw = (page: Page) => page.evaluate((key) => localStorage.getItem(key), DRAFTS_KEY);

/** Fails the test when the page opens an alert, confirm or prompt (an injected script would). */
export function failOnDialog(page: Page): void {
  page.on('dialog', async (dialog) => {
    await dialog.dismiss();
    throw new Error(`Unexpected ${dialog.type()} dialog: ${dialog.message()}`);
  });
}

/** Waits for the autosave to report "Đã lưu lúc …". */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /Đã lưu lúc/ }).first()).toBeVisible();
}

/** Adds an individual nominee through the quota planner on /so-luong/ (the unit is chosen first if needed). */
export async function addIndividual(page: Page, name: string): Promise<void> {
  const unit = page.getByLabel('Đơn vị của bạn');
  if ((await unit.inputValue()) === '') await unit.selectOption({ label: 'Sở Nội vụ' });
  await page.getByRole('radio', { name: 'Cá nhân', exact: true }).check();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Chức vụ').fill('Chuyên viên');
  await page.getByLabel('Đơn vị công tác').fill('Phòng Công tác bầu cử');
  await page.getByLabel('Năm sinh').fill('1985');
  const gender = page.getByRole('radio', { name: 'Nữ', exact: true });
  if (await gender.count()) await gender.check();
  const noLeadership = page.getByRole('group', { name: /lãnh đạo, quản lý/ }).getByRole('radio', { name: 'Không', exact: true });
  if (await noLeadership.count()) await noLeadership.check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.getByRole('heading', { name }).first()).toBeVisible();
}
