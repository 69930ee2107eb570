import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';

const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';
const COMMUNE = 'Ủy ban nhân dân xã Ea Kar';
const PERSON = 'Nguyễn Thị Hoa';

/** Every request the page makes, to prove that the document builders (docx) load on the first click only. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}
const documentsRequested = (urls: string[]) => urls.some((url) => /\/_astro\/documents\.[^/]*\.js$/.test(url));

/** Seeds the list through the quota planner: a commune proposing itself and one person (its quota: 02 cases). */
async function seedList(page: Page) {
  await page.goto('/so-luong/');
  await waitForIslands(page);
  await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Xã, phường' });
  const type = page.getByRole('group', { name: 'Đề nghị khen thưởng' });
  await type.getByLabel('Tập thể', { exact: true }).check();
  await page.getByLabel('Tên tập thể').fill(COMMUNE);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await type.getByLabel('Cá nhân', { exact: true }).check();
  await page.getByLabel('Họ và tên').fill(PERSON);
  await page.getByLabel('Chức vụ').fill('Công chức Văn phòng - Thống kê');
  await page.getByLabel('Đơn vị công tác').fill(COMMUNE);
  await page.getByLabel('Năm sinh').fill('1988');
  await page.getByRole('group', { name: 'Giới tính' }).getByLabel('Nữ').check();
  await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel('Không').check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(page.locator('ol.quota-nominees > li')).toHaveCount(2);
  await expect(page.getByText('Đã lưu lúc')).toBeVisible();
}

/**
 * Stores a finished self-check of the commune (every criterion met, voter figures typed), as the
 * self-check page would, so that section II of its report starts from it.
 */
async function seedCommuneSelfCheck(page: Page) {
  await page.evaluate(
    ({ key, commune }) => {
      const drafts = JSON.parse(localStorage.getItem(key)!);
      const nominee = drafts.quotaPlan.nominees.find((n: { name: string }) => n.name === commune);
      drafts.selfChecks[nominee.id] = {
        award: 'bang-khen-chu-tich-ubnd-tinh',
        nomineeKind: 'xa-phuong',
        inScope: 'yes',
        answers: {
          'xa-phuong-doan-ket': 'yes',
          'xa-phuong-dot-thi-dua': 'yes',
          'xa-phuong-bau-du-dai-bieu': 'yes',
          'xa-phuong-ket-qua-bau-cu': 'yes',
          'xa-phuong-ket-thuc-dung-gio': 'yes',
          'xa-phuong-an-ninh-trat-tu': 'yes',
          'xa-phuong-tuyen-truyen': 'yes',
        },
        turnout: { registered: '12.500', voted: '12.400' },
      };
      localStorage.setItem(key, JSON.stringify(drafts));
    },
    { key: DRAFTS_KEY, commune: COMMUNE },
  );
}

async function openBuilder(page: Page) {
  await page.goto('/ho-so/');
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: '1. Thông tin đơn vị' })).toBeVisible();
}

