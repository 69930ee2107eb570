// The browser half of the fuzz suite (issue 12; the readers' properties are in
// tests/unit/drafts-fuzz.test.ts): mutated exports, generated with a fixed seed, are imported
// through /ban-nhap/ as a unit would. Every accepted file must then render each island (its form
// visible, no console error); every refused file must leave the stored drafts byte-identical.
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { readTransfer } from '../../src/storage/transfer';
import { waitForIslands } from '../support/axe';
import { mutatedExport } from '../support/draftsFuzz';
import { seedDrafts, storedRaw } from './drafts-support';

const ACCEPTED = 50;
const REFUSED = 15;
const GROUPS = 5;

/** Mutated exports until ACCEPTED were accepted by the reader, and the first REFUSED refused ones. */
function samples() {
  const accepted: string[] = [];
  const refused: string[] = [];
  let tried = 0;
  for (let seed = 2026; accepted.length < ACCEPTED && seed < 2126; seed++) {
    for (const { text } of fc.sample(mutatedExport, { numRuns: 100, seed })) {
      tried++;
      const result = readTransfer(text);
      if (result.ok && accepted.length < ACCEPTED) accepted.push(text);
      if (!result.ok && refused.length < REFUSED) refused.push(text);
    }
  }
  return { accepted, refused, tried };
}
const { accepted, refused, tried } = samples();

/** Each island's page and what shows that its form rendered. */
const ISLANDS: [path: string, visible: (page: Page) => ReturnType<Page['locator']>][] = [
  ['/ho-so/', (page) => page.getByLabel('Tên đơn vị', { exact: true })],
  ['/so-luong/', (page) => page.getByLabel('Đơn vị của bạn')],
  ['/tu-kiem-tra/', (page) => page.locator('.self-check h1')],
  ['/ban-nhap/', (page) => page.getByLabel('Chọn tệp bản nháp (.json)')],
];

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** /ban-nhap/ with the sample drafts stored (a one-nominee file is merged into them). */
async function openDraftsPage(page: Page) {
  await page.goto('/ban-nhap/');
  await page.evaluate(() => localStorage.clear());
  await seedDrafts(page);
  await page.reload();
  await waitForIslands(page);
}

const upload = (page: Page, text: string) =>
  page.getByLabel('Chọn tệp bản nháp (.json)').setInputFiles({ name: 'dot-bien.json', mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

test('the samples hold enough accepted and refused files', () => {
  console.log(`drafts fuzz, browser: tried ${tried} mutations, ${accepted.length} accepted files rendered in every island, ${refused.length} refused files uploaded`);
  expect(accepted).toHaveLength(ACCEPTED);
  expect(refused).toHaveLength(REFUSED);
});

test.describe('accepted files render every island', () => {
  for (let group = 0; group < GROUPS; group++) {
    const files = accepted.filter((_, index) => index % GROUPS === group);
    test(`accepted files ${group + 1}/${GROUPS} (${files.length})`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors = watchErrors(page);
      for (const [index, text] of files.entries()) {
        const which = `accepted file ${index * GROUPS + group + 1}`;
        await openDraftsPage(page);
        await upload(page, text);
        const confirm = page.getByRole('button', { name: /^Thay bằng (nội dung tệp|bản trong tệp)$/ });
        const done = page.getByRole('status').filter({ hasText: /^Đã nhập/ });
        await expect(confirm.or(done), which).toBeVisible();
        if (await confirm.isVisible()) await confirm.click();
        await expect(done, which).toBeVisible();
        for (const [path, visible] of ISLANDS) {
          await page.goto(path);
          await waitForIslands(page);
          await expect(visible(page), `${which} on ${path}`).toBeVisible();
        }
        expect(errors, which).toEqual([]);
      }
    });
  }
});

test('refused files leave the stored drafts byte-identical', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openDraftsPage(page);
  const before = await storedRaw(page);
  for (const [index, text] of refused.entries()) {
    await upload(page, text);
    await expect(page.locator('#tep-nhap-loi'), `refused file ${index + 1}`).toContainText('Không nhập được tệp dot-bien.json.');
    expect(await storedRaw(page)).toBe(before);
    expect(await page.evaluate(() => localStorage.length)).toBe(1);
  }
  expect(errors).toEqual([]);
});
