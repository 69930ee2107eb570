// Helpers of the site's browser tests: pages, requests, errors and CSP violations.
import { expect, type BrowserContext, type Page } from '@playwright/test';

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

/** Does a request leave the site's origin? (data: and blob: URLs stay local) */
const leavesOrigin = (url: string, origin: string) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin;

/** Requests that leave the site's origin. */
export const foreignRequests = (requests: { url: string }[], origin: string) => requests.map((request) => request.url).filter((url) => leavesOrigin(url, origin));

/** Requests for JavaScript (by type, or by a .js/.mjs URL). */
export const scriptRequests = (requests: { url: string; type: string }[]) =>
  requests.filter((request) => request.type === 'script' || /\.m?js(\?|$)/.test(new URL(request.url).pathname)).map((request) => request.url);

/** From the first script on, every page records its CSP violations (read them with cspViolations). */
export const recordCspViolations = (target: Page | BrowserContext) =>
  target.addInitScript(() => {
    const log: string[] = [];
    (globalThis as { cspViolations?: string[] }).cspViolations = log;
    document.addEventListener('securitypolicyviolation', (event) => log.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
export const cspViolations = (page: Page) => page.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations ?? []);

/** Records what must never happen on a tool page: requests off the origin, CSP violations, console errors. */
export async function watchPage(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (request) => leavesOrigin(request.url(), origin) && foreign.push(request.url()));
  const errors = collectErrors(page);
  await recordCspViolations(page);
  return { foreign, errors, violations: () => cspViolations(page) };
}

export { normalizeSpace } from '../support/planSource';
