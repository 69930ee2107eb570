// One journey from "am I eligible?" to "download my dossier" on a 360 × 740 phone (issue 13): the
// self-check belongs to a nominee whatever order the unit works in, and section II of the
// nominee's report in the downloaded DOCX starts from the check; every tool ends with its next
// step. Each new state is checked for axe violations, sideways scroll and whole text.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';
import { expectNoSideScroll } from '../support/sideScroll';
import { expectWholeText } from '../support/textJoins';
import { COMMUNE_AWARD, choose, communeToSummary, hash, heading, next, open as openSelfCheck } from './self-check-support';

test.use({ viewport: { width: 360, height: 740 } });

const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';
const COMMUNE = 'Ủy ban nhân dân xã Ea Kar';
const PERSON = 'Nguyễn Thị Hoa';

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), DRAFTS_KEY);

/** axe, no sideways scroll and whole text in the state the page is in. */
async function checkState(page: Page, state: string) {
  await expectNoAxeViolations(page, state);
  await expectNoSideScroll(page, state);
  await expectWholeText(page, state);
}

const list = (page: Page) => page.locator('ol.quota-nominees > li');
const typeGroup = (page: Page) => page.getByRole('group', { name: 'Đề nghị khen thưởng' });

async function addIndividual(page: Page, name: string) {
  await typeGroup(page).getByLabel('Cá nhân', { exact: true }).check();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Chức vụ').fill('Công chức Văn phòng - Thống kê');
  await page.getByLabel('Đơn vị công tác').fill(COMMUNE);
  await page.getByLabel('Năm sinh').fill('1988');
  await page.getByRole('group', { name: 'Giới tính' }).getByLabel('Nữ').check();
  await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel('Không').check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
}

/** The text of each paragraph of the DOCX's document.xml, joined by lines (as tests/e2e/dossier.spec.ts reads it). */
function documentText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')))
    .join('\n');
}

