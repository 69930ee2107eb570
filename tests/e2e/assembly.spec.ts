// The signed dossier as one PDF, in the browser: from the dossier drafts to the downloaded file,
// checked with qpdf and poppler; bad files each get their message while the others are kept;
// keyboard, axe, 360 px, and nothing sent off the origin or written to the storage.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_MISSING } from '../../src/dossier/unitChoice';
import { readDossierData } from '../../src/schemas/dossierData';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { COLLECTIVE, PERSON, UNIT, assemblyDrafts, assemblyFiles, run, type AssemblyFiles, type TestFile } from './assembly-support';
import { DRAFTS_KEY } from './drafts-support';
import { watchPage } from './site-support';

const PATH = '/ho-so/nop-ban-pdf/';
const TITLES = [
  'Tờ trình đề nghị khen thưởng',
  'Danh sách đề nghị khen thưởng',
  'Biên bản họp xét khen thưởng',
  `Báo cáo thành tích của ${COLLECTIVE}`,
  `Báo cáo thành tích của ${PERSON}`,
  'Các văn bản liên quan',
];

let files: AssemblyFiles;
test.beforeAll(async () => {
  files = await assemblyFiles();
});


const slot = (page: Page, position: number) => page.locator('.assembly-slot').nth(position - 1);
const pick = (page: Page, position: number, chosen: TestFile[]) =>
  page.getByLabel(new RegExp(`^(Chọn|Thêm) tệp cho mục ${position}:`)).setInputFiles(chosen);
const fileItem = (page: Page, name: string) => page.locator('.assembly-file').filter({ has: page.locator('.assembly-file__name', { hasText: name }) });

async function openWithDrafts(page: Page) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFTS_KEY, JSON.stringify(assemblyDrafts())]);
  await page.goto(PATH);
  await waitForIslands(page);
}

