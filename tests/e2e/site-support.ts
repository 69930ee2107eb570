// Helpers of the content-site browser tests (site, plan, search).
import { expect, type Page } from '@playwright/test';

/** The paths listed in /sitemap.xml. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(paths.length).toBeGreaterThan(5);
  return paths;
}

/** Pages that only read: they must load no script at all. */
export const CONTENT_PAGES = ['/', '/ke-hoach/', '/tieu-chuan/', '/van-ban-goc/'];

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Records every request of a page: its URL and resource type. */
export function collectRequests(page: Page): { url: string; type: string }[] {
  const requests: { url: string; type: string }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  return requests;
}

/** Requests that leave the site's origin (data: and blob: URLs stay local). */
export const foreignRequests = (requests: { url: string }[], origin: string) =>
  requests.map((request) => request.url).filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);

/** Requests for JavaScript (by type, or by a .js/.mjs URL). */
export const scriptRequests = (requests: { url: string; type: string }[]) =>
  requests.filter((request) => request.type === 'script' || /\.m?js(\?|$)/.test(new URL(request.url).pathname)).map((request) => request.url);

export { normalizeSpace } from '../support/planSource';
