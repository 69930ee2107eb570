// The six ways issue 12 found to lose or jam a unit's drafts, each reproduced with the issue's own
// steps, and typing that must survive a reload. Each of these failed on the code before the fix.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import * as z from 'zod/mini';
import { drafts as draftsSchema } from '../../src/storage/drafts';
import { exportAll, exportNominee, exportUnreadable, serializeTransfer } from '../../src/storage/exportFile';
import { readTransfer } from '../../src/storage/transfer';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { SAMPLE_TEXT, sampleDrafts } from '../unit/storage-fixtures';
import { DRAFTS_KEY, expectSaved, seedDrafts, storedRaw } from './drafts-support';

const COPY_KEY = 'thi-dua-bau-cu-2026:drafts-unreadable';
const TOOL_PAGES = ['/ho-so/', '/so-luong/', '/tu-kiem-tra/'];

/** Console errors and uncaught exceptions of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const upload = (page: Page, name: string, text: string) =>
  page.getByLabel('Chọn tệp bản nháp (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

/** Opens `path` with `raw` as the stored drafts (or the sample drafts). */
async function openWith(page: Page, path: string, raw?: string) {
  await page.goto(path);
  if (raw === undefined) await seedDrafts(page);
  else await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFTS_KEY, raw]);
  await page.reload();
  await waitForIslands(page);
}

const bar = (page: Page) => page.locator('.attention-bar');
/** Answers the self-check's current question with a choice not yet made; returns that choice's id. */
async function answerSelfCheck(page: Page): Promise<string> {
  const choice = page.locator('main form input[type=radio]:not(:checked)').first();
  const id = (await choice.getAttribute('id'))!;
  await choice.check();
  return id;
}
const storedJson = async (page: Page) => JSON.parse((await storedRaw(page))!);
/** The stored text a rescue file ("Tải dữ liệu cũ về máy") keeps, checking its envelope. */
async function rescueText(download: Download): Promise<string> {
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ format: 'thi-dua-bau-cu-2026/ban-nhap', version: 2, scope: 'unreadable' });
  return file.stored;
}
const oneNomineeFile = () => JSON.parse(serializeTransfer(exportNominee(z.parse(draftsSchema, sampleDrafts()), 'n-2')!));
const wholeFile = () => JSON.parse(serializeTransfer(exportAll(z.parse(draftsSchema, sampleDrafts()))));