test('from the dossier drafts to one downloaded PDF: slots, bad files, previews, merge, and the file read back by qpdf and poppler', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const { foreign, errors, violations } = await watchPage(page, new URL(baseURL!).origin);
  await openWithDrafts(page);
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));

  // The slots, in the reviewer's order, from the drafts (the collective first although listed second).
  await expect(page.locator('.assembly-slot h3')).toHaveText(TITLES.map((title, index) => new RegExp(`^${index + 1}\\. ${title} \\((bắt buộc|nếu có)\\)$`)));
  await expect(page.getByText(`Đơn vị: ${UNIT}`)).toBeVisible();
  await expectNoAxeViolations(page, 'empty slots');

  // Merging an empty dossier: every required slot is named in the summary and beside the slot.
  await page.getByRole('button', { name: 'Ghép thành một tệp PDF' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Chưa có tệp cho mục “Tờ trình đề nghị khen thưởng”.',
    'Chưa có tệp cho mục “Danh sách đề nghị khen thưởng”.',
    'Chưa có tệp cho mục “Biên bản họp xét khen thưởng”.',
    `Chưa có báo cáo thành tích của “${COLLECTIVE}”: mỗi tập thể, cá nhân được đề nghị phải có báo cáo thành tích.`,
    `Chưa có báo cáo thành tích của “${PERSON}”: mỗi tập thể, cá nhân được đề nghị phải có báo cáo thành tích.`,
  ]);
  await expect(slot(page, 5).locator('.error-message')).toContainText(PERSON);
  await summary.getByRole('link').nth(4).click();
  await expect(page.getByLabel(/^Chọn tệp cho mục 5:/)).toBeFocused();
  await expectNoAxeViolations(page, 'errors shown');

  // Good and bad files together: each bad one gets its message, naming it; the good ones are kept.
  await pick(page, 1, [files.letter, files.password]);
  await pick(page, 2, [files.scan]);
  await pick(page, 3, [files.minutes, files.truncated, files.text, files.empty]);
  await pick(page, 4, [files.report]);
  await pick(page, 5, [files.photo]);
  await pick(page, 6, [files.related, files.signed]);
  await expect(fileItem(page, files.password.name).locator('.error-message')).toContainText(`Tệp “${files.password.name}” được đặt mật khẩu`);
  await expect(fileItem(page, files.truncated.name).locator('.error-message')).toContainText(`Tệp “${files.truncated.name}” bị hỏng hoặc không trọn vẹn`);
  await expect(fileItem(page, files.text.name).locator('.error-message')).toContainText(`Tệp “${files.text.name}” không phải PDF hay ảnh JPEG, PNG`);
  await expect(fileItem(page, files.empty.name).locator('.error-message')).toContainText(`Tệp “${files.empty.name}” rỗng (0 byte)`);
  await expect(fileItem(page, files.signed.name).locator('.assembly-warning')).toContainText('có chữ ký số');
  await expect(fileItem(page, files.letter.name).locator('.assembly-file__facts')).toHaveText(/^PDF, 2 trang, \d+ KB$/);
  await expect(fileItem(page, files.report.name).locator('.assembly-file__facts')).toHaveText(/^PDF, 3 trang/);
  await expect(fileItem(page, files.photo.name).locator('.assembly-file__facts')).toContainText('Ảnh JPEG, 1 trang A4, đã xoay đúng chiều');
  await expect(fileItem(page, files.scan.name).locator('.assembly-file__facts')).toContainText('Ảnh PNG, 1 trang A4');
  // previews: pdf.js draws the PDFs' first page, the worker the photos'
  for (const file of [files.letter, files.minutes, files.report, files.photo, files.scan]) {
    const preview = page.getByRole('img', { name: `Trang đầu của tệp “${file.name}”` });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  // the photo's preview is upright (portrait) thanks to EXIF orientation 6; the stored pixels are landscape
  const photo = await page.getByRole('img', { name: `Trang đầu của tệp “${files.photo.name}”` }).evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
  expect(photo[0]!).toBeLessThan(photo[1]!);

  // The refused files block the merge, each linked from the summary.
  await page.getByRole('button', { name: 'Ghép thành một tệp PDF' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(4);
  await expect(page.locator('.assembly-merge .note--warning')).toContainText(`Tệp “${files.signed.name}” có chữ ký số`);
  await expectNoAxeViolations(page, 'files with problems');
  for (const bad of [files.password, files.truncated, files.text, files.empty]) {
    await page.getByRole('button', { name: `Bỏ tệp “${bad.name}”` }).click();
    await expect(fileItem(page, bad.name)).toHaveCount(0);
  }
  await expect(summary).toHaveCount(0);

  // By keyboard: move the signed file above the related document, and back.
  await page.getByRole('button', { name: `Xuống tệp “${files.related.name}”` }).focus();
  await page.keyboard.press('Enter');
  await expect(slot(page, 6).locator('.assembly-file__name')).toHaveText([files.signed.name, files.related.name]);
  await expect(page.getByRole('button', { name: `Lên tệp “${files.related.name}”` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(slot(page, 6).locator('.assembly-file__name')).toHaveText([files.related.name, files.signed.name]);

  // No sideways scroll on a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The merge: progress while working, then the size before the download.
  await expect(page.locator('.assembly-merge')).toContainText('Sẽ ghép 7 tệp thành 10 trang');
  await page.getByRole('button', { name: 'Ghép thành một tệp PDF' }).click();
  const result = page.getByRole('heading', { name: 'Tệp PDF đã sẵn sàng' });
  await expect(result).toBeFocused({ timeout: 30_000 });
  await expect(page.locator('.assembly-result')).toContainText('ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-ea-kar.pdf');
  await expect(page.locator('.assembly-result')).toContainText(/Số trang:?\s*10/);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải tệp PDF \(\d+(,\d)? (KB|MB)\)$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-ea-kar.pdf');
  expect(download.url()).toMatch(/^blob:/);
  await expectNoAxeViolations(page, 'merged');

  // The file, read back by the tools.
  const dir = mkdtempSync(join(tmpdir(), 'tdbc-assembly-out-'));
  const out = join(dir, download.suggestedFilename());
  await download.saveAs(out);
  const check = await run('qpdf', ['--check', out]);
  expect(check.stdout).toContain('No syntax or stream encoding errors found');
  const info = (await run('pdfinfo', ['-f', '1', '-l', '10', out])).stdout;
  expect(info).toMatch(/^Pages:\s+10$/m);
  expect(info).toMatch(new RegExp(`^Title:\\s+Hồ sơ đề nghị khen thưởng của ${UNIT}$`, 'm'));
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  // 1–2 letter, 3 the list scan (landscape), 4 minutes, 5–7 the collective's report, 8 the photo (portrait: EXIF honoured), 9–10 related
  expect(sizes[2]).toEqual([842, 595]);
  expect(sizes[7]).toEqual([595, 842]);
  const text = (await run('pdftotext', ['-enc', 'UTF-8', out, '-'])).stdout;
  const order = ['LETTER page 1', 'LETTER page 2', 'MINUTES page 1', 'REPORT COLLECTIVE page 1', 'REPORT COLLECTIVE page 3', 'RELATED page 1', 'Signed letter'].map((t) => text.indexOf(t));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const outline = (await run('mutool', ['show', out, 'outline'])).stdout;
  for (const title of TITLES) expect(outline).toContain(`"${title}"`);
  expect((await run('pdfdetach', ['-list', out])).stdout).toMatch(/^1: ho-so\.json$/m);
  await run('pdfdetach', ['-save', '1', '-o', join(dir, 'ho-so.json'), out]);
  const data = readDossierData(readFileSync(join(dir, 'ho-so.json'), 'utf8'));
  expect(data.ok, JSON.stringify(data)).toBe(true);
  if (!data.ok) return;
  expect(data.data.unit).toMatchObject({ name: UNIT, symbol: 'UBND', categoryId: 'xa-phuong' });
  expect(data.data.nominees.map((n) => [n.id, n.kind, n.name, n.votesInFavour, n.membersPresent, n.selfCheck?.outcome ?? null])).toEqual([
    ['uv-xa', 'collective', COLLECTIVE, 9, 9, 'eligible'],
    ['uv-hoa', 'individual', PERSON, 8, 9, null],
  ]);
  expect(data.data.nominees[1]).toMatchObject({ birthYear: 1988, gender: 'nu', holdsLeadershipPost: false });
  expect(data.data.nominees[0]).toMatchObject({ womenSharePercent: 52, nomineeKind: 'xa-phuong' });
  expect(data.data.meeting).toEqual({ minutesNumber: '2', date: '2026-03-20', membersTotal: 9, membersPresent: 9 });
  expect(data.data.letter).toEqual({ number: '15', date: '2026-03-23' });
  expect(data.data.documents.map((d) => [d.title, d.nomineeId, d.firstPage, d.lastPage])).toEqual([
    [TITLES[0], null, 1, 2],
    [TITLES[1], null, 3, 3],
    [TITLES[2], null, 4, 4],
    [TITLES[3], 'uv-xa', 5, 7],
    [TITLES[4], 'uv-hoa', 8, 8],
    [TITLES[5], null, 9, 10],
  ]);
  writeFileSync(join(dir, 'done'), '');

  // Nothing stored, nothing sent, nothing broken.
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).toBe(stored);
  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('without a dossier draft: the unit names itself and adds its reports by hand', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const heavy = () => requested.filter((path) => /\/_astro\/(assembly\.worker|pdf\.worker|pdfPreview)[.-]/.test(path));
  await page.goto(PATH);
  await waitForIslands(page);
  await expect(page.getByText('Trên máy này chưa có danh sách đề nghị')).toBeVisible();
  await expect(page.locator('.assembly-slot h3')).toHaveCount(4);
  await page.getByRole('button', { name: 'Ghép thành một tệp PDF' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary.getByRole('link')).toHaveText([
    'Nhập tên đơn vị đề nghị khen thưởng: tên được ghi vào tệp PDF và vào tên tệp.',
    CATEGORY_MISSING,
    'Hồ sơ chưa có báo cáo thành tích nào: thêm báo cáo của từng tập thể, cá nhân được đề nghị.',
    ...['Tờ trình đề nghị khen thưởng', 'Danh sách đề nghị khen thưởng', 'Biên bản họp xét khen thưởng'].map((title) => `Chưa có tệp cho mục “${title}”.`),
  ]);

  // Its category in the quota table (Mục IV.2): required, said beside the field and linked from the summary.
  const category = page.getByLabel('Đơn vị của bạn');
  await expect(category).toHaveAttribute('aria-required', 'true');
  await expect(page.locator('.field--error').filter({ has: category }).locator('.error-message')).toHaveText(`Lỗi: ${CATEGORY_MISSING}`);
  await summary.getByRole('link', { name: CATEGORY_MISSING }).click();
  await expect(category).toBeFocused();
  // counted per board: the number of boards is asked, and required too
  await category.selectOption({ label: 'Ban bầu cử đại biểu Quốc hội' });
  const boards = page.getByLabel('Số ban (Ban bầu cử đại biểu Quốc hội)');
  await expect(page.locator('.field--error').filter({ has: boards }).locator('.error-message')).toContainText('Nhập số ban của đơn vị (một số nguyên, ví dụ 3).');
  await expect(summary).not.toContainText(CATEGORY_MISSING);
  await boards.fill('3');
  await expect(summary).not.toContainText('Nhập số ban');
  await expectNoAxeViolations(page, 'category chosen by hand');

  // the unit's name has the profile's limit: a countdown near it, refused over it, the typing kept
  const unitName = page.getByLabel('Tên đơn vị đề nghị khen thưởng');
  await unitName.fill('Sở Nội vụ tỉnh Đắk Lắk '.repeat(10));
  await expect(page.getByText('Quá 30 ký tự (tối đa 200)')).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Tên đơn vị quá dài: 230 ký tự, tối đa 200. Hãy rút gọn.' })).toBeVisible();
  await unitName.fill('Sở Nội vụ tỉnh Đắk Lắk');
  await page.getByRole('button', { name: 'Thêm báo cáo thành tích' }).click();
  await expect(page.getByLabel('Họ và tên')).toBeFocused();
  await expect(page.locator('.assembly-add .error-message')).toContainText('Nhập họ và tên đầy đủ của cá nhân.');
  await page.getByLabel('Họ và tên').fill('Lê Thị Mai');
  await page.getByLabel('Họ và tên').press('Enter');
  await page.getByRole('radio', { name: 'Tập thể' }).check();
  await page.getByLabel('Tên tập thể').fill('Phòng Xây dựng chính quyền');
  await page.getByRole('button', { name: 'Thêm báo cáo thành tích' }).click();
  await expect(page.locator('.assembly-slot h3')).toHaveText([
    /^1\. Tờ trình/,
    /^2\. Danh sách/,
    /^3\. Biên bản/,
    /^4\. Báo cáo thành tích của Phòng Xây dựng chính quyền/,
    /^5\. Báo cáo thành tích của Lê Thị Mai/,
    /^6\. Các văn bản liên quan/,
  ]);
  await expectNoAxeViolations(page, 'reports added by hand');
  // pdf-lib (in its worker) and pdf.js load only once files are added
  expect(heavy()).toEqual([]);

  for (const [position, file] of [[1, files.letter], [2, files.related], [3, files.minutes], [4, files.report], [5, files.bigScan]] as const) await pick(page, position, [file]);
  // a file dropped onto a slot
  await slot(page, 6).evaluate((element, file) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'image/png' }));
    element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { name: files.scan.name, bytes: [...files.scan.buffer] });
  await expect(fileItem(page, files.scan.name)).toHaveCount(1);
  await expect(page.locator('.assembly-file__facts').filter({ hasText: 'Đang đọc' })).toHaveCount(0);
  for (const part of ['/_astro/assembly.worker-', '/_astro/pdf.worker.min-', '/_astro/pdfPreview.']) expect(heavy().some((path) => path.startsWith(part)), part).toBe(true);
  // the 300 dpi scan is brought down to about 200 dpi; the small one is kept as it is
  await expect(fileItem(page, files.bigScan.name).locator('.assembly-file__facts')).toHaveText(/^Ảnh PNG, 1 trang A4, thu về khoảng 200 dpi \(\d+ KB → \d+ KB\)$/);
  await expect(fileItem(page, files.scan.name).locator('.assembly-file__facts')).toContainText('giữ nguyên ảnh');
  await page.getByRole('button', { name: 'Ghép thành một tệp PDF' }).click();
  await expect(page.getByRole('heading', { name: 'Tệp PDF đã sẵn sàng' })).toBeFocused({ timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải tệp PDF/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ho-so-de-nghi-khen-thuong-so-noi-vu-tinh-dak-lak.pdf');
  const out = join(mkdtempSync(join(tmpdir(), 'tdbc-manual-')), 'ho-so.pdf');
  await download.saveAs(out);
  const json = join(out, '..', 'ho-so.json');
  await run('pdfdetach', ['-save', '1', '-o', json, out]);
  const data = readDossierData(readFileSync(json, 'utf8'));
  expect(data.ok).toBe(true);
  if (!data.ok) return;
  expect(data.data.unit).toEqual({
    name: 'Sở Nội vụ tỉnh Đắk Lắk',
    symbol: '',
    categoryId: 'ban-bau-cu-dbqh',
    categoryLabel: 'Ban bầu cử đại biểu Quốc hội',
    categoryUnit: null,
    groupCount: 3,
  });
  expect(data.data.nominees.map((n) => [n.kind, n.name])).toEqual([
    ['collective', 'Phòng Xây dựng chính quyền'],
    ['individual', 'Lê Thị Mai'],
  ]);
  // random nominee ids, as the planner's: a later file never reuses one for someone else
  for (const nominee of data.data.nominees) expect(nominee.id).toMatch(/^uv-[0-9a-f]{16}$/);
  // the scan's page: A4 portrait, the image 1496 pixels wide for 190 mm, about 200 dpi
  const images = (await run('pdfimages', ['-list', out])).stdout.split('\n').slice(2).map((line) => line.trim().split(/\s+/));
  const scan = images.find((columns) => columns[0] === String(data.data.documents[4]!.firstPage))!;
  expect(Number(scan[3])).toBe(1496);
  expect(Math.abs(Number(scan[12]) - 200)).toBeLessThanOrEqual(1);

  // Any change after the merge drops the merged file.
  await page.getByRole('button', { name: `Bỏ tệp “${files.scan.name}”` }).click();
  await expect(page.getByRole('heading', { name: 'Tệp PDF đã sẵn sàng' })).toHaveCount(0);
  await expect(page.locator('.assembly-merge [role=status]')).toContainText('Hồ sơ đã thay đổi sau lần ghép trước');
});

test('a nominee of the drafts without a name blocks the merge, linked to the planner’s list, never blamed on the browser', async ({ page }) => {
  const drafts = assemblyDrafts();
  drafts.quotaPlan.nominees[0] = { ...drafts.quotaPlan.nominees[0]!, name: ' ' };
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFTS_KEY, JSON.stringify(drafts)]);
  await page.goto(PATH);
  await waitForIslands(page);
  for (const [position, file] of [[1, files.letter], [2, files.related], [3, files.minutes], [4, files.report], [5, files.related]] as const) await pick(page, position, [file]);
  await expect(page.locator('.assembly-file__facts').filter({ hasText: 'Đang đọc' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ghép thành một tệp PDF' }).click();
  const message = 'Cá nhân số 1 trong danh sách đề nghị chưa có tên: nhập tên đầy đủ ở trang Số lượng rồi ghép lại.';
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([message]);
  await expect(summary.getByRole('link')).toHaveAttribute('href', '/so-luong/#lap-danh-sach');
  await expect(slot(page, 5).locator('.error-message')).toContainText(message);
  await expect(page.getByRole('heading', { name: 'Tệp PDF đã sẵn sàng' })).toHaveCount(0);
  await expect(page.locator('.assembly-merge')).not.toContainText('trình duyệt');
  await expectNoAxeViolations(page, 'a nominee without a name');
});
