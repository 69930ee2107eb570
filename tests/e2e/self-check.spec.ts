import { expect, test } from '@playwright/test';
import * as z from 'zod/mini';
import { DRAFTS_KEY, DRAFTS_VERSION, drafts } from '../../src/storage/drafts';
import { COMMUNE_AWARD, PATH, answerIn, axe, begin, choose, communeToSummary, heading, next, noExclusion, open, radio } from './self-check-support';

const stored = (page: import('@playwright/test').Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), DRAFTS_KEY);

test.describe('self-check', () => {
  test('a commune that qualifies, with zero axe violations on every step and on the result', async ({ page }) => {
    test.setTimeout(120_000); // axe runs on fifteen screens
    await open(page);
    await expect(page).toHaveURL(/#hinh-thuc$/);
    await communeToSummary(page, { voted: '9850', checkAxe: true });
    await expect(page.getByText('9.850 trên 10.000 cử tri đi bầu: 98,50%')).toBeVisible();
    await page.getByRole('button', { name: 'Xem kết quả' }).click();

    await expect(page).toHaveURL(/#ket-qua$/);
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    const criteria = page.locator('h3:has-text("Tiêu chuẩn") + ul > li');
    await expect(criteria).toHaveCount(8);
    for (const item of await criteria.all()) await expect(item.locator('.status')).toHaveText('Đạt');
    await expect(page.getByText('(tỷ lệ 98,50%: 9.850 trên 10.000 cử tri)')).toBeVisible();
    // every criterion and exclusion links to its clause on the plan page
    await expect(page.locator('a[href="/ke-hoach/#muc-iii-3-2-a-g1-y3"]').first()).toBeVisible();
    await expect(page.locator('a[href="/ke-hoach/#muc-iii-1-b-g4"]')).toHaveCount(4);
    await expect(page.locator('a[href="/ke-hoach/#muc-iii-1-b-g2"]')).toHaveCount(1);
    // the priorities reminder with a qualifying result
    await expect(page.getByRole('heading', { name: 'Khi có nhiều trường hợp đủ điều kiện như nhau' })).toBeVisible();
    await expect(page.getByText(/lựa chọn cá nhân nữ hoặc tập thể có tỷ lệ nữ từ 70% trở lên/)).toBeVisible();
    await expect(page.locator('a[href="/ke-hoach/#muc-iv-luu-y"]')).toBeVisible();
    // next steps: a check done on its own is attached to a nominee of the list, or starts one
    await expect(page.getByRole('link', { name: 'Xem số lượng được đề nghị' })).toHaveAttribute('href', '/so-luong/');
    await expect(page.getByRole('heading', { name: 'Gắn kết quả với tập thể được đề nghị' })).toBeVisible();
    await expect(page.getByText('Danh sách đề nghị ở trang Số lượng chưa có tập thể nào.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thêm tập thể mới vào danh sách đề nghị' })).toHaveAttribute(
      'href',
      '/so-luong/?tu-kiem-tra=moi#tieu-de-them-uv',
    );
    await expect(page.getByRole('link', { name: 'Soạn báo cáo thành tích' })).toHaveCount(0);
    await axe(page);

    // answers never in the URL; saved as the 'current' self-check (the answers only: the outcome is evaluated again wherever it is shown)
    expect(page.url()).not.toMatch(/9850|10000|yes|no\b/);
    await expect.poll(async () => (await stored(page))?.selfChecks?.current?.turnout?.voted).toBe('9850');
    const saved = (await stored(page)).selfChecks.current;
    expect(saved).not.toHaveProperty('outcome');
    expect(saved).toMatchObject({ award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'xa-phuong', inScope: 'yes', turnout: { registered: '10000', voted: '9850' } });

    // answers persist across a reload
    await page.reload();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
  });

  test('a commune that fails on a 97.9% turnout', async ({ page }) => {
    await open(page);
    await communeToSummary(page, { voted: '9790' });
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Chưa đủ điều kiện');
    const reason = page.locator('.self-check .check-list').first();
    await expect(reason.locator('li')).toHaveCount(1);
    await expect(reason).toContainText('Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên.');
    await expect(reason).toContainText('tỷ lệ 97,90%');
    await expect(reason.locator('.status')).toHaveText('Không đạt');
    await expect(reason.getByRole('link', { name: 'Kế hoạch, Mục III.3.2.a' })).toHaveAttribute('href', '/ke-hoach/#muc-iii-3-2-a-g1-y3');
    await expect(page.getByRole('heading', { name: 'Khi có nhiều trường hợp đủ điều kiện như nhau' })).toHaveCount(0);
    await axe(page);
  });

  test('the live turnout line shows the exact figure while typing', async ({ page }) => {
    await open(page);
    await communeToSummary(page, { voted: '9800' });
    await page.getByRole('link', { name: 'Thay đổi Tỷ lệ cử tri đi bầu cử của xã, phường' }).click();
    await expect(page).toHaveURL(/#tieu-chuan-xa-phuong-ty-le-cu-tri$/);
    await expect(page.getByRole('status').filter({ hasText: 'Tỷ lệ cử tri đi bầu' })).toHaveText('Tỷ lệ cử tri đi bầu: 98,00%, đạt mức từ 98% trở lên.');
    await page.getByLabel('Số cử tri đã đi bầu').fill('9799');
    await expect(page.getByRole('status').filter({ hasText: 'Tỷ lệ cử tri đi bầu' })).toHaveText('Tỷ lệ cử tri đi bầu: 97,99%, chưa đạt mức 98%.');
    // after a change from the summary, "Tiếp tục" returns to the summary
    await next(page);
    await expect(heading(page)).toHaveText('Kiểm tra lại câu trả lời');
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Chưa đủ điều kiện');
  });

  test('an individual excluded for a pending complaint (đơn thư khiếu nại, tố cáo)', async ({ page }) => {
    await open(page);
    await begin(page, COMMUNE_AWARD, 'Cá nhân');
    await expect(heading(page)).toContainText('thành viên một tổ chức phụ trách bầu cử');
    await choose(page, 'Có');
    await next(page);
    for (let i = 0; i < 4; i++) {
      await expect(page).toHaveURL(/#tieu-chuan-ca-nhan-/);
      await choose(page, 'Có');
      await next(page);
    }
    await noExclusion(page);
    await answerIn(page, /đơn thư khiếu nại, tố cáo/, 'Có');
    await next(page);
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Chưa khen thưởng trong thời gian đang xem xét, xác minh');
    const reason = page.locator('.self-check .check-list').first();
    await expect(reason.locator('li')).toHaveCount(1);
    await expect(reason).toContainText('Có đơn thư khiếu nại, tố cáo.');
    await expect(reason).toContainText('Nghị định số 152/2025/NĐ-CP, Điều 4, khoản 4');
    await expect(reason.locator('.status')).toHaveText('Đang thuộc trường hợp này');
    await axe(page);
  });

  test("the Prime Minister's award gives the guidance note, not invented criteria", async ({ page }) => {
    await open(page);
    await begin(page, 'Bằng khen của Thủ tướng Chính phủ', 'Xã, phường', 'Có');
    await noExclusion(page);
    await next(page);
    await expect(page.getByText(/Hướng dẫn số 7886\/HD-BNV/).first()).toBeVisible();
    await axe(page);
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Tiêu chuẩn theo Hướng dẫn 7886/HD-BNV');
    await expect(page.locator('a[href="/ke-hoach/#muc-iv-1"]')).toBeVisible();
    await expect(page.locator('a[href="/ke-hoach/#muc-iii-3-1"]')).toBeVisible();
    await axe(page);
  });

  test('out of scope: straight to the summary, then not eligible, citing Mục III.1.a', async ({ page }) => {
    await open(page);
    await begin(page, 'Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các xã, phường', 'Cơ quan, đơn vị cấp tỉnh và tương đương', 'Không');
    await expect(heading(page)).toHaveText('Kiểm tra lại câu trả lời');
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Chưa đủ điều kiện');
    await expect(page.getByText('Không thuộc đối tượng khen thưởng của Kế hoạch.', { exact: false })).toBeVisible();
    await expect(page.locator('blockquote a[href="/ke-hoach/#muc-iii-1-a-g1"]')).toBeVisible();
  });

  test('browser Back returns to the previous step with the answers kept', async ({ page }) => {
    await open(page);
    await begin(page, COMMUNE_AWARD, 'Xã, phường', 'Có');
    await expect(page).toHaveURL(/#tieu-chuan-xa-phuong-doan-ket$/);

    await page.goBack();
    await expect(page).toHaveURL(/#pham-vi$/);
    await expect(radio(page, 'Có')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/#doi-tuong$/);
    await expect(radio(page, 'Xã, phường')).toBeChecked();
    await page.goBack();
    await expect(page).toHaveURL(/#hinh-thuc$/);
    await expect(radio(page, COMMUNE_AWARD)).toBeChecked();
    await page.goForward();
    await expect(page).toHaveURL(/#doi-tuong$/);

    // the "Quay lại" link goes back too, and focus lands on the question
    await next(page);
    await page.getByRole('link', { name: 'Quay lại' }).click();
    await expect(page).toHaveURL(/#doi-tuong$/);
    await expect(page.locator('.self-check h1')).toBeFocused();
  });

  test('the error summary takes focus and links to the field', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Chọn hình thức khen thưởng.');
    await expect(page.locator('#truong-hinh-thuc-loi')).toContainText('Chọn hình thức khen thưởng.');
    await expect(page).toHaveTitle(/^Lỗi: /);
    await axe(page);
    await summary.getByRole('link', { name: 'Chọn hình thức khen thưởng.' }).click();
    await expect(page.locator('#truong-hinh-thuc')).toBeFocused();
    await expect(page).toHaveURL(/#hinh-thuc$/);

    // the turnout step: invalid figures get a message each, at the field and in the summary
    await open(page);
    await begin(page, COMMUNE_AWARD, 'Xã, phường', 'Có');
    await page.goto(`${PATH}#tieu-chuan-xa-phuong-ty-le-cu-tri`);
    await expect(heading(page)).toHaveText('Tỷ lệ cử tri đi bầu cử của xã, phường');
    await page.getByLabel('Số cử tri có tên trong danh sách cử tri').fill('0');
    await page.getByLabel('Số cử tri đã đi bầu').fill('97,9');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Số cử tri có tên trong danh sách cử tri phải lớn hơn 0.',
      'Số cử tri đã đi bầu phải là một số nguyên (chỉ gồm chữ số, không có phần thập phân), ví dụ 12500.',
    ]);
    await expect(page.getByLabel('Số cử tri đã đi bầu')).toHaveAttribute('aria-invalid', 'true');
    await axe(page);
    await summary.getByRole('link').nth(1).click();
    await expect(page.getByLabel('Số cử tri đã đi bầu')).toBeFocused();
    // typing is never lost
    await expect(page.getByLabel('Số cử tri đã đi bầu')).toHaveValue('97,9');
    await page.getByLabel('Số cử tri có tên trong danh sách cử tri').fill('1000');
    await page.getByLabel('Số cử tri đã đi bầu').fill('1001');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(summary.getByRole('link')).toHaveText(['Số cử tri đã đi bầu không được lớn hơn số cử tri có tên trong danh sách cử tri.']);

    // the exclusions: one message per unanswered question
    await page.goto(`${PATH}#loai-tru`);
    await answerIn(page, /xem xét thi hành kỷ luật/, 'Không');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(4);
    await axe(page);
    await summary.getByRole('link', { name: /Có đơn thư khiếu nại, tố cáo/ }).click();
    await expect(page.locator('#truong-don-thu-dang-xac-minh')).toBeFocused();
  });

  test('keyboard only: Tab, Space and Enter complete the check', async ({ page }) => {
    await open(page);
    const tabTo = async (predicate: string, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return;
      }
      throw new Error(`Tab never reached: ${predicate}`);
    };
    const focusedIsRadio = `document.activeElement?.type === 'radio'`;
    const focusedIsButton = (name: string) => `document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === '${name}'`;
    const answerStep = async () => {
      await tabTo(focusedIsRadio);
      await page.keyboard.press('Space');
      await tabTo(focusedIsButton('Tiếp tục'));
      await page.keyboard.press('Enter');
    };

    await answerStep(); // award: the first choice
    await expect(page).toHaveURL(/#doi-tuong$/);
    await expect(heading(page)).toBeFocused();
    await answerStep(); // kind: Xã, phường
    await expect(page).toHaveURL(/#pham-vi$/);
    await answerStep(); // scope: Có
    await expect(page).toHaveURL(/#loai-tru$/);
    // five questions: Tab reaches each group, Space answers "Có"
    for (let i = 0; i < 5; i++) {
      await tabTo(`${focusedIsRadio} && !document.activeElement.checked && !document.querySelector('input[name="' + document.activeElement.name + '"]:checked')`);
      await page.keyboard.press('Space');
    }
    await tabTo(focusedIsButton('Tiếp tục'));
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Kiểm tra lại câu trả lời');
    await tabTo(focusedIsButton('Xem kết quả'));
    await page.keyboard.press('Enter');
    // "Có" everywhere: the achievement already rewarded weighs most, and every exclusion answered is listed
    await expect(heading(page)).toHaveText('Không đề nghị khen thưởng cho thành tích này');
    await expect(page.locator('.self-check .check-list').first().locator('li')).toHaveCount(5);
  });

  test('"Làm lại từ đầu" clears the answers', async ({ page }) => {
    await open(page);
    await begin(page, COMMUNE_AWARD, 'Xã, phường');
    await expect.poll(async () => (await stored(page))?.selfChecks?.current?.nomineeKind).toBe('xa-phuong');
    await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
    await expect(page).toHaveURL(/#hinh-thuc$/);
    await expect(radio(page, COMMUNE_AWARD)).not.toBeChecked();
    await expect.poll(async () => (await stored(page))?.selfChecks?.current).toBeUndefined();
    await page.reload();
    await expect(radio(page, COMMUNE_AWARD)).not.toBeChecked();
  });

  test('?ung-vien= saves under that nominee and names it', async ({ page }) => {
    await page.goto('/');
    const seeded = z.parse(drafts, {
      version: DRAFTS_VERSION,
      quotaPlan: { nominees: [{ id: 'uv-0123456789abcdef', type: 'individual', name: 'Nguyễn Thị Hồng Nhung' }] },
    });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [DRAFTS_KEY, JSON.stringify(seeded)]);
    await open(page, '?ung-vien=uv-0123456789abcdef');
    await expect(page.locator('.self-check .note').first()).toContainText('Đang tự kiểm tra cho Nguyễn Thị Hồng Nhung');
    await choose(page, COMMUNE_AWARD);
    await next(page);
    // the individual kind is preselected from the nominee's type
    await expect(radio(page, 'Cá nhân')).toBeChecked();
    await next(page);
    await expect.poll(async () => (await stored(page))?.selfChecks?.['uv-0123456789abcdef']?.nomineeKind).toBe('ca-nhan');
    expect((await stored(page)).selfChecks.current).toBeUndefined();
    // the name is in the page, never in the URL or the title
    expect(page.url()).not.toContain('Nhung');
    await expect(page).not.toHaveTitle(/Nhung/);
    await axe(page);
  });
});

test.describe('self-check without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the criteria as a printable checklist', async ({ page }) => {
    await page.goto(PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tự kiểm tra điều kiện khen thưởng');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // Playwright's text matching skips <noscript>: read the rendered text instead
    const text = await page.locator('main').innerText();
    expect(text).toContain('Công cụ tự kiểm tra từng bước cần JavaScript');
    expect(text).toContain('Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên.');
    expect(text).toMatch(/đạt khi từ 98% trở lên/);
    expect(text).toContain('3. Trường hợp chưa khen thưởng hoặc không khen thưởng');
    expect(text).toContain('Có đơn thư khiếu nại, tố cáo liên quan đến tập thể, cá nhân này đang được xác minh làm rõ không?');
    expect(text).toContain('Tiêu chuẩn thực hiện theo quy định tại Hướng dẫn số 7886/HD-BNV');
    await expect(page.locator('.paper-checklist .box').first()).toBeVisible();
    await expect(page.locator('button')).toHaveCount(1); // only the site search, no dead form
    await expect(page.locator('.paper-checklist a[href="/ke-hoach/#muc-iii-3-2-a-g1-y3"]').first()).toBeVisible();
  });
});

test('the printable checklist has no axe violations', async ({ page }) => {
  // axe needs scripts: serve the page with its <noscript> content unwrapped and without the island
  await page.route('**/tu-kiem-tra/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<astro-island[\s\S]*?<\/astro-island>/g, '')
      .replace(/<\/?noscript>/g, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(PATH);
  await expect(page.locator('.paper-checklist h1')).toHaveText('Tự kiểm tra điều kiện khen thưởng');
  await axe(page);
});
