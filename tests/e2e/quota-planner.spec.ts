import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';

const PAGE = '/so-luong/';
const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';

async function open(page: Page) {
  await page.goto(PAGE);
  await waitForIslands(page);
  await expect(page.getByLabel('Đơn vị của bạn')).toBeVisible();
}

const chooseUnit = (page: Page, label: string) => page.getByLabel('Đơn vị của bạn').selectOption({ label });
const typeGroup = (page: Page) => page.getByRole('group', { name: 'Đề nghị khen thưởng' });
const addButton = (page: Page) => page.getByRole('button', { name: 'Thêm vào danh sách' });
const list = (page: Page) => page.locator('ol.quota-nominees > li');
const status = (page: Page) => page.locator('.quota-status');
const readiness = (page: Page) => status(page).locator('p.status');

async function fillCollective(page: Page, name: string, womenShare = '') {
  await typeGroup(page).getByLabel('Tập thể', { exact: true }).check();
  await page.getByLabel('Tên tập thể').fill(name);
  if (womenShare) await page.getByLabel('Tỷ lệ nữ trong tập thể (%)').fill(womenShare);
}

async function fillIndividual(page: Page, name: string, { leader = false, gender = 'Nữ' } = {}) {
  await typeGroup(page).getByLabel('Cá nhân', { exact: true }).check();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Chức vụ').fill('Chuyên viên');
  await page.getByLabel('Đơn vị công tác').fill('Văn phòng HĐND và UBND');
  await page.getByLabel('Năm sinh').fill('1988');
  await page.getByRole('group', { name: 'Giới tính' }).getByLabel(gender).check();
  await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel(leader ? 'Có' : 'Không').check();
}

