// Sở Nội vụ's review in the browser: from the dossier guide to the page, 200 unit files dropped at
// once (JSON and merged PDFs) and read in a worker with a progress bar, the refused files and the
// duplicate noted, the checks per unit and across units, the reviewer's marks by keyboard and mouse
// kept in IndexedDB across a reload, exported, cleared and imported, then the Sở's documents and
// the workbook downloaded and opened (LibreOffice and pdftotext, the sheet XML). Axe, 360 px, whole
// text, and nothing sent off the origin.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readDossierData } from '../../src/schemas/dossierData';
import { readReview } from '../../src/schemas/review';
import { OUTCOME_LABELS } from '../../src/domain/outcomes';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { expectNoSideScroll } from '../support/sideScroll';
import { expectWholeText } from '../support/textJoins';
import { CASES, reviewFixtures, type ReviewFixtures } from '../fixtures/reviewFiles';
import { assemblyDrafts, UNIT } from './assembly-support';
import { DRAFTS_KEY } from './drafts-support';
import { watchPage } from './site-support';

const run = promisify(execFile);
const PATH = '/so-noi-vu/tong-hop/';
const INPUT = 'Chọn tệp hồ sơ (PDF đã ghép hoặc tệp dữ liệu JSON), chọn được nhiều tệp cùng lúc';

let fixtures: ReviewFixtures;
test.beforeAll(async () => {
  fixtures = await reviewFixtures();
});

const asUpload = (files: ReviewFixtures['files']) => files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) }));


const ready = (page: Page) => expect(page.getByRole('heading', { name: '1. Nhận hồ sơ của các đơn vị' })).toBeVisible();
const unitDetails = (page: Page, name: string) => page.locator('details.review-unit').filter({ has: page.locator('.review-unit__name', { hasText: new RegExp(`^${name}$`) }) });
const nominee = (page: Page, unit: string, name: string) => unitDetails(page, unit).locator('.review-nominee').filter({ has: page.locator('.review-nominee__name', { hasText: new RegExp(`^${name}$`) }) });
const decision = (page: Page, unit: string, name: string) => nominee(page, unit, name).getByLabel('Quyết định của người thẩm định');
const marksLine = (page: Page) => page.locator('section[aria-labelledby="tong-hop-du-lieu"] > p').first();

async function dropAll(page: Page, files = fixtures.files) {
  await page.getByLabel(INPUT).setInputFiles(asUpload(files));
  await expect(page.getByRole('status').filter({ hasText: /^Đã đọc \d+ tệp/ })).toBeVisible({ timeout: 30_000 });
}

async function saved(page: Page) {
  await expect(page.locator('.save-status')).toHaveText(/^Đã lưu lúc /);
}

async function textOfDocx(download: Download, dir: string): Promise<string> {
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 120_000 });
  return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', path.replace(/\.docx$/, '.pdf'), '-'])).stdout.replace(/\s+/g, ' ');
}

