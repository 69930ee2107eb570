// "Text is whole": finds words run together across markup, and markdown leftovers, in a page as
// the browser renders it and in what Pagefind indexed. Used by tests/e2e/text-whole.spec.ts and
// by any test that wants to check a state of its own (`expectWholeText(page, label)`).
import { expect, type Page } from '@playwright/test';

/** Two words run together: the text before and after the junction, and where it is. */
export interface TextJoin {
  before: string;
  after: string;
  /** a CSS-like path of the element holding the second word */
  where: string;
}

/**
 * Runs in the page. Walks the text nodes in document order; where one ends with a letter or digit
 * and the next begins with one, with no whitespace between them, the two words are shown (or
 * read by a screen reader) as one unless the markup between them breaks the line: a <br>, an
 * image or control, or an element laid out as a block (block, list item, table cell, flex or grid
 * item…). Inline elements (a, strong, time, span…) do not separate words, nor does a visually
 * hidden element (position absolute: its text is read inline with its neighbours).
 */
function findJoinsInPage(): TextJoin[] {
  const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TEXTAREA', 'svg']);
  const SEPARATING_TAGS = new Set(['BR', 'IMG', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'svg', 'HR', 'IFRAME', 'VIDEO', 'CANVAS']);
  const WORD_END = /[\p{L}\p{N}]$/u;
  const WORD_START = /^[\p{L}\p{N}]/u;

  const separates = (element: Element): boolean => {
    if (SEPARATING_TAGS.has(element.tagName)) return true;
    const style = getComputedStyle(element);
    if (style.position === 'absolute' || style.position === 'fixed') return false;
    return !(style.display.startsWith('inline') || style.display === 'contents' || style.display === 'none');
  };
  const path = (node: Node): string => {
    const parts: string[] = [];
    for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
      parts.unshift(element.tagName.toLowerCase() + (element.classList.length ? `.${[...element.classList].join('.')}` : ''));
    }
    return parts.slice(-4).join(' > ');
  };
  /** Every element entered or left between the end of `a` and the start of `b`. */
  const elementsBetween = (a: Text, b: Text): Element[] => {
    const range = document.createRange();
    range.setStartAfter(a);
    range.setEndBefore(b);
    const crossed = new Set<Element>();
    for (let element = a.parentElement; element && !element.contains(b); element = element.parentElement) crossed.add(element);
    for (let element = b.parentElement; element && !element.contains(a); element = element.parentElement) crossed.add(element);
    const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node) && !node.contains(a) && !node.contains(b)) crossed.add(node as Element);
    }
    return [...crossed];
  };

  // Text nodes in document order, by recursion (a TreeWalker filter cannot run where scripts are off).
  const texts: Text[] = [];
  const collect = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) texts.push(child as Text);
      else if (child.nodeType === Node.ELEMENT_NODE && !SKIP.has((child as Element).tagName)) collect(child);
    }
  };
  collect(document.body);
  const joins: TextJoin[] = [];
  let previous: Text | undefined;
  for (const node of texts) {
    const text = node.data;
    if (text === '') continue;
    if (previous && WORD_END.test(previous.data) && WORD_START.test(text) && !elementsBetween(previous, node).some(separates)) {
      joins.push({ before: previous.data.slice(-30).trimStart(), after: text.slice(0, 30).trimEnd(), where: path(node) });
    }
    previous = node;
  }
  return joins;
}

/** Words run together in the page as rendered now (see findJoinsInPage). */
export const findJoins = (page: Page): Promise<TextJoin[]> => page.evaluate(findJoinsInPage);

/**
 * Words glued to a number in a text ("Kế hoạch0125", "2026ngày"): a lower-case letter directly
 * followed by a digit, or a digit by two lower-case letters. Document numbers (0125/KH-UBND,
 * V-10b) never look like that.
 */
export function gluedToNumbers(text: string): string[] {
  return [...text.matchAll(/\S*(?:\p{Ll}\d|\d\p{Ll}{2,})\S*/gu)].map((match) => match[0]);
}

/** Markdown leftovers in a text: `**`, a `|` standing between spaces or alone on a line, `__`. */
export function markupLeftovers(text: string): string[] {
  const found: string[] = [];
  for (const pattern of [/.{0,25}\*\*.{0,25}/g, /.{0,25}(?:^|[ \t])\|(?:[ \t]|$).{0,25}/gm, /.{0,25}__.{0,25}/g]) {
    for (const match of text.matchAll(pattern)) found.push(match[0].trim());
  }
  return found;
}

/** What is wrong with the text of the page as rendered now: words run together, markup shown as text. */
export async function textProblems(page: Page): Promise<string[]> {
  const joins = await findJoins(page);
  const text = await page.evaluate(() => document.body.innerText);
  return [
    ...joins.map((join) => `words run together: “…${join.before}|${join.after}…” in ${join.where}`),
    ...gluedToNumbers(text).map((found) => `word glued to a number: “${found}”`),
    ...markupLeftovers(text).map((found) => `markup shown as text: “${found}”`),
  ];
}

/** Fails when the page, as rendered now, shows words run together or markdown leftovers. */
export async function expectWholeText(page: Page, label: string): Promise<void> {
  expect(await textProblems(page), label).toEqual([]);
}

/** Splits a text into words at whitespace, without the full stops Pagefind adds after blocks. */
export const words = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/\.+$/, ''))
    .filter(Boolean);

/**
 * Words of an indexed text (Pagefind's content of a page) that the page itself never shows as a
 * word: two words the index glued together because the markup had no space between two blocks.
 * `pageWords` holds every word of the page's rendered text and of each of its text nodes.
 */
export function gluedWords(indexed: string, pageWords: Set<string>): string[] {
  return [...new Set(words(indexed).filter((word) => !pageWords.has(word)))];
}

/** Every word of the page: of its rendered text, and of each text node (hidden ones included). */
export const pageWordList = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const texts = [document.body.innerText];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
    return texts.join('\n').split(/\s+/);
  });
