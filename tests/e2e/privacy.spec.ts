import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { metaPolicy, unionPolicy } from '../../src/tooling/csp-headers.mjs';
import { waitForIslands } from '../support/axe';
import { HTML_LOOKING, TYPED, addIndividual, expectSaved, failOnDialog } from './drafts-support';
import { cspViolations, recordCspViolations } from './site-support';

/** Every page of the site, from its sitemap, plus the 404 page. */
async function sitePaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(paths).toContain('/ban-nhap/');
  return [...paths, '/khong-co-trang-nay/'];
}

/** The directives of a CSP, by name. */
const parsePolicy = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const),
  );

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('every page carries the strict CSP as a meta tag, before any script or style, hashing each inline one', async ({ page }) => {
  for (const path of await sitePaths(page)) {
    const html = await (await page.request.get(path)).text();
    const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)">/gi)];
    expect(metas, `${path}: one CSP meta tag`).toHaveLength(1);
    const meta = metas[0]!;
    const firstAsset = html.search(/<script|<style|<link[^>]+rel="stylesheet"/i);
    expect(meta.index!, `${path}: the CSP comes before the first script or style`).toBeLessThan(firstAsset === -1 ? Infinity : firstAsset);

    const policy = parsePolicy(meta[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    expect(policy.get('default-src'), path).toEqual(["'self'"]);
    expect(policy.get('object-src'), path).toEqual(["'none'"]);
    expect(policy.get('base-uri'), path).toEqual(["'self'"]);
    expect(policy.get('form-action'), path).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts, path).toContain("'self'");
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src') ?? [], path).not.toContain("'unsafe-inline'");
    // Nothing but this origin (and local data and blob URLs) may be loaded from, anywhere.
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${path} ${name}`).toMatch(/^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:|blob:)$/);
      }
    }
    // Each inline script and style is allowed by its hash (else the browser would block it).
    for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      expect(scripts, `${path}: inline script hashed`).toContain(sha256(body!));
    }
    for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
      expect(policy.get('style-src') ?? [], `${path}: inline style hashed`).toContain(sha256(body!));
    }
    expect(html, `${path}: no inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(html, `${path}: no style attribute`).not.toMatch(/<[^>]+\sstyle="/i);
  }
});

test('the generated header policy works with the meta tag; a header without the hashes would block the islands', async ({ page }) => {
  const policies = await Promise.all((await sitePaths(page)).map(async (path) => metaPolicy(await (await page.request.get(path)).text())));
  const serveWith = (policy: string) =>
    page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
  await recordCspViolations(page);
  const violations = () => cspViolations(page);

  await serveWith(unionPolicy(policies));
  for (const path of ['/ban-nhap/', '/so-luong/', '/tu-kiem-tra/', '/tim-kiem/?q=b%E1%BA%A7u']) {
    await page.goto(path);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/ban-nhap/');
  await expect(page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' })).toBeVisible();

  await page.unrouteAll();
  await serveWith("default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'");
  await page.goto('/ban-nhap/');
  await page.waitForLoadState('networkidle');
  expect((await violations()).some((line) => line.startsWith('script-src'))).toBe(true);
  await expect(page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu trên máy này' })).toHaveCount(0);
});

/** Records what must never happen during a visit: requests to another origin, CSP violations, console errors. */
async function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  const consoleTexts: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  await recordCspViolations(context);
  const follow = (page: Page) => {
    page.on('console', (message) => {
      consoleTexts.push(message.text());
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(follow);
  context.on('page', follow);
  return { foreign, consoleErrors, consoleTexts, violations: cspViolations };
}

/** The personal text must not show in the address or the title. */
async function expectNothingPersonalInUrlOrTitle(page: Page, personal: string[]) {
  const url = decodeURIComponent(page.url());
  const title = await page.title();
  for (const text of personal) {
    expect(url).not.toContain(text);
    expect(title).not.toContain(text);
  }
}

/** The dossier's unit, meeting and letter fields, by label. */
const DOSSIER_FIELDS: [label: string, value: string][] = [
  ['Tên đơn vị', 'Sở Nội vụ tỉnh Đắk Lắk'],
  ['Ký hiệu viết tắt của đơn vị', 'SNV'],
  ['Địa danh ghi ở dòng ngày tháng', 'Đắk Lắk'],
  ['Chức vụ của người ký', 'GIÁM ĐỐC'],
  ['Họ và tên người ký', 'Trần Văn Bình'],
  ['Chủ tịch Hội đồng Thi đua - Khen thưởng (chủ tọa cuộc họp xét)', 'Trần Văn Bình'],
  ['Thư ký cuộc họp xét khen thưởng', 'Lê Thị Mai'],
  ['Đơn vị soạn thảo (viết tắt)', 'VP'],
  ['Giờ bắt đầu', '14 giờ 00'],
  ['Giờ kết thúc', '16 giờ 30'],
  ['Địa điểm họp', 'Hội trường Sở Nội vụ'],
  ['Tổng số thành viên Hội đồng', '9'],
  ['Số thành viên có mặt', '8'],
  ['Tóm tắt kết quả phong trào thi đua của đơn vị', TYPED],
];

/** Answers the self-check with the first choice of each question until the result. */
async function runSelfCheck(page: Page) {
  await page.goto('/tu-kiem-tra/');
  await waitForIslands(page);
  await page.getByRole('radio', { name: 'Bằng khen của Chủ tịch UBND tỉnh' }).check();
  const next = page.getByRole('button', { name: 'Tiếp tục' });
  for (let step = 0; step < 30 && (await next.count()) > 0; step++) {
    const groups = page.locator('main fieldset');
    for (let index = 0; index < (await groups.count()); index++) {
      const group = groups.nth(index);
      const radios = group.locator('input[type=radio]');
      if ((await radios.count()) > 0 && (await group.locator('input[type=radio]:checked').count()) === 0) await radios.first().check();
    }
    const texts = page.locator('main input[type=text]');
    for (let index = 0; index < (await texts.count()); index++) {
      if ((await texts.nth(index).inputValue()) === '') await texts.nth(index).fill(String(1000 - index));
    }
    await next.click();
  }
  await expectSaved(page);
}

test('a full journey sends nothing to another origin, breaks no CSP rule and logs nothing personal', async ({ context, page, baseURL }) => {
  test.setTimeout(120_000);
  const { foreign, consoleErrors, consoleTexts, violations } = await watch(context, new URL(baseURL!).origin);
  failOnDialog(page);
  const personal = [TYPED, 'Hoàng Văn Thụ 🗳️'];

  await runSelfCheck(page);
  expect(await violations(page)).toEqual([]);
  await expectNothingPersonalInUrlOrTitle(page, personal);

  await page.goto('/so-luong/');
  await waitForIslands(page);
  await addIndividual(page, TYPED);
  await addIndividual(page, personal[1]!);
  await expectSaved(page);
  expect(await violations(page)).toEqual([]);
  await expectNothingPersonalInUrlOrTitle(page, personal);

  // The self-check of one nominee (its address carries the random id, never the name).
  await page.getByRole('link', { name: /tự kiểm tra/i }).first().click();
  await waitForIslands(page);
  await expectNothingPersonalInUrlOrTitle(page, personal);
  expect(await violations(page)).toEqual([]);

  // The dossier: the unit, the meeting, each nominee's summary and report, then the ZIP.
  await page.goto('/ho-so/');
  await waitForIslands(page);
  for (const [label, value] of DOSSIER_FIELDS) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('group', { name: 'Hình thức biểu quyết của Hội đồng' }).getByLabel('Bỏ phiếu kín').check();
  const summaries = page.getByLabel('Tóm tắt thành tích (ghi vào danh sách đề nghị)');
  await expect(summaries.first()).toBeVisible(); // the nominees' parts load after the page renders
  for (let index = 0; index < (await summaries.count()); index++) await summaries.nth(index).fill(TYPED);
  const votes = page.getByLabel('Số phiếu đồng ý tại cuộc họp xét');
  for (let index = 0; index < (await votes.count()); index++) await votes.nth(index).fill('7');
  const achievements = page.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC');
  for (let index = 0; index < (await achievements.count()); index++) await achievements.nth(index).fill(`${TYPED}\n${HTML_LOOKING}`);
  await expectSaved(page);
  const zipDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải toàn bộ hồ sơ (ZIP)' }).click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toMatch(/^[\x20-\x7e]+\.zip$/);
  expect(zip.url()).toMatch(/^blob:/);
  expect(await violations(page)).toEqual([]);
  await expectNothingPersonalInUrlOrTitle(page, personal);

  // Drafts: export, then import the file back.
  await page.goto('/ban-nhap/');
  await waitForIslands(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất toàn bộ bản nháp (tệp JSON)' }).click();
  const file = await download;
  expect(file.url()).toMatch(/^blob:/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).toContain(TYPED);
  await page.getByLabel('Chọn tệp bản nháp (.json)').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Thay bằng nội dung tệp' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập tệp' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await expectNothingPersonalInUrlOrTitle(page, personal);

  // Search (WebAssembly) and the reading pages.
  for (const path of ['/tim-kiem/?q=b%E1%BA%A7u+c%E1%BB%AD', '/', '/ke-hoach/', '/tieu-chuan/', '/van-ban-goc/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }

  expect(foreign).toEqual([]);
  expect(consoleErrors).toEqual([]);
  for (const text of personal) expect(consoleTexts.filter((line) => line.includes(text))).toEqual([]);
});

test('HTML-looking input is shown as text everywhere, never run', async ({ context, page }) => {
  failOnDialog(page);
  // Any <img src=x> or inline handler that appears in the document, at any time, is recorded.
  await context.addInitScript(() => {
    const found: string[] = [];
    (globalThis as { injected?: string[] }).injected = found;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const element of [node, ...node.querySelectorAll('*')]) {
            if (element.tagName === 'IMG' && element.getAttribute('src') === 'x') found.push(element.outerHTML);
            if ([...element.attributes].some((attribute) => attribute.name.startsWith('on'))) found.push(element.outerHTML);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const injected = () => page.evaluate(() => (globalThis as { injected?: string[] }).injected ?? []);

  await page.goto('/so-luong/');
  await waitForIslands(page);
  await addIndividual(page, HTML_LOOKING);
  await expect(page.getByText(HTML_LOOKING).first()).toBeVisible();
  expect(await injected()).toEqual([]);
  await expectSaved(page);

  await page.getByRole('link', { name: /tự kiểm tra/i }).first().click();
  await waitForIslands(page);
  expect(await injected()).toEqual([]);

  await page.goto('/ho-so/');
  await waitForIslands(page);
  await expect(page.getByText(HTML_LOOKING).first()).toBeVisible();
  const achievement = page.getByLabel('II. THÀNH TÍCH ĐẠT ĐƯỢC').first();
  if (await achievement.count()) {
    await achievement.fill(`Báo cáo ${HTML_LOOKING}`);
    await expectSaved(page);
  }
  expect(await injected()).toEqual([]);

  await page.goto('/ban-nhap/');
  await waitForIslands(page);
  await expect(page.getByRole('rowheader', { name: HTML_LOOKING })).toBeVisible();
  await page.getByRole('button', { name: `Xóa ${HTML_LOOKING}` }).click();
  await expect(page.getByRole('group', { name: `Xóa ${HTML_LOOKING}?` })).toBeVisible();
  expect(await injected()).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
