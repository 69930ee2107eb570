// Tool pages render their island after load; what the server sent must not jump when it appears
// (Cumulative Layout Shift, measured as Lighthouse's mobile run sees the page).
import { expect, test } from '@playwright/test';
import { waitForIslands } from '../support/axe';

test.use({ viewport: { width: 412, height: 823 } });

for (const path of ['/tu-kiem-tra/', '/so-luong/', '/ho-so/', '/ho-so/nop-ban-pdf/', '/ban-nhap/']) {
  test(`${path}: no layout shift when the island renders`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { layoutShift: number }).layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await waitForIslands(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.05);
  });
}
