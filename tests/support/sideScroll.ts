// "No page scrolls sideways at 360 px": any test can check the state it reached with
// `await expectNoSideScroll(page, 'what this state is')`.
import { expect, type Page } from '@playwright/test';

export interface SideScroll {
  /** the document's scrollable width */
  scrollWidth: number;
  /** the viewport's width (without a vertical scrollbar) */
  viewportWidth: number;
  /** elements that stick out of the viewport on the right and are not clipped by a scroll box */
  overflowing: string[];
}

/** Measures the page as it is now (runs in the page). */
export const measureSideScroll = (page: Page): Promise<SideScroll> =>
  page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    // Is the element inside a box that clips or scrolls its overflow? An absolutely positioned
    // element escapes every box below its containing block (the nearest positioned ancestor):
    // that is how a visually hidden span in a scrolled table can widen the page.
    const clipped = (element: Element): boolean => {
      let position = getComputedStyle(element).position;
      if (position === 'fixed') return false;
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
        const style = getComputedStyle(ancestor);
        const isContainingBlock = position !== 'absolute' || style.position !== 'static' || style.transform !== 'none';
        if (!isContainingBlock) continue;
        if (style.overflowX !== 'visible') return ancestor !== document.body;
        position = style.position === 'fixed' ? 'fixed' : style.position === 'absolute' ? 'absolute' : 'static';
        if (position === 'fixed') return false;
      }
      return false;
    };
    const describe = (element: Element) => {
      const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes} (right edge ${Math.round(element.getBoundingClientRect().right + scrollX)} px) “${text}”`;
    };
    const overflowing: string[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right + scrollX > viewportWidth + 0.5 && !clipped(element)) overflowing.push(describe(element));
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewportWidth, overflowing: overflowing.slice(0, 10) };
  });

/** Fails when the page is wider than its viewport, naming the elements that stick out. */
export async function expectNoSideScroll(page: Page, label: string): Promise<void> {
  const { scrollWidth, viewportWidth, overflowing } = await measureSideScroll(page);
  expect(scrollWidth, `${label}: the page is ${scrollWidth} px wide in a ${viewportWidth} px viewport; sticking out: ${overflowing.join('; ') || 'none found'}`).toBeLessThanOrEqual(viewportWidth);
}
