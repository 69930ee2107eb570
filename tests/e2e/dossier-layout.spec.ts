// /ho-so/ as a unit works through it (issue 13): a task list that says what is left in each part
// and stays in view on a wide screen, the generation one click away, the buttons disabled while a
// file is made (keeping keyboard focus), errors that never take focus while typing, the next step
// to the one-PDF dossier, limits on the dossier's texts, and typing in one report that renders
// nothing else of the form.
import { expect, test, type Page } from '@playwright/test';
import { completeDrafts, person } from '../fixtures/dossierDrafts';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { expectNoSideScroll } from '../support/sideScroll';

const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';

/** Opens /ho-so/ with these drafts stored (once: a reload keeps what the page saved). */
async function openWith(page: Page, change: (drafts: ReturnType<typeof completeDrafts>) => void = () => {}) {
  const drafts = completeDrafts();
  change(drafts);
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    },
    [DRAFTS_KEY, JSON.stringify(drafts)] as const,
  );
  await page.goto('/ho-so/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: '4. Báo cáo thành tích' })).toBeVisible();
  // the editors below the first screen are loaded right after the page renders
  await expect(page.getByRole('region', { name: `${person.name} (Cá nhân)` })).toBeVisible();
}

const taskList = (page: Page) => page.getByRole('navigation', { name: 'Các phần của hồ sơ' });
const statusOf = (page: Page, part: string) => taskList(page).getByRole('listitem').filter({ hasText: part }).locator('.dossier-progress__status');

const inViewport = async (page: Page, selector: ReturnType<Page['locator']>) => {
  const box = await selector.boundingBox();
  const height = page.viewportSize()!.height;
  return !!box && box.y >= 0 && box.y + box.height <= height;
};

