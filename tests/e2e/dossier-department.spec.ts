// The department's dossier of issue 11 typed from scratch through the pages, as a unit would:
// its list in the quota planner (a division and three people, one of them in the division), its
// profile once (the header, place and council left to their defaults), the legal basis the site
// offers, the meeting with an absence and a show of hands, the division's head on the two reports
// that need it. The ZIP it downloads must hold exactly the documents of the fixture
// (tests/fixtures/dossiers.ts) assembled in Node: same files, same word/document.xml.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { renderDossierZip } from '../../src/documents';
import { assembleDossier } from '../../src/dossier/assemble';
import { dossierRules } from '../fixtures/dossierDrafts';
import { DEPARTMENT, DIVISION_SIGNER, departmentDrafts, departmentLegalBases } from '../fixtures/dossiers';
import { expectNoAxeViolations, waitForIslands } from '../support/axe';

const { collective, deputy, specialist, chief } = DEPARTMENT;
const fixture = departmentDrafts(departmentLegalBases(dossierRules.references.legalBases, dossierRules.references.optionalLegalBases[0]!));
const { profile, meeting, reports } = fixture.dossier;

async function fillList(page: Page) {
  await page.goto('/so-luong/');
  await waitForIslands(page);
  await page.getByLabel('Đơn vị của bạn').selectOption({ label: DEPARTMENT.name });
  const type = page.getByRole('group', { name: 'Đề nghị khen thưởng' });
  await type.getByLabel('Tập thể', { exact: true }).check();
  await page.getByLabel('Tên tập thể').fill(collective.name);
  await page.getByLabel('Tỷ lệ nữ trong tập thể (%)').fill(collective.womenSharePercent);
  await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  for (const person of [deputy, specialist, chief]) {
    await type.getByLabel('Cá nhân', { exact: true }).check();
    await page.getByLabel('Họ và tên').fill(person.name);
    await page.getByLabel('Chức vụ').fill(person.position);
    await page.getByLabel('Đơn vị công tác').fill(person.unit);
    await page.getByLabel('Năm sinh').fill(person.birthYear);
    if (person.birthDate) await page.getByLabel('Ngày sinh (nếu biết)').fill(person.birthDate);
    await page.getByRole('group', { name: 'Giới tính' }).getByLabel(person.gender === 'nu' ? 'Nữ' : 'Nam').check();
    await page.getByRole('group', { name: /giữ chức vụ lãnh đạo, quản lý/ }).getByLabel(person.holdsLeadershipPost ? 'Có' : 'Không').check();
    await page.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  }
  await expect(page.locator('ol.quota-nominees > li')).toHaveCount(4);
  await expect(page.getByText('Đã lưu lúc')).toBeVisible();
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('the department\'s dossier typed through the pages gives the documents of the fixture', async ({ page }) => {
  test.slow(); // four nominees, some fifty fields, seven documents
  await fillList(page);
  await page.goto('/ho-so/');
  await waitForIslands(page);

  // The profile, once. Header lines, place and council are left empty: their defaults are shown.
  await field(page, 'Cơ quan chủ quản (nếu có)').fill(profile.governingBody);
  await field(page, 'Tên đơn vị').fill(profile.unitName);
  await expect(page.locator('#hs-ten-tieu-de-goi-y')).toContainText('Để trống để ghi: SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH.');
  await expect(page.locator('#hs-dia-danh-goi-y')).toContainText('Để trống để ghi: Đắk Lắk.');
  await expect(page.locator('#hs-ten-hoi-dong-goi-y')).toContainText('Để trống để ghi: Hội đồng Thi đua - Khen thưởng Sở Văn hóa, Thể thao và Du lịch.');
  await field(page, 'Ký hiệu viết tắt của đơn vị').fill(profile.unitSymbol);
  await field(page, 'Chức vụ của người ký').fill(profile.signerTitle);
  await field(page, 'Họ và tên người ký').fill(profile.signerName);
  await field(page, 'Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét)').fill(profile.councilChair);
  await field(page, 'Thư ký cuộc họp xét khen thưởng').fill(profile.councilSecretary);
  await field(page, 'Đơn vị soạn thảo (viết tắt)').fill(profile.drafter);
  // the legal bases start from the campaign's; the provincial regulation is one click away
  const bases = field(page, 'Căn cứ của tờ trình');
  await expect(bases).toHaveValue(dossierRules.references.legalBases.join('\n'));
  await page.getByRole('button', { name: 'Thêm căn cứ Quyết định số 07/2026/QĐ-UBND' }).click();
  await expect(bases).toHaveValue(profile.legalBases!);
  await expect(page.getByRole('button', { name: 'Thêm căn cứ Quyết định số 07/2026/QĐ-UBND' })).toHaveCount(0);

  // The meeting: a date before election day is warned about at the field and in the summary, and kept as typed.
  await field(page, 'Số biên bản').fill(meeting.minutesNumber);
  await field(page, 'Ngày họp').fill('14/3/2026');
  const warning = page.locator('#hs-ngay-hop-goi-y .field-warning');
  await expect(warning).toContainText('Lưu ý: Ngày họp (14/3/2026) trước ngày bầu cử (15/3/2026)');
  const warnings = page.locator('.dossier-warnings');
  await expect(warnings.getByRole('link', { name: /Ngày họp \(14\/3\/2026\) trước ngày bầu cử/ })).toHaveAttribute('href', '#hs-ngay-hop');
  await expect(field(page, 'Ngày họp')).toHaveValue('14/3/2026');
  await expectNoAxeViolations(page, 'a warning beside the meeting date');
  await field(page, 'Ngày họp').fill(meeting.date);
  await expect(warning).toHaveCount(0);
  await expect(warnings).toHaveCount(0);

  await field(page, 'Giờ bắt đầu').fill(meeting.startTime);
  await field(page, 'Giờ kết thúc').fill(meeting.endTime);
  await field(page, 'Địa điểm họp').fill(meeting.venue);
  await field(page, 'Tổng số thành viên Hội đồng').fill(meeting.membersTotal);
  await field(page, 'Số thành viên có mặt').fill(meeting.membersPresent);
  await field(page, 'Thành viên vắng mặt (nếu muốn ghi tên)').fill(meeting.absentMembers);
  await page.getByRole('group', { name: 'Hình thức biểu quyết của Hội đồng' }).getByLabel('Biểu quyết giơ tay').check();
  await field(page, 'Số tờ trình').fill(meeting.letterNumber);
  await field(page, 'Ngày của tờ trình').fill(meeting.letterDate);
  await field(page, 'Tóm tắt kết quả phong trào thi đua của đơn vị').fill(meeting.campaignAccount);

  // Each nominee: the list's summary and the votes, then the report and who signs it.
  for (const nominee of [collective, deputy, specialist, chief]) {
    const group = nominee.type === 'collective' ? 'Tập thể' : 'Cá nhân';
    const report = reports[nominee.id]!;
    const votes = page.getByRole('group', { name: `${nominee.name} (${group})` });
    await votes.getByLabel('Tóm tắt thành tích (ghi vào danh sách đề nghị)').fill(report.achievementSummary);
    await votes.getByLabel('Số phiếu đồng ý tại cuộc họp xét').fill(report.votesInFavour);
    const editor = page.getByRole('region', { name: `${nominee.name} (${group})` });
    if (report.division) {
      await editor.getByLabel('Phòng, đơn vị trực thuộc (nếu có)').fill(DIVISION_SIGNER.division);
      await editor.getByLabel('Chức vụ của thủ trưởng đơn vị').fill(DIVISION_SIGNER.headTitle);
      await editor.getByLabel('Họ và tên thủ trưởng đơn vị').fill(DIVISION_SIGNER.headName);
    }
    for (const [section, label] of [['thong-tin-chung', 'I. THÔNG TIN CHUNG'], ['thanh-tich', 'II. THÀNH TÍCH ĐẠT ĐƯỢC']] as const) {
      if (report.sections[section] !== undefined) await editor.getByLabel(label).fill(report.sections[section]!);
    }
    for (const [index, award] of report.earlierAwards.entries()) {
      await editor.getByRole('button', { name: /^Thêm hình thức khen thưởng/ }).click();
      const row = editor.getByRole('group', { name: `Hình thức khen thưởng thứ ${index + 1}` });
      await row.getByLabel('Năm').fill(award.year);
      await row.getByLabel('Hình thức khen thưởng').fill(award.award);
      await row.getByLabel('Số, ngày quyết định').fill(award.decision);
      await row.getByLabel('Cơ quan ban hành').fill(award.issuer);
    }
  }
  await expect(page.getByText('Đã lưu lúc')).toBeVisible();
  await expectNoAxeViolations(page, 'the department\'s dossier filled');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
  const download = await downloading;
  await expect(page.locator('.error-summary')).toHaveCount(0);
  const typed = unzipSync(new Uint8Array(readFileSync((await download.path())!)));

  const expected = unzipSync((await renderDossierZip(assembleDossier(fixture, dossierRules, 2026), dossierRules.forms)).bytes);
  expect(Object.keys(typed)).toEqual(Object.keys(expected));
  expect(Object.keys(typed)).toEqual([
    '01-to-trinh.docx',
    '02-danh-sach-de-nghi.docx',
    '03-bien-ban-hop-xet.docx',
    '04-bao-cao-thanh-tich-phong-quan-ly-van-hoa-va-gia-dinh.docx',
    '05-bao-cao-thanh-tich-le-thi-minh-hang.docx',
    '06-bao-cao-thanh-tich-nguyen-huu-phuoc.docx',
    '07-bao-cao-thanh-tich-h-yon-nie.docx',
  ]);
  const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']!);
  for (const name of Object.keys(expected)) expect(documentXml(typed[name]!), name).toBe(documentXml(expected[name]!));
});
