import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';

const port = Number(process.env.TEST_PORT ?? 4390);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    locale: 'vi-VN',
    acceptDownloads: true,
  },
  webServer: {
    // The site is built by `npm test` before this runs; serve dist/ as a static host would.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
