import { readFile } from 'node:fs/promises';
import { chromium, expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { chromiumLaunchOptions } from '../support/chromium';
import { DRAFTS_KEY, TYPED, addIndividual, expectSaved, failOnDialog, seedDrafts, storedRaw } from './drafts-support';

const DRAFTS_PAGE = '/ban-nhap/';

async function openDrafts(page: Page, seed = true): Promise<string | null> {
  await page.goto(DRAFTS_PAGE);
  const raw = seed ? await seedDrafts(page) : null;
  await page.reload();
  await waitForIslands(page);
  return raw;
}

const fileInput = (page: Page) => page.getByLabel('Chọn tệp bản nháp (.json)');
const upload = (page: Page, name: string, text: string) =>
  fileInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

test.describe('autosave', () => {
  test('what is typed survives a reload, every character', async ({ page }) => {
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Sở Nội vụ' });
    await page.getByRole('radio', { name: 'Cá nhân', exact: true }).check();
    await page.getByLabel('Họ và tên').fill(TYPED);
    await expectSaved(page);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Họ và tên')).toHaveValue(TYPED);
    const stored = JSON.parse((await storedRaw(page))!);
    expect(JSON.stringify(stored)).toContain(JSON.stringify(TYPED).slice(1, -1));
  });

  test('a full storage is reported, the export is offered and the screen is kept', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if ((globalThis as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await page.evaluate(() => ((globalThis as { storageFull?: boolean }).storageFull = true));
    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Sở Nội vụ' });
    await page.getByRole('radio', { name: 'Cá nhân', exact: true }).check();
    await page.getByLabel('Họ và tên').fill(TYPED);
    await expect(page.getByText('Không lưu được. Bộ nhớ của trình duyệt đã đầy.')).toBeVisible();
    await expect(page.getByLabel('Họ và tên')).toHaveValue(TYPED);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bản nháp về máy (tệp JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ban-nhap-thi-dua-2026-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(exported.format).toBe('thi-dua-bau-cu-2026/ban-nhap');
    expect(JSON.stringify(exported)).toContain(JSON.stringify(TYPED).slice(1, -1));
  });

  test('storage denied (private mode) is reported at once, and typing stays on the screen', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await expect(page.getByText(/Không lưu được. Trình duyệt không cho phép lưu trên máy này/)).toBeVisible();
    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Sở Nội vụ' });
    await page.getByRole('radio', { name: 'Cá nhân', exact: true }).check();
    await page.getByLabel('Họ và tên').fill(TYPED);
    await expect(page.getByLabel('Họ và tên')).toHaveValue(TYPED);
    await expect(page.getByRole('button', { name: 'Tải bản nháp về máy (tệp JSON)' })).toBeVisible();
  });
});

test.describe('drafts page', () => {
  test('lists what is stored, per nominee with its last change, and passes axe', async ({ page }) => {
    await openDrafts(page);
    await expect(page).toHaveTitle(/^Bản nháp trên máy này · /);
    await expect(page.getByRole('row', { name: /Thông tin đơn vị Ủy ban nhân dân phường Tân Lập/ })).toBeVisible();
    const nominees = page.getByRole('table', { name: /Đối tượng đề nghị khen thưởng \(2\)/ });
    await expect(nominees.getByRole('row', { name: /Nguyễn Thị Hồng Nhung 🌸 Cá nhân Báo cáo thành tích/ })).toBeVisible();
    await expect(nominees.getByRole('row').nth(1)).toContainText('<img src=x onerror=alert(1)>');
    await expectNoAxeViolations(page, 'drafts page with data');
  });

  test('exports everything and one nominee as JSON files with ASCII names, and imports them back', async ({ page }) => {
    await openDrafts(page);
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất toàn bộ bản nháp (tệp JSON)' }).click();
    const all = await download;
    expect(all.suggestedFilename()).toMatch(/^ban-nhap-thi-dua-2026-\d{4}-\d{2}-\d{2}\.json$/);
    const allText = await readFile((await all.path())!, 'utf8');
    expect(JSON.parse(allText)).toMatchObject({ format: 'thi-dua-bau-cu-2026/ban-nhap', version: 2, scope: 'all' });
    await expect(page.getByRole('status').filter({ hasText: `Đã tạo tệp ${all.suggestedFilename()}` })).toBeVisible();

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp của Nguyễn Thị Hồng Nhung 🌸' }).click();
    const one = await download;
    expect(one.suggestedFilename()).toMatch(/^ban-nhap-thi-dua-2026-doi-tuong-2-\d{4}-\d{2}-\d{2}\.json$/);
    const oneText = await readFile((await one.path())!, 'utf8');
    expect(JSON.parse(oneText)).toMatchObject({ scope: 'nominee', nominee: { name: 'Nguyễn Thị Hồng Nhung 🌸' } });

    // Delete the nominee, then import its file: merged back at the end of the list.
    await page.getByRole('button', { name: 'Xóa Nguyễn Thị Hồng Nhung 🌸' }).click();
    await page.getByRole('button', { name: 'Xóa đối tượng này' }).click();
    await expect(page.getByRole('table', { name: /Đối tượng đề nghị khen thưởng \(1\)/ })).toBeVisible();
    await upload(page, 'mot-doi-tuong.json', oneText);
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập Nguyễn Thị Hồng Nhung 🌸 từ tệp mot-doi-tuong.json.' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Đối tượng đề nghị khen thưởng \(2\)/ })).toBeVisible();

    // Replace everything, after confirmation.
    await page.evaluate((key) => localStorage.removeItem(key), DRAFTS_KEY);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByText('Chưa có bản nháp nào trên máy này.')).toBeVisible();
    await upload(page, 'toan-bo.json', allText);
    const confirm = page.getByRole('group', { name: 'Thay toàn bộ bản nháp bằng tệp này?' });
    await expect(confirm).toBeFocused();
    await confirm.getByRole('button', { name: 'Thay bằng nội dung tệp' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập tệp toan-bo.json' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Đối tượng đề nghị khen thưởng \(2\)/ })).toBeVisible();
  });

  test('a broken file is refused with the reason and the old drafts stay untouched', async ({ page }) => {
    const before = await openDrafts(page);
    const broken = JSON.parse(before!);
    Object.assign(broken, { format: 'thi-dua-bau-cu-2026/ban-nhap', exportedAt: new Date().toISOString(), scope: 'all' });
    broken.quotaPlan.nominees[0].type = 'robot';
    const cases: [string, string, RegExp][] = [
      ['hong.json', '{ "format": "thi-dua-bau-cu-2026/ban-nhap", ', /Tệp không phải là tệp JSON hợp lệ/],
      ['khac.json', JSON.stringify({ hello: 'world' }), /trường “format” phải là “thi-dua-bau-cu-2026\/ban-nhap”/],
      ['moi-hon.json', JSON.stringify({ ...broken, version: 7 }), /phiên bản mới hơn của trang \(phiên bản dữ liệu 7\)/],
      ['sai.json', JSON.stringify(broken), /quotaPlan\.nominees\[0\]\.type: giá trị không hợp lệ/],
    ];
    for (const [name, text, reason] of cases) {
      await upload(page, name, text);
      const summary = page.getByRole('alert').filter({ hasText: 'Không thực hiện được' });
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(`Không nhập được tệp ${name}. Bản nháp hiện có trên máy vẫn giữ nguyên.`);
      await expect(page.locator('#tep-nhap-loi')).toContainText(reason);
      expect(await storedRaw(page)).toBe(before);
    }
    await expectNoAxeViolations(page, 'drafts page with an import error');
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByRole('table', { name: /Đối tượng đề nghị khen thưởng \(2\)/ })).toBeVisible();
  });

  test('deleting everything needs a confirmation, works by keyboard and leaves the storage empty', async ({ page }) => {
    await openDrafts(page);
    await page.evaluate(() => localStorage.setItem('thi-dua-bau-cu-2026:drafts-unreadable', '{hỏng'));
    const trigger = page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' });
    await trigger.focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('group', { name: 'Xóa toàn bộ dữ liệu trên máy này?' });
    await expect(confirm).toBeFocused();
    await expectNoAxeViolations(page, 'delete-all confirmation');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(trigger).toBeFocused();
    expect(await page.evaluate(() => localStorage.length)).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await expect(confirm).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Xóa toàn bộ', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Đã xóa toàn bộ dữ liệu của trang trên máy này.' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await expect(page.getByText('Chưa có bản nháp nào trên máy này.')).toBeVisible();
    await page.reload();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('a nominee added in the planner appears on the drafts page with its last change', async ({ page }) => {
    failOnDialog(page);
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await addIndividual(page, TYPED);
    await expectSaved(page);
    await page.goto(DRAFTS_PAGE);
    await waitForIslands(page);
    const row = page.getByRole('table', { name: /Đối tượng đề nghị khen thưởng \(1\)/ }).getByRole('row', { name: new RegExp(`^1 ${TYPED.slice(0, 12)}`) });
    await expect(row).toContainText(TYPED);
    await expect(row).toContainText(/\d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
  });
});

test('the drafts page, restored by the browser Back button, shows what another page changed meanwhile', async ({ baseURL }) => {
  // Playwright turns the back/forward cache off; a real browser restores the page from it as it was left.
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  try {
    const page = await (await browser.newContext({ baseURL, locale: 'vi-VN' })).newPage();
    await openDrafts(page);
    const plan = page.getByRole('row', { name: /^Kế hoạch số lượng/ });
    await expect(plan).toContainText('Xã, phường');
    await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Sở Nội vụ' });
    await expectSaved(page);
    await page.goBack({ waitUntil: 'commit' }); // no load event: the page is restored, not loaded
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded), 'restored from the back/forward cache').toBe(true);
    await expect(plan).toContainText('Sở Nội vụ');
  } finally {
    await browser.close();
  }
});