test('the whole review: 200 files, checks, marks kept on the device, the Sở’s documents and the workbook', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const { foreign, errors, violations } = await watchPage(page, new URL(baseURL!).origin);

  // Linked from the dossier guide, not from the main navigation.
  await page.goto('/ho-so/');
  await expect(page.locator('nav').getByRole('link', { name: /Sở Nội vụ|tổng hợp/i })).toHaveCount(0);
  await page.getByRole('link', { name: 'Dành cho Sở Nội vụ: tổng hợp hồ sơ của các đơn vị' }).click();
  await expect(page).toHaveURL(PATH);
  await waitForIslands(page);
  await ready(page);
  // nothing to make before a unit's dossier is read: the buttons say why
  const annexButton = page.getByRole('button', { name: 'Tải danh sách kèm quyết định (DOCX)' });
  await expect(annexButton).toBeDisabled();
  await expect(annexButton).toHaveAccessibleDescription('Chưa có hồ sơ nào: hãy nhận hồ sơ của các đơn vị ở phần 1 rồi mới tạo văn bản.');
  await expect(page.getByRole('button', { name: 'Tải danh sách dạng Excel (XLSX)' })).toBeDisabled();
  await expectNoAxeViolations(page, 'empty review');

  // Intake: 200 files at once, read in the worker with a progress bar.
  const progress = page.getByRole('progressbar');
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { progressSeen?: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) seen.push(`${bar.getAttribute('value')}/${bar.getAttribute('max')}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByLabel(INPUT).setInputFiles(asUpload(fixtures.files));
  await expect(page.getByRole('status').filter({ hasText: /^Đã đọc/ })).toHaveText(
    `Đã đọc 200 tệp: đang có hồ sơ của ${fixtures.unitCount} đơn vị; 2 tệp không nhận được (xem danh sách bên dưới); 1 tệp trùng đơn vị.`,
    { timeout: 30_000 },
  );
  await expect(progress).toHaveCount(0);
  // the bar went from the first files to the last
  const seen = await page.evaluate(() => (globalThis as { progressSeen?: string[] }).progressSeen ?? []);
  expect(seen.length).toBeGreaterThan(1);
  expect(seen.every((entry) => entry.endsWith('/200'))).toBe(true);
  const refused = page.locator('.review-refused li');
  await expect(refused).toHaveCount(2);
  await expect(refused.nth(0)).toContainText(`Tệp “${CASES.unknownVersion}”: Dữ liệu hồ sơ ở phiên bản 2, mới hơn phiên bản trang này đọc được`);
  await expect(refused.nth(1)).toContainText(`Tệp “${CASES.notOurs}”: Tệp không phải dữ liệu hồ sơ đề nghị khen thưởng do trang này tạo`);
  await expect(page.getByText(`tệp “${CASES.duplicateFile.older}”`)).toContainText('giữ tệp mới hơn');
  await expect(page.locator('details.review-unit')).toHaveCount(fixtures.unitCount);

  // Across units.
  await expect(page.locator('.review-duplicates li')).toHaveText([
    new RegExp(`^Có thể trùng: (${CASES.duplicatePerson.withMarks} \\(${CASES.duplicatePerson.units[0]}\\); ${CASES.duplicatePerson.withoutMarks} \\(${CASES.duplicatePerson.units[1]}\\)|${CASES.duplicatePerson.withoutMarks} \\(${CASES.duplicatePerson.units[1]}\\); ${CASES.duplicatePerson.withMarks} \\(${CASES.duplicatePerson.units[0]}\\)); sinh năm 1985\\.$`),
  ]);
  const missing = page.locator('section[aria-labelledby="tong-hop-toan-tinh"] ul').last();
  await expect(missing.locator('li')).toHaveText(CASES.missing.map((name) => new RegExp(`^${name} \\(Mục IV\\.2\\.a\\)$`)));
  await expect(page.locator('.review-totals tfoot tr')).toContainText(`Toàn tỉnh${fixtures.unitCount}`);

  // The units with a blocking problem, by filter; the quota message is the planner's.
  await page.getByLabel(/^Có vấn đề chặn \(2\)$/).check();
  await expect(page.locator('details.review-unit')).toHaveCount(2);
  const over = unitDetails(page, CASES.overQuota);
  // by keyboard: the summary opens the unit, the decision is changed with the arrow keys
  await over.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(over.locator('.review-issue--blocking').first()).toContainText(
    `Vượt số lượng 1 trường hợp: danh sách có 3 trường hợp (1 tập thể, 2 cá nhân), trong khi Xã, phường được đề nghị tối đa 2 trường hợp (tập thể hoặc cá nhân).`,
  );
  await decision(page, CASES.overQuota, CASES.overQuota).focus();
  await page.keyboard.press('ArrowDown');
  await expect(decision(page, CASES.overQuota, CASES.overQuota)).toHaveValue('accepted');
  await saved(page);
  const excluded = unitDetails(page, CASES.excluded.unit);
  await excluded.locator('summary').click();
  await expect(nominee(page, CASES.excluded.unit, CASES.excluded.person)).toContainText(`Tự kiểm tra: ${OUTCOME_LABELS.excluded}`);
  // accepting at once leaves out the nominee with a blocking issue, and says so
  await expect(excluded.getByRole('button', { name: /^Chấp nhận / })).toHaveText(`Chấp nhận 1 đề nghị chưa quyết định, không có vấn đề chặn (${CASES.excluded.unit})`);
  await expect(excluded).toContainText('1 đề nghị chưa quyết định có vấn đề chặn: xem từng trường hợp và chọn quyết định ở trên.');
  await decision(page, CASES.excluded.unit, CASES.excluded.person).selectOption({ label: 'Trả lại: Thuộc trường hợp chưa xét khen thưởng' });
  await saved(page);
  await expectNoAxeViolations(page, 'units with problems, opened');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSideScroll(page, 'review with a unit open at 360 px');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectWholeText(page, 'review with units open');

  // All units: the late one, the person proposed twice, a whole unit accepted at once.
  await page.getByLabel(/^Tất cả \(\d+\)$/).check();
  const late = unitDetails(page, CASES.late);
  await late.locator('summary').click();
  await expect(late).toContainText('Nộp muộn: tờ trình đề ngày 3/4/2026, trong khi hạn gửi hồ sơ là trước ngày 31/3/2026.');
  await expect(late).toContainText('Chỉ nhận được dữ liệu hồ sơ (tệp JSON), không kèm tệp PDF');
  await decision(page, CASES.late, CASES.late).selectOption({ label: 'Trả lại: Hồ sơ chưa đầy đủ' });
  const soNoiVu = CASES.duplicatePerson.units[0];
  await unitDetails(page, soNoiVu).locator('summary').click();
  await expect(nominee(page, soNoiVu, CASES.duplicatePerson.withMarks)).toContainText('có thể trùng với');
  await expect(unitDetails(page, soNoiVu)).toContainText('Tờ trình đề nghị khen thưởng: trang 1');
  await unitDetails(page, soNoiVu).getByRole('button', { name: `Chấp nhận 5 đề nghị chưa quyết định, không có vấn đề chặn (${soNoiVu})` }).click();
  await expect(unitDetails(page, soNoiVu).locator('summary')).toContainText('chấp nhận 5, trả lại 0, chưa quyết định 0');
  await saved(page);
  await expect(marksLine(page)).toContainText('(8 đánh dấu)');
  await expectNoAxeViolations(page, 'marks made');

  // Kept on this device: after a reload the marks are there for the same files (leaving with files
  // read asks first).
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.type();
    void dialog.accept();
  });
  await page.reload();
  expect(asked).toBe('beforeunload');
  await waitForIslands(page);
  await ready(page);
  await expect(marksLine(page)).toContainText('(8 đánh dấu)');
  await dropAll(page);
  await unitDetails(page, CASES.late).locator('summary').click();
  await expect(decision(page, CASES.late, CASES.late)).toHaveValue('returned:dossier-incomplete');

  // Export, clear, import.
  const dir = mkdtempSync(join(tmpdir(), 'tdbc-review-e2e-'));
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải dữ liệu thẩm định (JSON)' }).click();
  const exported = await exporting;
  expect(exported.url()).toMatch(/^blob:/);
  expect(exported.suggestedFilename()).toMatch(/^tham-dinh-ho-so-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = join(dir, exported.suggestedFilename());
  await exported.saveAs(exportPath);
  const review = readReview(readFileSync(exportPath, 'utf8'));
  expect(review.ok && review.review.marks.map((m) => [m.unitName, m.status, m.ground ?? null]).filter(([unit]) => unit !== soNoiVu)).toEqual([
    [CASES.overQuota, 'accepted', null],
    [CASES.excluded.unit, 'returned', 'excluded'],
    [CASES.late, 'returned', 'dossier-incomplete'],
  ]);
  await page.getByRole('button', { name: 'Xóa dữ liệu thẩm định trên máy này' }).click();
  await page.getByRole('button', { name: 'Xóa dữ liệu thẩm định', exact: true }).click();
  await expect(marksLine(page)).toContainText('(0 đánh dấu)');
  await expect(decision(page, CASES.late, CASES.late)).toHaveValue('pending');
  await page.getByLabel('Nhập dữ liệu thẩm định từ tệp (.json)').setInputFiles({ name: 'khong-phai.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"khac"}') });
  await expect(page.locator('#tong-hop-nhap-tep-loi')).toContainText('Không nhập được tệp “khong-phai.json”. Tệp không phải dữ liệu thẩm định do trang này tạo');
  await page.getByLabel('Nhập dữ liệu thẩm định từ tệp (.json)').setInputFiles(exportPath);
  await expect(page.getByRole('group', { name: /^Thay 0 đánh dấu trên máy này bằng 8 đánh dấu của tệp/ })).toBeVisible();
  await page.getByRole('button', { name: 'Thay bằng nội dung tệp' }).click();
  await expect(marksLine(page)).toContainText('(8 đánh dấu)');
  await expect(decision(page, CASES.late, CASES.late)).toHaveValue('returned:dossier-incomplete');
  await saved(page);

  // The Sở's documents and the workbook: nothing to resolve or to see first for these marks.
  await expect(annexButton).toBeEnabled();
  await expect(page.locator('.review-check')).toHaveCount(0);
  await page.getByLabel('Số tờ trình của Sở').fill('7');
  await page.getByLabel('Ngày tờ trình').fill('05/4/2026');
  await page.getByLabel('Thẩm quyền ký').fill('KT. GIÁM ĐỐC');
  await page.getByLabel('Chức vụ người ký').fill('PHÓ GIÁM ĐỐC');
  await page.getByLabel('Họ và tên người ký').fill('Lê Văn Sáu');
  await saved(page);
  const download = async (name: string) => {
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name }).click();
    const file = await downloading;
    expect(file.url()).toMatch(/^blob:/);
    return file;
  };
  const annex = await textOfDocx(await download('Tải danh sách kèm quyết định (DOCX)'), dir);
  expect(annex).toContain('Tập thể, cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  expect(annex).toMatch(/Kèm theo Quyết định số\s+\/QĐ-UBND ngày … của Chủ tịch Ủy ban nhân dân tỉnh/);
  expect(annex).toContain(`Bà ${CASES.duplicatePerson.withMarks}`);
  expect(annex).toContain('Tổng số: 03 tập thể và 03 cá nhân./.');
  expect(annex.indexOf('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Nội vụ')).toBeLessThan(annex.indexOf('Xã, phường'));
  expect(annex).not.toContain(CASES.excluded.person);
  const letter = await textOfDocx(await download('Tải tờ trình của Sở (DOCX)'), dir);
  for (const expected of ['SỞ NỘI VỤ', 'Số: 07/TTr-SNV', 'Đắk Lắk, ngày 05 tháng 4 năm 2026', `của ${fixtures.unitCount} cơ quan, đơn vị, địa phương`, 'Qua thẩm định, 03 tập thể và 03 cá nhân đủ điều kiện', 'KT. GIÁM ĐỐC', 'Lê Văn Sáu']) {
    expect(letter).toContain(expected);
  }
  const summary = await textOfDocx(await download('Tải bảng tổng hợp các đơn vị (DOCX)'), dir);
  expect(summary).toContain('BẢNG TỔNG HỢP');
  expect(summary).toContain(`Tổng số: ${fixtures.unitCount} đơn vị gửi hồ sơ; 2 đơn vị chưa gửi.`);
  const workbook = await download('Tải danh sách dạng Excel (XLSX)');
  expect(workbook.suggestedFilename()).toMatch(/^danh-sach-khen-thuong-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const parts = unzipSync(new Uint8Array(readFileSync((await workbook.path())!)));
  const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
  const strings = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array());
  expect(sheet.match(/<row /g)).toHaveLength(1 + 6);
  expect(strings).toContain(CASES.duplicatePerson.withMarks);
  expect(strFromU8(parts['xl/workbook.xml']!)).toContain('name="Danh sách khen thưởng"');
  await expect(page.getByRole('status').filter({ hasText: /^Đã tạo tệp danh-sach-khen-thuong-/ })).toBeVisible();
  writeFileSync(join(dir, 'done'), '');
  await expectNoAxeViolations(page, 'documents made');

  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('a stored review that cannot be read is kept aside, never written over silently', async ({ page }) => {
  await page.goto(PATH);
  await waitForIslands(page);
  await ready(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('thi-dua-bau-cu-2026', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('tham-dinh', 'readwrite');
          tx.objectStore('tham-dinh').put('{"format":"thi-dua-bau-cu-2026/tham-dinh-ho-so","version":1,"marks":"hỏng"}', 'tham-dinh');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.reload();
  await waitForIslands(page);
  await ready(page);
  await expect(page.locator('.note--warning')).toContainText('Dữ liệu thẩm định lưu trước đây trên máy này không đọc được (Dữ liệu thẩm định không đúng cấu trúc:');
  await expectNoAxeViolations(page, 'unreadable review');
  const keeping = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản không đọc được về máy' }).click();
  expect(readFileSync((await (await keeping).path())!, 'utf8')).toContain('"marks":"hỏng"');
  await dropAll(page, fixtures.files.filter((file) => file.name.includes('ea-tir')));
  await unitDetails(page, CASES.overQuota).locator('summary').click();
  await decision(page, CASES.overQuota, CASES.overQuota).selectOption('accepted');
  await saved(page);
  const stored = await page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve) => {
        const open = indexedDB.open('thi-dua-bau-cu-2026', 1);
        open.onsuccess = () => {
          const store = open.result.transaction('tham-dinh').objectStore('tham-dinh');
          const all: Record<string, unknown> = {};
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            (keys.result as string[]).forEach((key, index) => (all[key] = values.result[index]));
            resolve(all);
          };
        };
      }),
  );
  expect(stored['tham-dinh-khong-doc-duoc']).toBe('{"format":"thi-dua-bau-cu-2026/tham-dinh-ho-so","version":1,"marks":"hỏng"}');
  expect(readReview(String(stored['tham-dinh'])).ok).toBe(true);
});

test('the unit’s “Tải dữ liệu hồ sơ (JSON)” on /ho-so/ gives a file the review page reads', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFTS_KEY, JSON.stringify(assemblyDrafts())]);
  await page.goto('/ho-so/');
  await waitForIslands(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải dữ liệu hồ sơ (JSON)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe('ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-ea-kar.json');
  const text = readFileSync((await file.path())!, 'utf8');
  const data = readDossierData(text);
  expect(data.ok, JSON.stringify(data)).toBe(true);
  if (!data.ok) return;
  expect(data.data).toMatchObject({ unit: { name: UNIT, categoryId: 'xa-phuong' }, documents: [], pageCount: null });
  expect(data.data.nominees.map((n) => n.kind)).toEqual(['collective', 'individual']);
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo tệp ho-so-de-nghi-khen-thuong-uy-ban-nhan-dan-xa-ea-kar.json' })).toBeVisible();

  await page.goto(PATH);
  await waitForIslands(page);
  await ready(page);
  await page.getByLabel(INPUT).setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('status').filter({ hasText: /^Đã đọc 1 tệp: đang có hồ sơ của 1 đơn vị\.$/ })).toBeVisible();
  await unitDetails(page, UNIT).locator('summary').click();
  await expect(unitDetails(page, UNIT)).toContainText('dữ liệu hồ sơ JSON, không kèm PDF');
});

test('decisions follow the person, the outputs wait for what must be resolved, a unit’s file can be removed', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const { foreign, errors, violations } = await watchPage(page, new URL(baseURL!).origin);
  const json = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  const [soNoiVu, tanLap] = CASES.duplicatePerson.units;
  const late = fixtures.data.get(CASES.late)!;
  const noCategoryUnit = 'Ban Quản lý dự án Thử nghiệm';
  const commune = fixtures.data.get(CASES.overQuota)!;
  const other = fixtures.data.get('Ủy ban nhân dân xã Hòa Phú 1')!;
  const noCategory = { ...other, unit: { ...other.unit, name: noCategoryUnit, categoryId: null, categoryLabel: null } };
  const files = [
    json('so-noi-vu.json', fixtures.data.get(soNoiVu)),
    json('tan-lap.json', fixtures.data.get(tanLap)),
    json('ea-tir.json', commune),
    json('ea-ning.json', late),
    json('khong-nhom.json', noCategory),
  ];
  await page.goto(PATH);
  await waitForIslands(page);
  await ready(page);
  await page.getByLabel(INPUT).setInputFiles(files);
  await expect(page.getByRole('status').filter({ hasText: /^Đã đọc 5 tệp: đang có hồ sơ của 5 đơn vị\.$/ })).toBeVisible();

  // 1. A decision made for one person does not pass to another put in the same entry.
  const lateUnit = unitDetails(page, CASES.late);
  await lateUnit.locator('summary').click();
  await decision(page, CASES.late, CASES.late).selectOption('accepted');
  await saved(page);
  const renamed = 'Hội Nông dân xã Ea Ning';
  await page.getByLabel(INPUT).setInputFiles(json('ea-ning-moi.json', { ...late, generatedAt: '2026-04-04T02:00:00.000Z', nominees: late.nominees.map((n) => ({ ...n, name: renamed })) }));
  await expect(page.getByRole('status').filter({ hasText: /^Đã đọc 1 tệp: đang có hồ sơ của 5 đơn vị; 1 tệp trùng đơn vị\.$/ })).toBeVisible();
  const stale = `Quyết định trước đây (Chấp nhận) dành cho “${CASES.late}”, nay mục này là “${renamed}”: cần quyết định lại.`;
  await expect(nominee(page, CASES.late, renamed).locator('.review-stale')).toHaveText(stale);
  await expect(decision(page, CASES.late, renamed)).toHaveValue('pending');
  await expect(decision(page, CASES.late, renamed)).toHaveAccessibleDescription(stale);
  await expect(lateUnit.locator('summary')).toContainText('chấp nhận 0, trả lại 0, chưa quyết định 1');
  await expectNoAxeViolations(page, 'a stale decision');
  await decision(page, CASES.late, renamed).selectOption('accepted');
  await expect(nominee(page, CASES.late, renamed).locator('.review-stale')).toHaveCount(0);
  await expect(lateUnit.locator('summary')).toContainText('chấp nhận 1, trả lại 0, chưa quyết định 0');

  // 2. Accepted at once, then what the reviewer must see before the documents.
  for (const [unit, count] of [[soNoiVu, 5], [tanLap, 1], [CASES.overQuota, 3], [noCategoryUnit, 2]] as const) {
    await unitDetails(page, unit).locator('summary').click();
    await unitDetails(page, unit).getByRole('button', { name: `Chấp nhận ${count} đề nghị chưa quyết định, không có vấn đề chặn (${unit})` }).click();
    await expect(unitDetails(page, unit).locator('summary')).toContainText(`chấp nhận ${count}, trả lại 0, chưa quyết định 0`);
  }
  await saved(page);
  const warnings = page.locator('.review-check li');
  await expect(warnings).toHaveCount(2);
  await expect(warnings.filter({ hasText: /^Đã chấp nhận cả “/ })).toContainText(`“${CASES.duplicatePerson.withMarks}” do “${soNoiVu}” đề nghị`);
  await expect(warnings.filter({ hasText: /^Đã chấp nhận cả “/ })).toContainText(`“${CASES.duplicatePerson.withoutMarks}” do “${tanLap}” đề nghị`);
  await expect(warnings.filter({ hasText: `Đã chấp nhận quá số lượng được đề nghị của “${CASES.overQuota}”. Vượt số lượng 1 trường hợp:` })).toHaveCount(1);
  const blocked = `“${noCategoryUnit}” chưa chọn nhóm đơn vị theo Mục IV.2 nhưng đã có 2 đề nghị được chấp nhận`;
  await expect(page.locator('#tong-hop-van-ban-chan')).toContainText(blocked);
  const annexButton = page.getByRole('button', { name: 'Tải danh sách kèm quyết định (DOCX)' });
  const letterButton = page.getByRole('button', { name: 'Tải tờ trình của Sở (DOCX)' });
  for (const button of [annexButton, letterButton]) {
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(new RegExp(blocked));
  }
  await expect(page.getByRole('button', { name: 'Tải bảng tổng hợp các đơn vị (DOCX)' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Tải danh sách dạng Excel (XLSX)' })).toBeEnabled();
  await expectNoAxeViolations(page, 'outputs with warnings and a block');

  // 3. The unit's file removed: announced, focus on the unit before it (the last one now), its marks kept.
  const marksBefore = await marksLine(page).textContent();
  await unitDetails(page, noCategoryUnit).getByRole('button', { name: 'Bỏ hồ sơ của đơn vị này' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Đã bỏ hồ sơ/ })).toHaveText(
    `Đã bỏ hồ sơ của “${noCategoryUnit}” (tệp “khong-nhom.json”); đang có hồ sơ của 4 đơn vị. Các quyết định đã chọn cho đơn vị này vẫn được lưu trên máy này.`,
  );
  await expect(page.locator('details.review-unit')).toHaveCount(4);
  await expect(page.locator('details.review-unit summary').last()).toBeFocused();
  await expect(page.locator('#tong-hop-van-ban-chan')).toHaveCount(0);
  await expect(annexButton).toBeEnabled();
  await expect(marksLine(page)).toHaveText(marksBefore!);
  // read again, its decisions apply again
  await page.getByLabel(INPUT).setInputFiles(files[4]!);
  await expect(unitDetails(page, noCategoryUnit).locator('summary')).toContainText('chấp nhận 2, trả lại 0, chưa quyết định 0');
  await expect(annexButton).toBeDisabled();

  expect(foreign).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});