/** On /ho-so/: section II of the commune starts from its check; its report, downloaded, carries it. */
async function communeReportCarriesCheck(page: Page) {
  await expect(page.getByRole('heading', { name: '1. Thông tin đơn vị' })).toBeVisible();
  const report = page.getByRole('region', { name: `${COMMUNE} (Tập thể)` });
  await expect(report.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC')).toHaveValue(/10\.000[\s\S]*9\.910[\s\S]*99,1%/);
  await page.getByLabel('Tên đơn vị', { exact: true }).fill(COMMUNE);
  await page.getByLabel('Địa danh ghi ở dòng ngày tháng', { exact: true }).fill('Ea Kar');
  await page.getByLabel('Chức vụ của người ký', { exact: true }).fill('CHỦ TỊCH');
  await page.getByLabel('Họ và tên người ký', { exact: true }).fill('Trần Văn Bình');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Tạo báo cáo (DOCX) của ${COMMUNE}` }).click();
  const file = await downloading;
  const text = documentText(new Uint8Array(readFileSync((await file.path())!)));
  expect(text).toContain('II. THÀNH TÍCH ĐẠT ĐƯỢC');
  expect(text).toMatch(/Tổng số cử tri trong danh sách: 10\.000 người; số cử tri đã tham gia bỏ phiếu: 9\.910 người, đạt tỷ lệ 99,1%\./);
  expect(text).toContain('Kết thúc bầu cử sớm hoặc đúng thời gian quy định.');
}

test.describe('the journey on a phone', () => {
  test('self-check first, then the planner, then the dossier: the check goes with the new nominee into section II', async ({ page }) => {
    test.slow();
    await openSelfCheck(page);
    await communeToSummary(page, { voted: '9910' });
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    // the scope row states the answer, then the plan's statement (not the question)
    const scope = page.locator('h3:has-text("Đối tượng khen thưởng") + ul > li');
    await expect(scope).toContainText(/^Thuộc đối tượng khen thưởng Các cơ quan, đơn vị cấp tỉnh, cấp xã/);
    await expect(scope).not.toContainText('không?');
    await expect(page.getByText('và không thuộc các trường hợp chưa khen thưởng hoặc không khen thưởng.', { exact: false })).toBeVisible();
    await checkState(page, 'self-check result, not attached');

    // the result's next step names the planner, with the kind of nominee chosen from the answers
    await page.getByRole('link', { name: 'Thêm tập thể mới vào danh sách đề nghị' }).click();
    await expect(page).toHaveURL(/\/so-luong\/\?tu-kiem-tra=moi#tieu-de-them-uv$/);
    await waitForIslands(page);
    await expect(page.locator('#tieu-de-them-uv')).toBeFocused();
    await expect(typeGroup(page).getByLabel('Tập thể', { exact: true })).toBeChecked();
    await expect(page.getByText('Kết quả tự kiểm tra vừa làm (Đủ điều kiện đề nghị) sẽ được gắn với tập thể này khi thêm vào danh sách.')).toBeVisible();
    await checkState(page, 'planner opened from the result');

    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Xã, phường' });
    await page.getByLabel('Tên tập thể').fill(COMMUNE);
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(list(page)).toHaveCount(1);
    await expect(list(page).first()).toContainText('Tự kiểm tra tiêu chuẩn: Đủ điều kiện đề nghị');
    // the answers moved: nothing left under "current"
    await expect.poll(async () => Object.keys((await stored(page)).selfChecks)).toHaveLength(1);
    const drafts = await stored(page);
    const communeId = drafts.quotaPlan.nominees[0].id;
    expect(Object.keys(drafts.selfChecks)).toEqual([communeId]);
    expect(drafts.quotaPlan.nominees[0]).toMatchObject({ type: 'collective', nomineeKind: 'xa-phuong' });
    expect(drafts.selfChecks[communeId].turnout).toEqual({ registered: '10000', voted: '9910' });
    // its link resumes the check at the result, not at step 1
    const resume = list(page).first().getByRole('link', { name: `Xem kết quả tự kiểm tra của “${COMMUNE}”` });
    await expect(resume).toHaveAttribute('href', `/tu-kiem-tra/?ung-vien=${communeId}#ket-qua`);

    await addIndividual(page, PERSON);
    await expect(list(page)).toHaveCount(2);
    const status = page.locator('.quota-status');
    await expect(status.locator('p.status')).toHaveText('Danh sách sẵn sàng để lập hồ sơ');
    await checkState(page, 'planner, list ready');
    // the planner's next step names the dossier
    await status.getByRole('link', { name: 'lập hồ sơ đề nghị khen thưởng' }).click();
    await expect(page).toHaveURL(/\/ho-so\/$/);
    await waitForIslands(page);
    await communeReportCarriesCheck(page);
  });

  test('planner first, the check from the nominee’s link, back to the result from the list, then the dossier', async ({ page }) => {
    test.slow();
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Xã, phường' });
    await typeGroup(page).getByLabel('Tập thể', { exact: true }).check();
    await page.getByLabel('Tên tập thể').fill(COMMUNE);
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(list(page)).toHaveCount(1);
    await list(page).first().getByRole('link', { name: `Tự kiểm tra của “${COMMUNE}”` }).click();

    await waitForIslands(page);
    await expect(page.locator('.self-check .note').first()).toContainText(`Đang tự kiểm tra cho ${COMMUNE}`);
    await choose(page, COMMUNE_AWARD);
    await next(page);
    // the kind comes from the planner (a commune proposes itself)
    await expect(page.getByRole('radio', { name: /^Xã, phường/ })).toBeChecked();
    await next(page);
    await choose(page, 'Có');
    await next(page);
    while (hash(page).startsWith('#tieu-chuan-')) {
      if (hash(page) === '#tieu-chuan-xa-phuong-ty-le-cu-tri') {
        await page.getByLabel('Số cử tri có tên trong danh sách cử tri').fill('10000');
        await page.getByLabel('Số cử tri đã đi bầu').fill('9910');
      } else {
        await choose(page, 'Có');
      }
      await next(page);
    }
    for (const group of await page.locator('main').getByRole('group').all()) await group.getByRole('radio', { name: 'Không', exact: true }).check();
    await next(page);
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    // a nominee's check leads on to its list and its report; nothing to attach
    await expect(page.getByRole('heading', { name: /^Gắn kết quả/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Về danh sách đề nghị' })).toHaveAttribute('href', '/so-luong/#lap-danh-sach');
    await expect(page.getByRole('link', { name: 'Soạn báo cáo thành tích' })).toHaveAttribute('href', '/ho-so/');
    await checkState(page, 'result of a nominee’s check');

    await page.getByRole('link', { name: 'Về danh sách đề nghị' }).click();
    await waitForIslands(page);
    await expect(list(page).first()).toContainText('Tự kiểm tra tiêu chuẩn: Đủ điều kiện đề nghị');
    await list(page).first().getByRole('link', { name: `Xem kết quả tự kiểm tra của “${COMMUNE}”` }).click();
    await waitForIslands(page);
    await expect(page).toHaveURL(/#ket-qua$/);
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');

    await page.getByRole('link', { name: 'Soạn báo cáo thành tích' }).click();
    await waitForIslands(page);
    await communeReportCarriesCheck(page);
  });

  test('attaching to a nominee of the list asks before replacing its own check, and moves the answers', async ({ page }) => {
    // the list: the commune with a check of its own (a 99,9% turnout), another collective, a person
    await page.goto('/so-luong/');
    await page.evaluate(
      ({ key, commune, person }) => {
        const yes = ['xa-phuong-doan-ket', 'xa-phuong-dot-thi-dua', 'xa-phuong-bau-du-dai-bieu', 'xa-phuong-ket-qua-bau-cu', 'xa-phuong-ket-thuc-dung-gio', 'xa-phuong-an-ninh-trat-tu', 'xa-phuong-tuyen-truyen'];
        const no = ['dang-xem-xet-ky-luat', 'dang-dieu-tra-thanh-tra', 'don-thu-dang-xac-minh', 'bao-chi-neu-dang-xac-minh', 'thanh-tich-da-duoc-khen'];
        const answers = Object.fromEntries([...yes.map((id) => [id, 'yes']), ...no.map((id) => [id, 'no'])]);
        const nominee = (id: string, type: string, name: string, kind: string) => ({ id, type, name, nomineeKind: kind, position: '', unit: '', birthYear: '', gender: '', womenSharePercent: '' });
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 2,
            quotaPlan: {
              categoryId: 'xa-phuong',
              nominees: [nominee('uv-ca-nhan', 'individual', person, 'ca-nhan'), nominee('uv-xa', 'collective', commune, 'xa-phuong'), nominee('uv-thon', 'collective', 'Thôn 3', 'xa-phuong')],
            },
            selfChecks: { 'uv-xa': { award: 'bang-khen-chu-tich-ubnd-tinh', nomineeKind: 'xa-phuong', inScope: 'yes', answers, turnout: { registered: '1000', voted: '999' } } },
          }),
        );
      },
      { key: DRAFTS_KEY, commune: COMMUNE, person: PERSON },
    );
    await openSelfCheck(page);
    await communeToSummary(page, { voted: '9910' });
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');

    const pick = page.getByRole('group', { name: 'Chọn tập thể trong danh sách đề nghị' });
    // only the collectives are offered, each with its row; the one with a check says so
    await expect(pick.getByRole('radio')).toHaveCount(2);
    await expect(pick.getByRole('radio', { name: /^Dòng 2: Ủy ban nhân dân xã Ea Kar/ })).toBeVisible();
    await expect(pick).toContainText('Đã có kết quả tự kiểm tra: Đủ điều kiện đề nghị');
    await expect(pick.getByRole('radio', { name: /^Dòng 3: Thôn 3/ })).toBeVisible();
    const attach = page.getByRole('button', { name: 'Gắn kết quả vào tập thể đã chọn' });
    await attach.click();
    await expect(pick).toContainText('Chọn một tập thể trong danh sách.');
    await checkState(page, 'attach: nothing chosen');

    await pick.getByRole('radio', { name: /^Dòng 2/ }).check();
    await attach.click();
    const confirm = page.locator('#gan-xac-nhan');
    await expect(confirm).toBeFocused();
    await expect(confirm).toContainText(`“${COMMUNE}” đã có kết quả tự kiểm tra (Đủ điều kiện đề nghị). Thay kết quả đó bằng kết quả vừa làm?`);
    await checkState(page, 'attach: asked before replacing');
    await page.getByRole('button', { name: 'Giữ kết quả cũ' }).click();
    await expect(confirm).toHaveCount(0);
    let drafts = await stored(page);
    expect(drafts.selfChecks['uv-xa'].turnout.voted).toBe('999');
    expect(drafts.selfChecks.current.turnout.voted).toBe('9910');

    await attach.click();
    await page.getByRole('button', { name: 'Thay bằng kết quả vừa làm' }).click();
    await expect(page).toHaveURL(/\/tu-kiem-tra\/\?ung-vien=uv-xa#ket-qua$/);
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    await expect(page.getByText('Đã gắn kết quả này với tập thể, cá nhân ở trên; câu trả lời đã được chuyển sang.')).toBeVisible();
    await expect(page.locator('.self-check .note').first()).toContainText(`Đang tự kiểm tra cho ${COMMUNE}`);
    drafts = await stored(page);
    expect(Object.keys(drafts.selfChecks)).toEqual(['uv-xa']);
    expect(drafts.selfChecks['uv-xa'].turnout).toEqual({ registered: '10000', voted: '9910' });
    await checkState(page, 'attached');
    // said once: a reload does not say it again
    await page.reload();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    await expect(page.getByText('Đã gắn kết quả này')).toHaveCount(0);
  });

  test('"Làm lại từ đầu" sits at the top, away from "Tiếp tục", and offers to undo', async ({ page }) => {
    await openSelfCheck(page);
    await communeToSummary(page, { voted: '9910' });
    await page.getByRole('link', { name: /^Thay đổi Tỷ lệ cử tri đi bầu cử/ }).click();
    const restart = page.getByRole('button', { name: 'Làm lại từ đầu' });
    const box = async (name: string) => (await page.getByRole('button', { name }).boundingBox())!;
    // above the question, not under "Tiếp tục"
    expect((await box('Làm lại từ đầu')).y).toBeLessThan((await heading(page).boundingBox())!.y);
    expect((await box('Tiếp tục')).y - (await box('Làm lại từ đầu')).y).toBeGreaterThan(200);
    await next(page);
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');

    await restart.click();
    await expect(page).toHaveURL(/#hinh-thuc$/);
    const note = page.locator('#lam-lai');
    await expect(note).toBeFocused();
    await expect(note).toContainText('Đã xóa các câu trả lời để làm lại từ đầu.');
    await expect(page.getByRole('radio', { name: COMMUNE_AWARD })).not.toBeChecked();
    await expect.poll(async () => (await stored(page))?.selfChecks?.current).toBeUndefined();
    await checkState(page, 'after "Làm lại từ đầu"');

    await note.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect(page).toHaveURL(/#ket-qua$/);
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    await expect(heading(page)).toBeFocused();
    await expect.poll(async () => (await stored(page))?.selfChecks?.current?.turnout?.voted).toBe('9910');
  });

  test('keyboard only: undo "Làm lại từ đầu", then attach the result to a nominee', async ({ page }) => {
    await page.goto('/so-luong/');
    await page.evaluate(
      ({ key, person }) =>
        localStorage.setItem(
          key,
          JSON.stringify({ version: 2, quotaPlan: { categoryId: 'xa-phuong', nominees: [{ id: 'uv-ca-nhan', type: 'individual', name: person, nomineeKind: 'ca-nhan' }] } }),
        ),
      { key: DRAFTS_KEY, person: PERSON },
    );
    await openSelfCheck(page);
    const tabTo = async (predicate: string, limit = 60) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return;
      }
      throw new Error(`Tab never reached: ${predicate}`);
    };
    const focusedButton = (name: string) => `document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === '${name}'`;
    // Tab reaches a group of radios once; the arrow keys move to (and choose) the answer
    const answer = async (label: string) => {
      await tabTo(`document.activeElement?.type === 'radio'`);
      const onLabel = `document.activeElement.labels[0]?.textContent.trim().startsWith('${label}')`;
      for (let i = 0; i < 10 && !(await page.evaluate(onLabel)); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await tabTo(focusedButton('Tiếp tục'));
      await page.keyboard.press('Enter');
    };
    await answer(COMMUNE_AWARD);
    await answer('Cá nhân');
    await answer('Có');
    while (hash(page).startsWith('#tieu-chuan-')) await answer('Có');
    await expect(page).toHaveURL(/#loai-tru$/);
    // every exclusion "Không": Tab to each group's second radio (arrow keys move within a group)
    for (let i = 0; i < 5; i++) {
      await tabTo(`document.activeElement?.type === 'radio' && !document.querySelector('input[name="' + document.activeElement.name + '"]:checked')`);
      await page.keyboard.press('ArrowRight');
    }
    await tabTo(focusedButton('Tiếp tục'));
    await page.keyboard.press('Enter');
    await tabTo(focusedButton('Xem kết quả'));
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');

    await page.keyboard.press('Shift+Tab'); // from the heading back to the top row
    await expect(page.getByRole('button', { name: 'Làm lại từ đầu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#lam-lai')).toBeFocused();
    await tabTo(focusedButton('Hoàn tác'));
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');

    await tabTo(`document.activeElement?.type === 'radio' && document.activeElement.name === 'gan-uv'`, 120);
    await page.keyboard.press('Space');
    await tabTo(focusedButton('Gắn kết quả vào cá nhân đã chọn'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?ung-vien=uv-ca-nhan#ket-qua$/);
    await expect(page.locator('.self-check .note').first()).toContainText(`Đang tự kiểm tra cho ${PERSON}`);
    const drafts = await stored(page);
    expect(Object.keys(drafts.selfChecks)).toEqual(['uv-ca-nhan']);
  });
});

test.describe('result wording and validation on a phone', () => {
  test('the achievement already rewarded: its own permanent outcome with its clause, blocking the planner’s list', async ({ page }) => {
    await page.goto('/so-luong/');
    await page.evaluate(
      ({ key, person }) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            version: 2,
            quotaPlan: {
              categoryId: 'ban-chi-dao-bau-cu-tinh',
              nominees: [
                { id: 'uv-ca-nhan', type: 'individual', name: person, nomineeKind: 'ca-nhan', position: 'Chuyên viên', unit: 'Sở Nội vụ', birthYear: '1988', gender: 'nu', holdsLeadershipPost: false },
              ],
            },
          }),
        ),
      { key: DRAFTS_KEY, person: PERSON },
    );
    await openSelfCheck(page, '?ung-vien=uv-ca-nhan');
    await choose(page, COMMUNE_AWARD);
    await next(page);
    await next(page); // Cá nhân, from the planner
    await choose(page, 'Có');
    await next(page);
    while (hash(page).startsWith('#tieu-chuan-')) {
      await choose(page, 'Có');
      await next(page);
    }
    await expect(heading(page)).toHaveText('Tập thể, cá nhân có thuộc trường hợp nào dưới đây không?');
    for (const group of await page.locator('main').getByRole('group').all()) await group.getByRole('radio', { name: 'Không', exact: true }).check();
    await page.getByRole('group', { name: /đã được khen thưởng bằng một hình thức khác/ }).getByRole('radio', { name: 'Có', exact: true }).check();
    await next(page);
    await expect(page.getByRole('heading', { name: 'Trường hợp chưa khen thưởng hoặc không khen thưởng' })).toBeVisible();
    await page.getByRole('button', { name: 'Xem kết quả' }).click();

    await expect(heading(page)).toHaveText('Không đề nghị khen thưởng cho thành tích này');
    await expect(page.getByText('Thành tích này đã được khen thưởng bằng một hình thức khác: không đề nghị khen thưởng thêm cho cùng thành tích.')).toBeVisible();
    const reason = page.locator('.self-check .check-list').first();
    await expect(reason.locator('li')).toHaveCount(1);
    await expect(reason.locator('.status')).toHaveText('Thuộc trường hợp này');
    await expect(reason).toContainText('Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được.');
    await expect(reason.getByRole('link', { name: 'Kế hoạch, Mục III.1.b' })).toHaveAttribute('href', '/ke-hoach/#muc-iii-1-b-g2');
    await expect(reason).toContainText('Luật Thi đua, khen thưởng số 06/2022/QH15, Nguyên tắc khen thưởng');
    await checkState(page, 'result: already rewarded');

    await page.getByRole('link', { name: 'Về danh sách đề nghị' }).click();
    await waitForIslands(page);
    await expect(list(page).first()).toContainText('Tự kiểm tra tiêu chuẩn: Không đề nghị khen thưởng cho thành tích này');
    await expect(list(page).first()).toContainText(
      `Dòng 1 “${PERSON}”: tự kiểm tra cho thấy thành tích này đã được khen thưởng, không đề nghị khen thưởng cho thành tích này`,
    );
    await expect(page.locator('.quota-status p.status')).toHaveText('Danh sách chưa sẵn sàng');
    await expect(page.locator('.quota-status').getByRole('link', { name: 'lập hồ sơ đề nghị khen thưởng' })).toHaveCount(0);
    await checkState(page, 'planner: already rewarded blocks');
  });

  test('the self-check refuses more voters than a commune has, saying the maximum', async ({ page }) => {
    await openSelfCheck(page);
    await choose(page, COMMUNE_AWARD);
    await next(page);
    await choose(page, 'Xã, phường');
    await next(page);
    await choose(page, 'Có');
    await next(page);
    await page.goto('/tu-kiem-tra/#tieu-chuan-xa-phuong-ty-le-cu-tri');
    await page.getByLabel('Số cử tri có tên trong danh sách cử tri').fill('1.000.001');
    await page.getByLabel('Số cử tri đã đi bầu').fill('999999');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Số cử tri có tên trong danh sách cử tri quá lớn: tối đa 1.000.000 (cử tri của một xã, phường).']);
    await checkState(page, 'turnout over the maximum');
  });

  test('the planner: ranges that say themselves, a countdown near each limit, the typing kept', async ({ page }) => {
    await page.goto('/so-luong/');
    await waitForIslands(page);
    await page.getByLabel('Đơn vị của bạn').selectOption({ label: 'Sở Nội vụ' });
    await typeGroup(page).getByLabel('Cá nhân', { exact: true }).check();
    await expect(page.getByText('4 chữ số, từ 1940 đến 2008.')).toBeVisible();
    const name = page.getByLabel('Họ và tên');
    const count = page.locator('#uv-ten-dem');
    await name.fill('Nguyễn Văn An');
    await expect(count).toBeEmpty();
    await name.fill('A'.repeat(125));
    await expect(count).toHaveText('Còn 25 ký tự');
    await name.fill('Ă'.repeat(160));
    await expect(count).toHaveText('Quá 10 ký tự (tối đa 150)');
    await page.getByLabel('Chức vụ').fill('Chuyên viên');
    await page.getByLabel('Đơn vị công tác').fill('Sở Nội vụ');
    await page.getByLabel('Năm sinh').fill('2026');
    await page.getByRole('group', { name: 'Giới tính' }).getByLabel('Nam', { exact: true }).check();
    await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel('Không').check();
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Họ và tên dài 160 ký tự, quá giới hạn 150 ký tự: hãy viết gọn lại.',
      'Năm sinh phải trong khoảng từ 1940 đến 2008 (đủ 18 tuổi vào ngày bầu cử 15/3/2026).',
    ]);
    await expect(name).toHaveValue('Ă'.repeat(160)); // never cut
    await checkState(page, 'planner: too long, too young');

    await name.fill('Nguyễn Văn An');
    await page.getByLabel('Năm sinh').fill('2008');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(list(page)).toHaveCount(1);

    // the share of women: a decimal comma and "%" are fine; a dot is explained
    await typeGroup(page).getByLabel('Tập thể', { exact: true }).check();
    await expect(page.getByText('Một số từ 0 đến 100, phần thập phân sau dấu phẩy (ví dụ 72 hoặc 72,5), không cần gõ dấu %; để trống nếu chưa biết.')).toBeVisible();
    await page.getByLabel('Tên tập thể').fill('Phòng Công chức, viên chức');
    await page.getByLabel('Tỷ lệ nữ trong tập thể (%)').fill('72.5');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(summary.getByRole('link')).toHaveText(['Tỷ lệ nữ ghi phần thập phân sau dấu phẩy, ví dụ 72,5 (không dùng dấu chấm).']);
    await page.getByLabel('Tỷ lệ nữ trong tập thể (%)').fill('72%');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(list(page).nth(1)).toContainText('Tập thể · tỷ lệ nữ 72%');
    await typeGroup(page).getByLabel('Tập thể', { exact: true }).check();
    await page.getByLabel('Tên tập thể').fill('Văn phòng Sở');
    await page.getByLabel('Tỷ lệ nữ trong tập thể (%)').fill('9,5');
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
    await expect(list(page).nth(2)).toContainText('Tập thể · tỷ lệ nữ 9,5%');

    // a name given twice is warned, naming both rows
    await addIndividualNamed(page, 'nguyễn văn  an');
    await expect(page.locator('.quota-issues--warning')).toContainText(
      'Dòng 4 “nguyễn văn an” trùng tên với dòng 1: nếu nhập hai lần, hãy xóa một dòng; nếu là hai cá nhân khác nhau, hãy kiểm tra lại tên.',
    );
    await checkState(page, 'planner: duplicate name warned');
  });

  test('a check kept for no nominee is pointed out in the planner opened on its own', async ({ page }) => {
    await openSelfCheck(page);
    await communeToSummary(page, { voted: '9910' });
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    await expect(heading(page)).toHaveText('Đủ điều kiện đề nghị');
    await page.goto('/so-luong/');
    await waitForIslands(page);
    const note = page.locator('.quota-form .note');
    await expect(note).toHaveText('Có một kết quả tự kiểm tra chưa gắn với tập thể, cá nhân nào (Đủ điều kiện đề nghị). Gắn kết quả đó với một tập thể, cá nhân của danh sách.');
    await expect(note.getByRole('link', { name: 'Gắn kết quả đó' })).toHaveAttribute('href', '/tu-kiem-tra/#ket-qua');
    // opened on its own, the form does not attach it: the unit chooses on the result
    await expect(typeGroup(page).getByRole('radio', { checked: true })).toHaveCount(0);
    await checkState(page, 'planner: a check kept for no nominee');
  });

  test('error lines of two nominees named alike are told apart by their row', async ({ page }) => {
    await page.goto('/so-luong/');
    await page.evaluate(
      ({ key }) => {
        const person = (id: string) => ({ id, type: 'individual', name: 'Lê Văn Bình', nomineeKind: 'ca-nhan', position: 'Chuyên viên', unit: 'Sở Nội vụ', birthYear: '', gender: 'nam', holdsLeadershipPost: false });
        localStorage.setItem(key, JSON.stringify({ version: 2, quotaPlan: { categoryId: 'co-quan-nhom-2-tap-the-5-ca-nhan', unitName: 'Sở Nội vụ', nominees: [person('uv-1'), person('uv-2')] } }));
      },
      { key: DRAFTS_KEY },
    );
    await page.reload();
    await waitForIslands(page);
    await expect(list(page).nth(0)).toContainText('Dòng 1 “Lê Văn Bình”: Nhập năm sinh (4 chữ số, ví dụ 1988).');
    await expect(list(page).nth(1)).toContainText('Dòng 2 “Lê Văn Bình”: Nhập năm sinh (4 chữ số, ví dụ 1988).');
    await expect(page.locator('.quota-issues--warning')).toContainText('Dòng 2 “Lê Văn Bình” trùng tên với dòng 1');
    await checkState(page, 'planner: two nominees named alike');
  });
});

async function addIndividualNamed(page: Page, name: string) {
  await typeGroup(page).getByLabel('Cá nhân', { exact: true }).check();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Chức vụ').fill('Chuyên viên');
  await page.getByLabel('Đơn vị công tác').fill('Sở Nội vụ');
  await page.getByLabel('Năm sinh').fill('1990');
  await page.getByRole('group', { name: 'Giới tính' }).getByLabel('Nam', { exact: true }).check();
  await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel('Không').check();
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
}