test('1. a one-nominee file with "id": "__proto__" is refused naming the field; /ho-so/ keeps its form', async ({ page }) => {
  const errors = watchErrors(page);
  await openWith(page, '/ban-nhap/');
  const before = await storedRaw(page);
  const file = oneNomineeFile();
  file.nominee.id = '__proto__';
  await upload(page, 'mot-doi-tuong.json', JSON.stringify(file));
  await expect(page.getByRole('alert').filter({ hasText: 'Không nhập được tệp mot-doi-tuong.json' })).toBeFocused();
  await expect(page.locator('#tep-nhap-loi')).toContainText('nominee.id: mã không hợp lệ');
  await expect(page.getByText(/^Đã nhập/)).toHaveCount(0);
  expect(await storedRaw(page)).toBe(before);

  await page.goto('/ho-so/');
  await waitForIslands(page);
  await expect(page.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('Ủy ban nhân dân phường Tân Lập');
  await expect(page.getByRole('heading', { name: /Nguyễn Thị Hồng Nhung/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('2. "constructor" inside dossier.reports is refused on import; written straight into storage, it is said to be the data, and saving goes on', async ({ page }) => {
  const errors = watchErrors(page);
  await openWith(page, '/ban-nhap/');
  const before = await storedRaw(page);
  const file = wholeFile();
  file.dossier.reports.constructor = { sections: { a: 'b' } };
  await upload(page, 'toan-bo.json', JSON.stringify(file));
  await expect(page.locator('#tep-nhap-loi')).toContainText('dossier.reports.constructor: mã không hợp lệ');
  await expect(page.getByRole('group', { name: 'Thay toàn bộ bản nháp bằng tệp này?' })).toHaveCount(0);
  expect(await storedRaw(page)).toBe(before);

  // The same data written straight into storage.
  const stored = JSON.parse(before!);
  stored.dossier.reports.constructor = { sections: { a: 'b' } };
  const raw = JSON.stringify(stored);
  for (const path of TOOL_PAGES) {
    await openWith(page, path, raw);
    await expect(bar(page)).toContainText('Một phần bản nháp lưu trên máy này không đọc được');
    // named as the pages name it, never as a code path
    await expect(bar(page).getByRole('listitem')).toHaveText(['Báo cáo mã “constructor”: mã không hợp lệ']);
    await expect(bar(page)).not.toContainText('dossier.reports');
    await expect(bar(page).getByRole('button', { name: 'Tải dữ liệu cũ về máy' })).toBeVisible();
  }
  // /tu-kiem-tra/ is open: a copy is kept, so answering saves, and nothing blames the browser
  await bar(page).getByRole('button', { name: 'Để sau' }).click();
  await expect(bar(page)).toHaveCount(0);
  await answerSelfCheck(page);
  await expectSaved(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), COPY_KEY)).toBe(raw);
  await page.goto('/ho-so/');
  await waitForIslands(page);
  await page.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường');
  await expectSaved(page);
  await expect(page.getByText(/lỗi của trình duyệt|Trình duyệt báo lỗi/)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test.describe('3. two tabs', () => {
  test('a tab with no edits takes the other tab’s edit quietly; its own edit of another field keeps it', async ({ context }) => {
    const a = await context.newPage();
    await openWith(a, '/ho-so/');
    const b = await context.newPage();
    await b.goto('/ho-so/');
    await waitForIslands(b);
    await a.getByLabel('Tên đơn vị', { exact: true }).fill('Sở Nội vụ tỉnh Đắk Lắk');
    await expectSaved(a);
    await expect(b.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('Sở Nội vụ tỉnh Đắk Lắk');
    await expect(b.getByText(/thẻ khác/)).toHaveCount(0);
    await expect(bar(b)).toHaveCount(0);
    await expect(b.getByRole('button', { name: /ghi đè/ })).toHaveCount(0);

    await b.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường Sở Nội vụ');
    await expectSaved(b);
    const stored = await storedJson(b);
    expect(stored.dossier.profile.unitName).toBe('Sở Nội vụ tỉnh Đắk Lắk');
    expect(stored.dossier.meeting.venue).toBe('Hội trường Sở Nội vụ');
    await expect(a.getByLabel('Địa điểm họp', { exact: true })).toHaveValue('Hội trường Sở Nội vụ');
    await expect(a.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('Sở Nội vụ tỉnh Đắk Lắk');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 } });

    test('the same field changed in both tabs is asked about in a bar in view, next to where the user types; nothing is reverted silently', async ({ context }) => {
      const a = await context.newPage();
      await openWith(a, '/ho-so/');
      const b = await context.newPage();
      await b.goto('/ho-so/');
      await waitForIslands(b);
      const field = (page: Page) => page.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').last();
      await expect(field(b)).toBeVisible();
      // Time stands still from here, so that B's edit is not saved yet when A's arrives.
      await context.clock.install();
      await context.clock.pauseAt(Date.now() + 60_000);
      await field(b).fill('Bản của thẻ B, đang gõ');
      await field(a).fill('Bản của thẻ A');
      await a.evaluate(() => dispatchEvent(new Event('pagehide'))); // A saves now
      expect((await storedJson(a)).dossier.reports['n-2'].sections['thanh-tich']).toBe('Bản của thẻ A');

      const question = bar(b);
      await expect(question).toContainText('Một thẻ khác vừa sửa đúng chỗ bạn đang sửa');
      await expect(question).toContainText('“Bản của thẻ A”');
      await expect(question).toContainText('“Bản của thẻ B, đang gõ”');
      // in view on the phone, and the field typed in is not hidden behind it
      const box = (await question.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
      const fieldBox = (await field(b).boundingBox())!;
      expect(fieldBox.y).toBeLessThan(box.y);
      await expect(field(b)).toHaveValue('Bản của thẻ B, đang gõ');

      // B's autosave does not write over A's version while the question is open
      await context.clock.runFor(2000);
      expect((await storedJson(b)).dossier.reports['n-2'].sections['thanh-tich']).toBe('Bản của thẻ A');
      await context.clock.resume();
      await expectNoAxeViolations(b, 'the question about a field changed in two tabs');
      await question.getByRole('button', { name: 'Giữ bản của tôi' }).click();
      await expect(question).toHaveCount(0);
      expect((await storedJson(b)).dossier.reports['n-2'].sections['thanh-tich']).toBe('Bản của thẻ B, đang gõ');
      await expect(field(a)).toHaveValue('Bản của thẻ B, đang gõ');
    });
  });
});

test.describe('4. unreadable stored drafts are said at once, with their download, on every page', () => {
  for (const [name, raw] of [
    ['invalid JSON', '{"version": 2, "quotaPlan": '],
    ['another version', '{"version": 99}'],
    ['null', 'null'],
    ['a list', '[]'],
    ['a number', '42'],
  ] as const) {
    test(name, async ({ page }) => {
      const errors = watchErrors(page);
      for (const path of TOOL_PAGES) {
        await openWith(page, path, raw);
        await expect(bar(page), path).toContainText('Bản nháp lưu trên máy này không đọc được');
        const download = page.waitForEvent('download');
        await bar(page).getByRole('button', { name: 'Tải dữ liệu cũ về máy' }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/^ban-nhap-khong-doc-duoc-\d{4}-\d{2}-\d{2}\.json$/);
        // the stored text exactly, in the envelope the import of /ban-nhap/ reads
        expect(await rescueText(file)).toBe(raw);
      }
      // the PDF page only reads the drafts: it says so, and where the old data is downloaded
      await openWith(page, '/ho-so/nop-ban-pdf/', raw);
      const notice = page.getByRole('alert').filter({ hasText: 'Bản nháp trên máy này không đọc được, nên trang không lấy được danh sách đề nghị từ đó.' });
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('link', { name: 'Bản nháp', exact: true })).toHaveAttribute('href', '/ban-nhap/');
      await openWith(page, '/ban-nhap/', raw);
      await expect(page.getByText('Bản nháp lưu trên máy này không đọc được')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Tải dữ liệu cũ về máy' })).toBeVisible();
      await expect(page.getByText('Chưa có bản nháp nào trên máy này.')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('5. drafts read in part are never written over without a copy', () => {
  /** Drafts as the site writes them, with a 3,000,000-character report section. */
  const longDrafts = (wrongType: boolean) => {
    const stored = JSON.parse(JSON.stringify(z.parse(draftsSchema, { ...sampleDrafts(), revision: 3, savedAt: '2026-11-20T08:00:00.000Z' })));
    stored.dossier.reports['n-2'].sections['thanh-tich'] = 'Thành tích. '.repeat(250_000);
    if (wrongType) stored.dossier.reports['n-2'].votesInFavour = 7;
    return JSON.stringify(stored);
  };
  const sameAsStored = (page: Page, raw: string) =>
    page.evaluate(([key, expected]) => localStorage.getItem(key!) === expected, [DRAFTS_KEY, raw] as const);

  test('one wrong-typed field: saving waits, says why, and goes on once the old data is downloaded', async ({ page }) => {
    test.setTimeout(90_000);
    const raw = longDrafts(true);
    expect(raw.length).toBeGreaterThan(3_000_000);
    await openWith(page, '/tu-kiem-tra/', raw);
    await expect(bar(page)).toContainText('tạm ngừng lưu để không ghi đè');
    await answerSelfCheck(page);
    await expect(page.getByText(/^Không lưu được\. Bản nháp cũ trên máy không đọc được và không còn chỗ/)).toBeVisible();
    await expect(page.getByText(/Đã lưu lúc/)).toHaveCount(0);
    expect(await sameAsStored(page, raw)).toBe(true);

    await expect(bar(page).getByRole('listitem')).toHaveText(['Số phiếu đồng ý của báo cáo “Nguyễn Thị Hồng Nhung 🌸”: sai kiểu dữ liệu']);
    const download = page.waitForEvent('download');
    await bar(page).getByRole('button', { name: 'Tải dữ liệu cũ về máy' }).click();
    expect((await rescueText(await download)) === raw).toBe(true);
    await expectSaved(page);
    await expect(bar(page)).toHaveCount(0);
    const stored = await storedJson(page);
    expect(stored.selfChecks.current).not.toEqual(JSON.parse(raw).selfChecks.current);
    // only the wrong-typed field is left out (it is in the file downloaded): the report, its long section and the profile stay
    expect(stored.dossier.reports['n-2'].sections['thanh-tich']).toHaveLength(3_000_000);
    expect(stored.dossier.reports['n-2'].votesInFavour).toBe('');
    expect(stored.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(stored.quotaPlan.nominees).toHaveLength(2);
  });

  test('the same drafts without the wrong-typed field are kept whole, the long section included', async ({ page }) => {
    test.setTimeout(90_000);
    const raw = longDrafts(false);
    await openWith(page, '/tu-kiem-tra/', raw);
    await answerSelfCheck(page);
    await expectSaved(page);
    await expect(bar(page)).toHaveCount(0);
    const length = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).dossier.reports['n-2'].sections['thanh-tich'].length, DRAFTS_KEY);
    expect(length).toBe(3_000_000);
  });
});

test('6. after "delete everything" in one tab, another /ho-so/ tab shows the deletion and re-creates nothing unless asked', async ({ context }) => {
  const form = await context.newPage();
  await openWith(form, '/ho-so/');
  await expect(form.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('Ủy ban nhân dân phường Tân Lập');
  const drafts = await context.newPage();
  await drafts.goto('/ban-nhap/');
  await waitForIslands(drafts);
  await drafts.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }).click();
  await drafts.getByRole('button', { name: 'Xóa toàn bộ', exact: true }).click();
  await expect(drafts.getByText('Đã xóa toàn bộ dữ liệu của trang trên máy này.')).toBeVisible();

  await expect(form.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('');
  await expect(form.getByRole('heading', { name: /Nguyễn Thị Hồng Nhung/ })).toHaveCount(0);
  await expect(bar(form)).toContainText('Bản nháp đã bị xóa ở một thẻ khác');
  await expect(form.getByRole('button', { name: 'Lưu lại bản đang hiển thị' })).toHaveCount(0);
  await form.bringToFront();
  await form.waitForTimeout(1000);
  expect(await form.evaluate(() => localStorage.length)).toBe(0);

  await bar(form).getByRole('button', { name: /^Tạo lại bản nháp của trang này/ }).click();
  await expectSaved(form);
  await expect(form.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('Ủy ban nhân dân phường Tân Lập');
  expect((await storedJson(form)).dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
});

test('typing survives a reload within 300 ms, on every tool page', async ({ page }) => {
  await openWith(page, '/ho-so/');
  await page.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường tầng 2');
  await page.waitForTimeout(100);
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Địa điểm họp', { exact: true })).toHaveValue('Hội trường tầng 2');

  await page.goto('/so-luong/');
  await waitForIslands(page);
  await page.getByRole('radio', { name: 'Cá nhân', exact: true }).check();
  await page.getByLabel('Họ và tên').fill('Đặng Thị Ngọc Ánh');
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Đặng Thị Ngọc Ánh');

  await page.goto('/tu-kiem-tra/');
  await waitForIslands(page);
  const answer = await answerSelfCheck(page);
  await page.reload();
  await waitForIslands(page);
  await expect(page.locator(`[id="${answer}"]`)).toBeChecked();
});

// The audit of the fixes above: parts emptied by one wrong field, a rescue file that could not be
// brought back, and saving that stopped silently when the page could not fetch one of its parts.
test.describe('audit of issue 12', () => {
  /** The sample drafts as the site stores them, with one wrong-typed field and a reserved key among the reports. */
  const partlyWrong = () => {
    const stored = JSON.parse(JSON.stringify(z.parse(draftsSchema, sampleDrafts())));
    stored.dossier.reports['n-2'].votesInFavour = 7;
    stored.dossier.reports.constructor = { sections: { a: 'b' } };
    return JSON.stringify(stored);
  };
  const DROPPED = ['Số phiếu đồng ý của báo cáo “Nguyễn Thị Hồng Nhung 🌸”: sai kiểu dữ liệu', 'Báo cáo mã “constructor”: mã không hợp lệ'];

  test('one wrong field costs that field only: /ho-so/ shows the unit and the report, the notice names what is left out, a keystroke after “Để sau” keeps the rest', async ({ page }) => {
    const errors = watchErrors(page);
    await openWith(page, '/ho-so/', partlyWrong());
    await expect(bar(page)).toContainText('Một phần bản nháp lưu trên máy này không đọc được');
    await expect(bar(page).getByRole('listitem')).toHaveText(DROPPED);
    await expect(page.getByLabel('Tên đơn vị', { exact: true })).toHaveValue('Ủy ban nhân dân phường Tân Lập');
    await expect(page.getByRole('heading', { name: /Nguyễn Thị Hồng Nhung/ })).toBeVisible();
    await expect(page.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').last()).toHaveValue(SAMPLE_TEXT);
    await expectNoAxeViolations(page, 'the notice of drafts read in part');
    await bar(page).getByRole('button', { name: 'Để sau' }).click();
    await page.getByLabel('Địa điểm họp', { exact: true }).fill('Hội trường');
    await expectSaved(page);
    const stored = await storedJson(page);
    expect(stored.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(stored.dossier.reports['n-2'].sections['thanh-tich']).toBe(SAMPLE_TEXT);
    expect(Object.keys(stored.dossier.reports)).toEqual(['n-2']);
    expect(stored.quotaPlan.nominees).toHaveLength(2);
    expect(stored.dossier.meeting.venue).toBe('Hội trường');
    expect(errors).toEqual([]);
  });

  test('the rescue file downloaded on a tool page is imported on /ban-nhap/: what is left out is named before anything is replaced, the rest comes back', async ({ page }) => {
    const errors = watchErrors(page);
    const raw = partlyWrong();
    await openWith(page, '/tu-kiem-tra/', raw);
    const download = page.waitForEvent('download');
    await bar(page).getByRole('button', { name: 'Tải dữ liệu cũ về máy' }).click();
    const rescue = await download;
    const file = { name: rescue.suggestedFilename(), mimeType: 'application/json', buffer: await readFile((await rescue.path())!) };

    // later, on a computer whose drafts are other ones
    await page.evaluate(() => localStorage.clear());
    await openWith(page, '/ban-nhap/', JSON.stringify({ version: 2, dossier: { profile: { unitName: 'Đơn vị khác' } } }));
    const before = await storedRaw(page);
    await page.getByLabel('Chọn tệp bản nháp (.json)').setInputFiles(file);
    const confirm = page.getByRole('group', { name: 'Thay toàn bộ bản nháp bằng tệp này?' });
    await expect(confirm).toBeFocused();
    await expect(confirm).toContainText('có 2 đối tượng, đơn vị Ủy ban nhân dân phường Tân Lập');
    await expect(confirm).toContainText('Tệp này giữ một bản nháp cũ không đọc được trọn vẹn');
    await expect(confirm.getByRole('listitem')).toHaveText(DROPPED);
    expect(await storedRaw(page)).toBe(before);
    await expectNoAxeViolations(page, 'the confirmation of a rescue file');
    await confirm.getByRole('button', { name: 'Thay bằng nội dung tệp' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Đã nhập tệp ${file.name}: bản nháp trên máy đã được thay bằng nội dung của tệp (2 đối tượng).` })).toBeVisible();
    const stored = await storedJson(page);
    expect(stored.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(stored.dossier.reports['n-2'].sections['thanh-tich']).toBe(SAMPLE_TEXT);
    expect(stored.quotaPlan.nominees.map((n: { id: string }) => n.id)).toEqual(['n-1', 'n-2']);
    expect(stored.selfChecks.current.award).toBe('bang-khen-chu-tich-ubnd-tinh');

    // a rescue file of which nothing can be read is refused, saying why, and changes nothing
    const after = await storedRaw(page);
    await upload(page, 'khong-doc-duoc.json', serializeTransfer(exportUnreadable('{"version": 99}')));
    await expect(page.locator('#tep-nhap-loi')).toContainText('Tệp giữ một bản nháp cũ nhưng không đọc được phần nào: bản nháp được lưu bởi phiên bản mới hơn');
    expect(await storedRaw(page)).toBe(after);
    expect(errors).toEqual([]);
  });

  test('when the notice about old drafts cannot be fetched, the page says so and keeps them; it shows once it can', async ({ page }) => {
    const raw = partlyWrong();
    await page.route('**/_astro/OldDrafts.*.js', (route) => route.abort('internetdisconnected'));
    await openWith(page, '/tu-kiem-tra/', raw);
    await expect(bar(page)).toContainText('Bản nháp lưu trên máy này không đọc được trọn vẹn, nhưng trang chưa tải được phần hiển thị thông báo về bản nháp đó');
    await expect(bar(page)).toContainText('Bản nháp cũ vẫn còn nguyên trên máy');
    expect(await page.evaluate((key) => localStorage.getItem(key), COPY_KEY)).toBe(raw);
    await page.unroute('**/_astro/OldDrafts.*.js');
    // the next change of state fetches it again
    await answerSelfCheck(page);
    await expect(bar(page).getByRole('listitem')).toHaveText(DROPPED);

    await page.route('**/_astro/OldDrafts.*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/ban-nhap/');
    await waitForIslands(page);
    await expect(page.getByRole('alert').filter({ hasText: 'Trên máy này có bản nháp cũ không đọc được trọn vẹn (vẫn còn nguyên)' })).toBeVisible();
  });

  test('when the page cannot fetch a part it needs after load, it says so with the download instead of “Đang lưu…” for ever, and saves again once it can', async ({ context }) => {
    const form = await context.newPage();
    await openWith(form, '/ho-so/');
    const venue = form.getByLabel('Địa điểm họp', { exact: true });
    await expect(venue).toBeVisible();
    // offline, or the site updated since the page was opened: its chunks can no longer be fetched
    await form.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'));

    // another tab deletes the drafts: taking that in needs a part this tab has not fetched yet
    const drafts = await context.newPage();
    await drafts.goto('/ban-nhap/');
    await waitForIslands(drafts);
    await drafts.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' }).click();
    await drafts.getByRole('button', { name: 'Xóa toàn bộ', exact: true }).click();
    await expect(drafts.getByText('Đã xóa toàn bộ dữ liệu của trang trên máy này.')).toBeVisible();

    const line = form.getByRole('alert').filter({ hasText: 'Không lưu được.' });
    await expect(line).toHaveText(
      'Không lưu được. Trang chưa tải được một phần cần cho việc lưu (có thể do mất mạng hoặc trang vừa được cập nhật). Hãy tải bản nháp về máy rồi tải lại trang.',
    );
    // typing on: tried again, said again, never left at "Đang lưu…"
    await venue.fill('Hội trường tầng 2');
    await expect(line).toBeVisible();
    await expect(form.getByText('Đang lưu…')).toHaveCount(0);
    const download = form.waitForEvent('download');
    await form.getByRole('button', { name: 'Tải bản nháp về máy (tệp JSON)' }).click();
    const file = await readFile((await (await download).path())!, 'utf8');
    const read = readTransfer(file);
    if (!read.ok || read.scope !== 'all') throw new Error('the file downloaded must import');
    expect(read.drafts.dossier.profile.unitName).toBe('Ủy ban nhân dân phường Tân Lập');
    expect(read.drafts.dossier.meeting.venue).toBe('Hội trường tầng 2');
    await expectNoAxeViolations(form, 'the save status when a part cannot be fetched');
    // the deletion is not undone behind the user's back
    expect(await form.evaluate(() => localStorage.length)).toBe(0);

    // back online: the next keystroke fetches the part, and the deletion is shown as one
    await form.unroute('**/_astro/*.js');
    await venue.fill('Hội trường tầng 3');
    await expect(bar(form)).toContainText('Bản nháp đã bị xóa ở một thẻ khác');
    await expect(line).toHaveCount(0);
    expect(await form.evaluate(() => localStorage.length)).toBe(0);
  });
});