test.describe('quota planner', () => {
  test('a commune proposes 1 collective and 1 individual, then a third case is refused with the reason', async ({ page }) => {
    await open(page);
    await expectNoAxeViolations(page, 'empty planner');
    await chooseUnit(page, 'Xã, phường');
    await expect(status(page)).toContainText('Mỗi xã, phường chọn 02 trường hợp');
    await expect(readiness(page)).toHaveText('Danh sách chưa sẵn sàng');
    await expectNoAxeViolations(page, 'category chosen, empty list');

    await fillCollective(page, 'Thôn 3', '72');
    await addButton(page).click();
    await expect(list(page)).toHaveCount(1);
    await fillIndividual(page, 'Nguyễn Thị Hoa');
    await addButton(page).click();
    await expect(list(page)).toHaveCount(2);
    await expect(list(page).nth(1)).toContainText('Cá nhân · Chuyên viên, Văn phòng HĐND và UBND · sinh năm 1988 · Nữ');
    const counts = page.locator('.quota-counts tbody tr');
    await expect(counts).toContainText(['Trường hợp (1 tập thể, 1 cá nhân)']);
    await expect(counts.locator('td')).toHaveText(['2', '2']);
    await expect(readiness(page)).toHaveText('Danh sách sẵn sàng để lập hồ sơ');
    await expect(page.getByRole('status').filter({ hasText: 'Đã thêm “Nguyễn Thị Hoa”' })).toContainText(
      'Danh sách có 1 tập thể, 1 cá nhân; tối đa 2 trường hợp (tập thể hoặc cá nhân). Danh sách sẵn sàng.',
    );
    await expectNoAxeViolations(page, 'filled list');

    // A third case of either kind: refused at once, and on submit, with the clause.
    await fillIndividual(page, 'Trần Văn Ba');
    const reason = /Không thêm được: Xã, phường được đề nghị tối đa 2 trường hợp \(tập thể hoặc cá nhân\) và danh sách đã có 2 trường hợp\. Quy định: “Đối với xã, phường: Mỗi xã, phường chọn 02 trường hợp \(tập thể hoặc cá nhân\)” \(Mục IV\.2\.b\)\./;
    await expect(typeGroup(page)).toContainText(reason);
    await addButton(page).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(reason);
    await expect(list(page)).toHaveCount(2);
    await summary.getByRole('link').click();
    await expect(typeGroup(page).getByLabel('Tập thể', { exact: true })).toBeFocused();
    await expectNoAxeViolations(page, 'refusal shown');
  });

  test('Công an tỉnh is refused a second collective; an individuals-only category offers individuals only', async ({ page }) => {
    await open(page);
    await chooseUnit(page, 'Công an tỉnh');
    await fillCollective(page, 'Phòng Tham mưu');
    await addButton(page).click();
    await expect(list(page)).toHaveCount(1);
    await fillCollective(page, 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội');
    await addButton(page).click();
    await expect(page.locator('.error-summary')).toContainText(
      'Không thêm được: Công an tỉnh được đề nghị tối đa 1 tập thể và danh sách đã có 1 tập thể. Quy định: “Đối với Ban Tổ chức Tỉnh ủy; Công an tỉnh;',
    );
    await expect(list(page)).toHaveCount(1);

    await chooseUnit(page, 'Ủy ban bầu cử của tỉnh');
    await expect(status(page)).toContainText('Danh sách có 1 tập thể, nhưng Ủy ban bầu cử của tỉnh chỉ được đề nghị cá nhân, không đề nghị tập thể.');
    await expect(readiness(page)).toHaveText('Danh sách chưa sẵn sàng');
    // the category allows individuals only: the form offers no collective, and says why
    await expect(typeGroup(page).getByRole('radio')).toHaveCount(1);
    await expect(typeGroup(page).getByLabel('Cá nhân', { exact: true })).toBeChecked();
    await expect(typeGroup(page)).toContainText('Ủy ban bầu cử của tỉnh chỉ được đề nghị cá nhân.');
    await expect(page.getByLabel('Họ và tên')).toBeVisible();
    await expectNoAxeViolations(page, 'individuals only');
  });

  test('over the quota after fewer boards: says by how much and which rule, and the list is not ready', async ({ page }) => {
    await open(page);
    await chooseUnit(page, 'Ban bầu cử đại biểu Quốc hội');
    const boards = page.getByLabel(/^Số ban/);
    await boards.fill('2,5');
    await expect(page.locator('.field--error')).toContainText('Số ban phải là số nguyên (ví dụ 3), không có phần thập phân.');
    await boards.fill('-1');
    await expect(page.locator('.field--error')).toContainText('Số ban không được là số âm.');
    await boards.fill('2');
    await fillIndividual(page, 'Lê Văn Một');
    await addButton(page).click();
    await fillIndividual(page, 'Phạm Thị Hai', { leader: true });
    await addButton(page).click();
    await expect(list(page)).toHaveCount(2);
    await boards.fill('1');
    await expect(status(page)).toContainText(
      'Vượt số lượng 1 cá nhân: danh sách có 2 cá nhân, trong khi Ban bầu cử đại biểu Quốc hội với 1 ban được đề nghị tối đa 1 cá nhân. Quy định: “Ban bầu cử đại biểu Quốc hội: 01 cá nhân/01 ban” (Mục IV.2.a).',
    );
    await expect(readiness(page)).toHaveText('Danh sách chưa sẵn sàng');
    await expect(status(page).getByRole('link', { name: 'Xem Mục IV.2.a trong Kế hoạch' }).first()).toHaveAttribute('href', '/ke-hoach/#muc-iv-2-a-g5');
    await expectNoAxeViolations(page, 'over quota');
  });

  test('the list survives a reload; edit, reorder, remove and undo', async ({ page }) => {
    await open(page);
    await chooseUnit(page, 'Sở Nội vụ');
    await fillIndividual(page, 'Người Một', { leader: true });
    await addButton(page).click();
    await fillIndividual(page, 'Người Hai', { leader: true });
    await addButton(page).click();
    await expect(status(page)).toContainText('Cả 2 cá nhân trong danh sách đều giữ chức vụ lãnh đạo, quản lý.');
    await expect(status(page)).toContainText('(Mục IV, Lưu ý)');
    await expect(readiness(page)).toHaveText('Danh sách sẵn sàng để lập hồ sơ');

    // Half-typed entry and the list are kept.
    await typeGroup(page).getByLabel('Tập thể', { exact: true }).check();
    await page.getByLabel('Tên tập thể').fill('Phòng Công chức');
    await page.waitForTimeout(600);
    await page.reload();
    await waitForIslands(page);
    await expect(page.getByLabel('Đơn vị của bạn').locator('option:checked')).toHaveText('Sở Nội vụ');
    await expect(list(page).locator('h4')).toHaveText(['Người Một', 'Người Hai']);
    await expect(page.getByLabel('Tên tập thể')).toHaveValue('Phòng Công chức');

    // The self-check link carries the random id only.
    const href = await list(page).first().getByRole('link', { name: /Tự kiểm tra/ }).getAttribute('href');
    expect(href).toMatch(/^\/tu-kiem-tra\/\?ung-vien=uv-[0-9a-f]{16}$/);

    await page.getByRole('button', { name: 'Xuống “Người Một”' }).click();
    await expect(list(page).locator('h4')).toHaveText(['Người Hai', 'Người Một']);
    await expect(page.getByRole('button', { name: 'Lên “Người Một”' })).toBeFocused();

    await page.getByRole('button', { name: 'Sửa “Người Hai”' }).click();
    await expect(page.getByRole('heading', { name: 'Sửa thông tin: Người Hai' })).toBeFocused();
    await page.getByLabel('Họ và tên').fill('Người Hai Sửa');
    await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel('Không').check();
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByRole('heading', { name: 'Người Hai Sửa' })).toBeFocused();
    await expect(status(page)).not.toContainText('đều giữ chức vụ lãnh đạo');
    // The entry typed before editing was replaced by the edit; the form is back to adding.
    await expect(addButton(page)).toBeVisible();

    await page.getByRole('button', { name: 'Xóa “Người Hai Sửa”' }).click();
    await expect(list(page)).toHaveCount(1);
    const notice = page.locator('#uv-da-xoa');
    await expect(notice).toBeFocused();
    await notice.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(list(page).locator('h4')).toHaveText(['Người Hai Sửa', 'Người Một']);

    await page.waitForTimeout(600);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), DRAFTS_KEY);
    expect(stored.quotaPlan.categoryId).toBe('co-quan-nhom-2-tap-the-5-ca-nhan');
    expect(stored.quotaPlan.unitName).toBe('Sở Nội vụ');
    expect(stored.quotaPlan.nominees.map((n: { name: string }) => n.name)).toEqual(['Người Hai Sửa', 'Người Một']);
  });

  test('keyboard only: choose the unit, add nominees, reorder, remove and undo', async ({ page }) => {
    await open(page);
    /** Presses Tab until `target` has focus: proves it is reachable in the tab order. */
    const tabTo = async (target: Locator) => {
      for (let i = 0; i < 80; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
    };
    await tabTo(page.getByLabel('Đơn vị của bạn'));
    await page.keyboard.press('End'); // the last option: "Xã, phường"
    await expect(page.getByLabel('Đơn vị của bạn').locator('option:checked')).toHaveText('Xã, phường');
    await expect(status(page)).toContainText('Mỗi xã, phường chọn 02 trường hợp');

    await tabTo(page.locator('#uv-loai'));
    await page.keyboard.press('Space');
    await expect(page.locator('#uv-loai')).toBeChecked();
    await tabTo(page.getByLabel('Tên tập thể'));
    await page.keyboard.type('Tổ dân phố 1');
    await page.keyboard.press('Enter'); // submits the form
    await expect(list(page)).toHaveCount(1);
    await expect(page.locator('#uv-loai')).toBeFocused(); // ready for the next one
    await page.keyboard.press('Space');
    await tabTo(page.getByLabel('Tên tập thể'));
    await page.keyboard.type('Tổ dân phố 2');
    await page.keyboard.press('Enter');
    await expect(list(page)).toHaveCount(2);

    // Move the second one up: focus follows the moved nominee.
    await page.locator('#noi-dung').focus();
    await tabTo(page.getByRole('button', { name: 'Lên “Tổ dân phố 2”' }));
    await page.keyboard.press('Enter');
    await expect(list(page).locator('h4')).toHaveText(['Tổ dân phố 2', 'Tổ dân phố 1']);
    await expect(page.getByRole('button', { name: 'Xuống “Tổ dân phố 2”' })).toBeFocused();

    // Edit with the keyboard, then cancel: focus goes back to the edit button.
    await tabTo(page.getByRole('button', { name: 'Sửa “Tổ dân phố 2”' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Sửa thông tin: Tổ dân phố 2' })).toBeFocused();
    await tabTo(page.getByRole('button', { name: 'Hủy sửa' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Sửa “Tổ dân phố 2”' })).toBeFocused();

    // Remove: focus lands on the notice, and Tab reaches its undo button.
    await tabTo(page.getByRole('button', { name: 'Xóa “Tổ dân phố 2”' }));
    await page.keyboard.press('Enter');
    await expect(list(page)).toHaveCount(1);
    await expect(page.locator('#uv-da-xoa')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list(page).locator('h4')).toHaveText(['Tổ dân phố 2', 'Tổ dân phố 1']);
    await expect(page.getByRole('heading', { name: 'Tổ dân phố 2' })).toBeFocused();
  });

  test('an empty name and a missing board count get messages linked from the summary', async ({ page }) => {
    await open(page);
    await chooseUnit(page, 'Đoàn Kiểm tra giám sát bầu cử của tỉnh');
    await typeGroup(page).getByLabel('Cá nhân', { exact: true }).check();
    await addButton(page).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Nhập số đoàn của đơn vị (một số nguyên, ví dụ 3).',
      'Nhập họ và tên.',
      'Nhập chức vụ.',
      'Nhập đơn vị công tác.',
      'Nhập năm sinh (4 chữ số, ví dụ 1988).',
      'Chọn giới tính.',
      'Cho biết người này có giữ chức vụ lãnh đạo, quản lý hay không.',
    ]);
    await summary.getByRole('link', { name: 'Nhập họ và tên.' }).click();
    await expect(page.getByLabel('Họ và tên')).toBeFocused();
    await expect(page.locator('#uv-ten-loi')).toHaveText('Lỗi: Nhập họ và tên.');
    await expectNoAxeViolations(page, 'form errors');
  });

  test('shows the self-check outcome of each nominee; an exclusion found blocks the list', async ({ page }) => {
    await open(page);
    await chooseUnit(page, 'Ban Chỉ đạo bầu cử của tỉnh');
    await fillIndividual(page, 'Võ Thị Năm');
    await addButton(page).click();
    await fillIndividual(page, 'Đỗ Văn Sáu');
    await addButton(page).click();
    await expect(list(page).first()).toContainText('Tự kiểm tra tiêu chuẩn: Chưa tự kiểm tra');
    await expect(status(page)).toContainText('Dòng 1 “Võ Thị Năm”: chưa tự kiểm tra tiêu chuẩn.');
    await expect(readiness(page)).toHaveText('Danh sách sẵn sàng để lập hồ sơ');

    const ids = await list(page).getByRole('link', { name: /Tự kiểm tra/ }).evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('ung-vien')),
    );
    await page.waitForTimeout(600);
    await page.evaluate(
      ({ key, ids }) => {
        const drafts = JSON.parse(localStorage.getItem(key)!);
        const yes = ['ca-nhan-thanh-tich-tieu-bieu', 'ca-nhan-guong-mau', 'ca-nhan-hoan-thanh-xuat-sac', 'ca-nhan-giai-phap-hieu-qua'];
        const no = ['dang-xem-xet-ky-luat', 'dang-dieu-tra-thanh-tra', 'don-thu-dang-xac-minh', 'bao-chi-neu-dang-xac-minh', 'thanh-tich-da-duoc-khen'];
        const check = (exclusion?: string) => ({
          award: 'bang-khen-chu-tich-ubnd-tinh',
          nomineeKind: 'ca-nhan',
          inScope: 'yes',
          answers: Object.fromEntries([...yes.map((id) => [id, 'yes']), ...no.map((id) => [id, id === exclusion ? 'yes' : 'no'])]),
          turnout: { registered: '', voted: '' },
        });
        drafts.selfChecks = { [ids[0]!]: check(), [ids[1]!]: check('don-thu-dang-xac-minh') };
        localStorage.setItem(key, JSON.stringify(drafts));
      },
      { key: DRAFTS_KEY, ids },
    );
    await page.reload();
    await waitForIslands(page);
    await expect(list(page).nth(0)).toContainText('Tự kiểm tra tiêu chuẩn: Đủ điều kiện đề nghị');
    await expect(list(page).nth(1)).toContainText('Tự kiểm tra tiêu chuẩn: Chưa khen thưởng trong thời gian đang xem xét, xác minh');
    await expect(list(page).nth(1)).toContainText('Dòng 2 “Đỗ Văn Sáu”: tự kiểm tra cho thấy thuộc trường hợp chưa khen thưởng');
    await expect(status(page)).toContainText('Có đơn thư khiếu nại, tố cáo. (Mục III.1.b)');
    await expect(status(page)).not.toContainText('chưa tự kiểm tra tiêu chuẩn');
    await expect(readiness(page)).toHaveText('Danh sách chưa sẵn sàng');
    await expectNoAxeViolations(page, 'self-check outcomes');
  });
});