/** The text of each paragraph of a document.xml (runs joined, entities decoded). */
function paragraphs(xml: string): string[] {
  const decode = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

/** A document's text, one paragraph a line; the no-break spaces that keep names and titles whole read as spaces. */
const documentText = (docx: Uint8Array) => paragraphs(strFromU8(unzipSync(docx)['word/document.xml']!)).join('\n').replace(/\u00A0/g, ' ');
const bytesOf = async (download: Download) => new Uint8Array(readFileSync((await download.path())!));

/** The unit profile, the meeting and the letter, by field label. */
const DOSSIER_FIELDS: [label: string, value: string][] = [
  ['Tên đơn vị', COMMUNE],
  ['Ký hiệu viết tắt của đơn vị', 'UBND'],
  ['Địa danh ghi ở dòng ngày tháng', 'Ea Kar'],
  ['Thẩm quyền ký (nếu có)', 'TM. ỦY BAN NHÂN DÂN'],
  ['Chức vụ của người ký', 'CHỦ TỊCH'],
  ['Họ và tên người ký', 'Trần Văn Bình'],
  ['Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét)', 'Trần Văn Bình'],
  ['Thư ký cuộc họp xét khen thưởng', 'Lê Thị Mai'],
  ['Đơn vị soạn thảo (viết tắt)', 'VP'],
  ['Số biên bản', '3'],
  ['Ngày họp', '20/3/2026'],
  ['Giờ bắt đầu', '14 giờ 00'],
  ['Giờ kết thúc', '16 giờ 30'],
  ['Địa điểm họp', 'Hội trường Ủy ban nhân dân xã'],
  ['Tổng số thành viên Hội đồng', '9'],
  ['Số thành viên có mặt', '8'],
  ['Số tờ trình', '15'],
  ['Ngày của tờ trình', '23/3/2026'],
  ['Tóm tắt kết quả phong trào thi đua của đơn vị', 'Xã đã tổ chức tốt phong trào thi đua.\n- Bầu đủ số đại biểu.'],
];

/** Per nominee of the list: its summary for the list and its votes. */
const NOMINEE_FIELDS: [group: string, summary: string, votes: string][] = [
  [`${COMMUNE} (Tập thể)`, 'Tỷ lệ cử tri đi bầu đạt 99,2%.', '8'],
  [`${PERSON} (Cá nhân)`, 'Tham mưu tốt công tác bầu cử của xã.', '7'],
];

async function fillDossier(page: Page) {
  for (const [label, value] of DOSSIER_FIELDS) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('group', { name: 'Hình thức biểu quyết của Hội đồng' }).getByLabel('Bỏ phiếu kín').check();
  for (const [name, summary, votes] of NOMINEE_FIELDS) {
    const nominee = page.getByRole('group', { name });
    await nominee.getByLabel('Tóm tắt thành tích (ghi vào danh sách đề nghị)').fill(summary);
    await nominee.getByLabel('Số phiếu đồng ý tại cuộc họp xét').fill(votes);
  }

  const report = page.getByRole('region', { name: `${PERSON} (Cá nhân)` });
  await report.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').fill('Hoàn thành xuất sắc nhiệm vụ thư ký Tổ bầu cử số 3.\n- Tham mưu 12 văn bản chỉ đạo.');
  await report.getByRole('button', { name: /^Thêm hình thức khen thưởng/ }).click();
  const award = report.getByRole('group', { name: 'Hình thức khen thưởng thứ 1' });
  await expect(award.getByLabel('Năm')).toBeFocused();
  await award.getByLabel('Năm').fill('2024');
  await award.getByLabel('Hình thức khen thưởng').fill('Giấy khen của Chủ tịch UBND huyện');
  await award.getByLabel('Số, ngày quyết định').fill('Quyết định số 12/QĐ-UBND ngày 05/02/2024');
  await award.getByLabel('Cơ quan ban hành').fill('UBND huyện Ea Kar');
}

test.describe('dossier builder', () => {
  test('without a list, the editor says where to start, with no axe violation', async ({ page }) => {
    await openBuilder(page);
    await expect(page.getByText('Danh sách đề nghị chưa có tập thể, cá nhân nào.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'lập danh sách ở trang Số lượng' })).toHaveAttribute('href', '/so-luong/#lap-danh-sach');
    await expectNoAxeViolations(page, 'empty dossier editor');
  });

  test('fills a dossier, checks it, and generates a report and the whole ZIP on this device', async ({ page }) => {
    test.slow(); // fills some forty fields and opens six documents
    await seedList(page);
    await seedCommuneSelfCheck(page);
    const requests = watchRequests(page);
    await openBuilder(page);
    await expect(page.getByRole('group', { name: `${COMMUNE} (Tập thể)` })).toBeVisible();
    await expectNoAxeViolations(page, 'editor with the list, nothing typed');

    // Section II of the commune starts from its self-check: voter figures and criteria met.
    const communeReport = page.getByRole('region', { name: `${COMMUNE} (Tập thể)` });
    const communeSection = communeReport.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC');
    await expect(communeSection).toHaveValue(/12\.500.*12\.400.*99,2%/);
    await expect(communeSection).toHaveValue(/Kết thúc bầu cử sớm hoặc đúng thời gian quy định\./);

    // Asking for the ZIP of an unfinished dossier shows the consistency failures, linked to the fields; docx is not loaded.
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Nhập tên đơn vị đề nghị khen thưởng.');
    await expect(summary).toContainText(`Nhập số phiếu đồng ý của Hội đồng dành cho “${PERSON}”`);
    await expect(page.locator('#hs-ten-don-vi-loi')).toContainText('Nhập tên đơn vị đề nghị khen thưởng.');
    await expectNoAxeViolations(page, 'consistency error summary shown');
    await summary.getByRole('link', { name: 'Nhập tên đơn vị đề nghị khen thưởng.' }).click();
    await expect(page.getByLabel('Tên đơn vị', { exact: true })).toBeFocused();
    expect(documentsRequested(requests), 'docx requested before any document was generated').toBe(false);

    await fillDossier(page);
    // Votes above the members present are refused, with the figures.
    const person = page.getByRole('group', { name: `${PERSON} (Cá nhân)` });
    await person.getByLabel('Số phiếu đồng ý tại cuộc họp xét').fill('9');
    await page.getByRole('button', { name: 'Tạo Biên bản' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('listitem')).toHaveText([`Số phiếu đồng ý của “${PERSON}” là 9, nhiều hơn số thành viên có mặt (8): sửa lại số phiếu.`]);
    await person.getByLabel('Số phiếu đồng ý tại cuộc họp xét').fill('7');
    await expect(summary).toHaveCount(0);
    expect(documentsRequested(requests)).toBe(false);
    await expectNoAxeViolations(page, 'filled dossier editor');

    // One report.
    let downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Tạo báo cáo (DOCX) của ${PERSON}` }).click();
    const reportFile = await downloading;
    expect(documentsRequested(requests)).toBe(true);
    expect(reportFile.suggestedFilename()).toBe('bao-cao-thanh-tich-nguyen-thi-hoa.docx');
    const report = documentText(await bytesOf(reportFile));
    for (const fact of [
      // the unit's name split before its place, as an official prints it
      'ỦY BAN NHÂN DÂN\nXÃ EA KAR',
      'BÁO CÁO THÀNH TÍCH',
      PERSON,
      'Công chức Văn phòng - Thống kê',
      'Hoàn thành xuất sắc nhiệm vụ thư ký Tổ bầu cử số 3.',
      '- Tham mưu 12 văn bản chỉ đạo.',
      'Giấy khen của Chủ tịch UBND huyện',
      'Quyết định số 12/QĐ-UBND ngày 05/02/2024',
      'Trần Văn Bình',
    ]) {
      expect(report, fact).toContain(fact);
    }
    expect(report).toMatch(/Ea Kar, ngày 23 tháng 3 năm 2026/);
    await expect(page.getByRole('status').filter({ hasText: 'Đã tạo tệp bao-cao-thanh-tich-nguyen-thi-hoa.docx' })).toBeVisible();

    // The whole dossier.
    downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
    const zipFile = await downloading;
    expect(zipFile.suggestedFilename()).toMatch(/\.zip$/);
    const files = unzipSync(await bytesOf(zipFile));
    expect(Object.keys(files)).toEqual([
      '01-to-trinh.docx',
      '02-danh-sach-de-nghi.docx',
      '03-bien-ban-hop-xet.docx',
      '04-bao-cao-thanh-tich-uy-ban-nhan-dan-xa-ea-kar.docx',
      '05-bao-cao-thanh-tich-nguyen-thi-hoa.docx',
    ]);
    const letter = documentText(files['01-to-trinh.docx']!);
    expect(letter).toContain('Số: 15/TTr-UBND');
    expect(letter).toContain('TỜ TRÌNH');
    expect(letter).toContain('Kế hoạch số 0125/KH-UBND ngày 18 tháng 11 năm 2025');
    expect(letter).toContain('Luật Thi đua, khen thưởng');
    expect(letter).toContain('152/2025/NĐ-CP');
    expect(letter).toContain('01 tập thể và 01 cá nhân');
    expect(letter).toContain('Xã đã tổ chức tốt phong trào thi đua.');

    const minutes = documentText(files['03-bien-ban-hop-xet.docx']!);
    expect(minutes).toContain('Số: 03/BB-HĐTĐKT');
    expect(minutes).toContain('Lê Thị Mai');
    expect(minutes).toContain('8/9');
    expect(minutes).toContain('Hội đồng tiến hành bỏ phiếu kín;');
    expect(minutes).toMatch(/Ủy ban nhân dân xã Ea Kar: 8\/8 thành viên có mặt đồng ý, đạt 100%/);
    expect(minutes).toMatch(/Nguyễn Thị Hoa[^\n]*: 7\/8 thành viên có mặt đồng ý, đạt 87,5%/);
    expect(minutes).toContain('Mỗi xã, phường chọn 02 trường hợp');

    const list = documentText(files['02-danh-sach-de-nghi.docx']!);
    for (const fact of [COMMUNE, PERSON, '1988', 'Nữ', 'Tỷ lệ cử tri đi bầu đạt 99,2%.', 'Tham mưu tốt công tác bầu cử của xã.', '15/TTr-UBND']) {
      expect(list, fact).toContain(fact);
    }

    const communeDoc = documentText(files['04-bao-cao-thanh-tich-uy-ban-nhan-dan-xa-ea-kar.docx']!);
    expect(communeDoc).toMatch(/12\.500[\s\S]*12\.400[\s\S]*99,2%/);
    expect(communeDoc).toContain('Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng');
    expect(documentText(files['05-bao-cao-thanh-tich-nguyen-thi-hoa.docx']!)).toContain('Hoàn thành xuất sắc nhiệm vụ thư ký Tổ bầu cử số 3.');

    // Nothing personal left the page: every request stayed on this origin, none carries a name.
    const origin = new URL(page.url()).origin;
    for (const url of requests) {
      expect(new URL(url).origin, url).toBe(origin);
      expect(decodeURIComponent(url)).not.toContain('Hoa');
    }
  });

  test('what is typed is kept after a reload; the starting text can be restored; award rows are added and removed', async ({ page }) => {
    await seedList(page);
    await openBuilder(page);
    await page.getByLabel('Tên đơn vị', { exact: true }).fill(COMMUNE);
    const person = page.getByRole('region', { name: `${PERSON} (Cá nhân)` });
    await person.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').fill('Dòng 1\n- Ý 2');

    // Section I starts from the list (name, position, unit…); an edit can be undone back to that text.
    const general = person.getByLabel('I. THÔNG TIN CHUNG');
    await expect(general).toHaveValue(/- Họ và tên: Nguyễn Thị Hoa\n/);
    const starter = await general.inputValue();
    await general.fill('Đã sửa');
    await person.getByRole('button', { name: /^Dùng lại nội dung gợi ý/ }).click();
    await expect(general).toHaveValue(starter);
    await expect(person.getByRole('button', { name: /^Dùng lại nội dung gợi ý/ })).toHaveCount(0);

    const add = person.getByRole('button', { name: /^Thêm hình thức khen thưởng/ });
    await add.click();
    await add.click();
    await person.getByRole('group', { name: 'Hình thức khen thưởng thứ 2' }).getByLabel('Năm').fill('2023');
    await person.getByRole('button', { name: /^Xóa dòng 1/ }).click();
    await expect(add).toBeFocused();
    await expect(person.getByRole('group', { name: /^Hình thức khen thưởng thứ/ })).toHaveCount(1);
    await expect(person.getByRole('group', { name: 'Hình thức khen thưởng thứ 1' }).getByLabel('Năm')).toHaveValue('2023');

    await expect(page.getByText('Đã lưu lúc')).toBeVisible();
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Tên đơn vị', { exact: true })).toHaveValue(COMMUNE);
    const reloaded = page.getByRole('region', { name: `${PERSON} (Cá nhân)` });
    await expect(reloaded.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC')).toHaveValue('Dòng 1\n- Ý 2');
    await expect(reloaded.getByRole('group', { name: 'Hình thức khen thưởng thứ 1' }).getByLabel('Năm')).toHaveValue('2023');
  });
});