test.describe('the dossier builder as a task list', () => {
  test('the task list says what is left in each part, links to it, and follows what is typed', async ({ page }) => {
    await openWith(page, (drafts) => {
      drafts.dossier.profile.unitSymbol = '';
      drafts.dossier.meeting.venue = '';
    });
    await expect(statusOf(page, '1. Thông tin đơn vị')).toHaveText('Còn 1 mục cần điền hoặc sửa');
    await expect(statusOf(page, '2. Danh sách đề nghị')).toHaveText('Đã đủ');
    await expect(statusOf(page, '3. Cuộc họp xét khen thưởng')).toHaveText('Còn 1 mục cần điền hoặc sửa');
    await expect(statusOf(page, '4. Báo cáo thành tích')).toHaveText('Đã đủ');
    await expect(statusOf(page, '5. Tạo hồ sơ')).toHaveText('Chưa tạo được: còn 2 lỗi cần sửa');
    await expectNoAxeViolations(page, '/ho-so/ with its task list');

    await taskList(page).getByRole('link', { name: '3. Cuộc họp xét khen thưởng và tờ trình' }).click();
    await expect(page).toHaveURL(/#hs-phan-cuoc-hop$/);
    expect(await inViewport(page, page.getByRole('heading', { name: '3. Cuộc họp xét khen thưởng và tờ trình' }))).toBe(true);
    await page.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường Ủy ban nhân dân xã');
    await expect(statusOf(page, '3. Cuộc họp xét khen thưởng')).toHaveText('Đã đủ');
    await expect(statusOf(page, '5. Tạo hồ sơ')).toHaveText('Chưa tạo được: còn 1 lỗi cần sửa');
    // every part ends with the way on and back to the list
    await expect(page.getByRole('link', { name: 'Về danh sách các phần' })).toHaveCount(5);
    await expect(page.getByRole('link', { name: 'Tiếp theo: 4. Báo cáo thành tích' })).toBeVisible();
  });

  test('on a wide screen the task list stays in view, and the generation is one click away', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openWith(page);
    await page.getByRole('region', { name: `${person.name} (Cá nhân)` }).getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').scrollIntoViewIfNeeded();
    expect(await inViewport(page, taskList(page))).toBe(true);
    await taskList(page).getByRole('link', { name: '5. Tạo hồ sơ' }).click();
    expect(await inViewport(page, page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }))).toBe(true);
  });

  test('on a phone the task list opens the builder, and leads to the generation in one click', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openWith(page);
    await page.getByRole('heading', { name: 'Lập hồ sơ', exact: true }).scrollIntoViewIfNeeded();
    await expect(taskList(page).getByRole('link', { name: '5. Tạo hồ sơ' })).toBeVisible();
    await taskList(page).getByRole('link', { name: '5. Tạo hồ sơ' }).click();
    expect(await inViewport(page, page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }))).toBe(true);
    await expectNoSideScroll(page, '/ho-so/ on a phone, at the generation');
  });

  test('on a phone the way to the builder is on the first screen, and the way back to the task list stays in view', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openWith(page);
    await page.evaluate(() => scrollTo(0, 0));
    const skip = page.getByRole('link', { name: 'Đi tới phần lập hồ sơ' });
    expect(await inViewport(page, skip)).toBe(true);
    // the task list's items carry the parts' numbers once ("1. Thông tin đơn vị", not "1. 1. …")
    expect(await taskList(page).locator('ul').evaluate((list) => getComputedStyle(list).listStyleType)).toBe('none');
    const jump = page.getByRole('link', { name: 'Các phần của hồ sơ' });
    await page.getByRole('region', { name: `${person.name} (Cá nhân)` }).getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').focus();
    expect(await inViewport(page, jump)).toBe(true);
    // the field being typed in is never under the bar
    const field = await page.getByRole('region', { name: `${person.name} (Cá nhân)` }).getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').boundingBox();
    const bar = await page.locator('.dossier-jump').boundingBox();
    expect(field!.y).toBeLessThan(bar!.y);
    await jump.click();
    await expect(page).toHaveURL(/#hs-tien-do$/);
    expect(await inViewport(page, taskList(page).getByRole('link', { name: '1. Thông tin đơn vị' }))).toBe(true);
    await expectNoAxeViolations(page, '/ho-so/ on a phone with the way back to the task list');
    await expectNoSideScroll(page, '/ho-so/ on a phone with the way back to the task list');
  });

  test('before signing, the warnings name what to look at: a name that contradicts the category, votes of no more than half', async ({ page }) => {
    await openWith(page, (drafts) => {
      drafts.dossier.profile.unitName = 'Sở Nội vụ';
      drafts.dossier.reports[person.id]!.votesInFavour = '4';
    });
    const warnings = page.locator('.dossier-warnings');
    await expect(warnings.getByRole('heading', { name: 'Lưu ý trước khi ký' })).toBeVisible();
    await expect(warnings.getByRole('link', { name: /không phải tên của một xã, phường/ })).toBeVisible();
    await expect(warnings.getByRole('link', { name: `“${person.name}” được 4/8 phiếu đồng ý (50%), chưa đạt mức quá 50% số thành viên Hội đồng có mặt đồng ý: Sở Nội vụ có thể trả lại đề nghị này. Kiểm tra lại số phiếu, hoặc bỏ khỏi danh sách ở trang Số lượng.` })).toBeVisible();
    // the documents are still made
    await expect(statusOf(page, '5. Tạo hồ sơ')).toHaveText('Sẵn sàng');
    await warnings.getByRole('link', { name: /4\/8 phiếu đồng ý/ }).click();
    await expect(page.locator(':focus, :target').first()).toBeVisible();
    await expectNoAxeViolations(page, '/ho-so/ with warnings before signing');
  });

  test('while a file is made, every button that makes one is disabled and the status says so', async ({ page }) => {
    await openWith(page);
    // the document builders take their time: the first file waits for them
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/documents\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const buttons = page.locator('.dossier-builder button').filter({ hasText: /^(Tạo Tờ trình|Tạo Danh sách|Tạo Biên bản|Tải toàn bộ hồ sơ \(ZIP\)|Tạo báo cáo \(DOCX\))/ });
    await expect(buttons).toHaveCount(6);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    await expect(page.getByText('Đang tạo tệp…')).toBeVisible();
    for (const button of await buttons.all()) await expect(button).toBeDisabled();
    release();
    await downloading;
    await expect(page.getByText(/^Đã tạo tệp ho-so-de-nghi-khen-thuong-.*\.zip\./)).toBeVisible();
    for (const button of await buttons.all()) await expect(button).toBeEnabled();
  });

  test('a button pressed from the keyboard keeps focus while its file is made, and after', async ({ page }) => {
    await openWith(page);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/documents\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const zip = page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' });
    await zip.focus();
    const downloading = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Đang tạo tệp…')).toBeVisible();
    await expect(zip).toBeFocused();
    // pressed again while busy: nothing more is made
    await page.keyboard.press('Enter');
    release();
    await downloading;
    await expect(page.getByText(/^Đã tạo tệp ho-so-de-nghi-khen-thuong-.*\.zip\./)).toBeVisible();
    await expect(zip).toBeFocused();
  });

  test('errors that come back while typing never take focus from the field, and the status follows the fixes', async ({ page }) => {
    await openWith(page);
    const venue = page.getByLabel('Địa điểm họp');
    await venue.fill('');
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Hồ sơ chưa thống nhất' });
    await expect(summary).toBeFocused();
    const status = page.locator('.dossier-status').filter({ hasText: 'Chưa tạo được tệp' });
    await expect(status).toHaveText('Chưa tạo được tệp: còn 1 lỗi cần sửa (xem danh sách ở đầu phần lập hồ sơ).');
    // fixed: the summary and the status go once the check has run again
    await venue.fill('Hội trường');
    await expect(summary).toBeHidden();
    await expect(status).toHaveCount(0);
    // emptied again while typing: the error shows, but focus stays and no key is lost
    await venue.fill('');
    await expect(summary).toBeVisible();
    await page.waitForTimeout(500);
    await expect(venue).toBeFocused();
    await page.keyboard.type('Hội trường UBND', { delay: 30 });
    await expect(venue).toHaveValue('Hội trường UBND');
  });

  test('the list summary counts down to its limit; an earlier award wrong in one cell is shown at that cell', async ({ page }) => {
    await openWith(page, (drafts) => (drafts.dossier.reports[person.id]!.earlierAwards[0]!.year = '1e309'));
    const summaryField = page.getByRole('group', { name: `${person.name} (Cá nhân)` }).getByLabel('Tóm tắt thành tích (ghi vào danh sách đề nghị)');
    await summaryField.fill('Hoàn thành xuất sắc nhiệm vụ. '.repeat(48).trim());
    await expect(page.getByText('Còn 61 ký tự')).toBeVisible();
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Hồ sơ chưa thống nhất' });
    const line = summary.getByRole('link', { name: /hình thức khen thưởng thứ 1: Năm khen thưởng phải gồm 4 chữ số/ });
    await expect(line).toBeVisible();
    await line.click();
    const year = page.getByRole('region', { name: `${person.name} (Cá nhân)` }).getByRole('group', { name: 'Hình thức khen thưởng thứ 1' }).getByLabel('Năm');
    await expect(year).toBeFocused();
    await expect(year).toHaveAccessibleDescription(/Năm khen thưởng phải gồm 4 chữ số/);
    await expectNoAxeViolations(page, '/ho-so/ with an earlier award wrong and a summary near its limit');
  });

  test('the last part names the next step: the one-PDF dossier', async ({ page }) => {
    await openWith(page);
    const next = page.locator('.dossier-next');
    await expect(next).toContainText('Bước tiếp theo:');
    await expect(next.getByRole('link', { name: 'ghép hồ sơ thành một tệp PDF' })).toHaveAttribute('href', '/ho-so/nop-ban-pdf/');
    await expect(taskList(page).getByRole('link', { name: '6. Ghép các văn bản đã ký thành một tệp PDF' })).toHaveAttribute('href', '/ho-so/nop-ban-pdf/');
  });

  test("a unit's name over its limit gets a countdown and is refused with its length, the typing kept", async ({ page }) => {
    await openWith(page);
    const long = 'Ủy ban nhân dân xã Ea Kar tỉnh Đắk Lắk '.repeat(7).trim();
    const field = page.getByLabel('Tên đơn vị', { exact: true });
    await field.fill(long);
    const length = [...long].length;
    await expect(page.getByText(`Quá ${length - 200} ký tự (tối đa 200)`)).toBeVisible();
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Hồ sơ chưa thống nhất' });
    await expect(summary).toContainText(`Tên đơn vị quá dài: ${length} ký tự, tối đa 200. Hãy rút gọn.`);
    await expect(field).toHaveValue(long);
    await expectNoAxeViolations(page, '/ho-so/ with a name over its limit');
  });

  test('typing in one report renders nothing else of the form', async ({ page }) => {
    await openWith(page);
    const report = page.getByRole('region', { name: `${person.name} (Cá nhân)` });
    const box = report.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC');
    // the first check has run (on a busy machine it may come after the editors)
    await expect(statusOf(page, '5. Tạo hồ sơ')).toHaveText('Sẵn sàng');
    await box.click();
    await page.keyboard.press('End');
    // a change anywhere in the form but this report (a text, an attribute, an element) is recorded
    await page.evaluate((reportId) => {
      const form = document.querySelector('.dossier-form')!;
      const own = document.getElementById(reportId)!.closest('section')!;
      const outside: string[] = [];
      (window as unknown as { outside: string[] }).outside = outside;
      new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          if (node && !own.contains(node)) outside.push(`${record.type} ${node.tagName} ${node.id || node.className}`);
        }
      }).observe(form, { subtree: true, childList: true, attributes: true, characterData: true });
    }, (await report.getAttribute('aria-labelledby'))!);
    await page.keyboard.type(' Thêm một câu về kết quả bầu cử.', { delay: 20 });
    // the check runs once typing pauses: it finds nothing new, so nothing else changes either
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => (window as unknown as { outside: string[] }).outside)).toEqual([]);
    await expect(box).toHaveValue(/Thêm một câu về kết quả bầu cử\.$/);
  });
});
