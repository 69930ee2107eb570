// Text is whole: no words run together across markup, no markdown leftovers (`**`, `|`), on any
// page (with scripts and without), in the tools' filled states, and in what search indexed.
import { expect, test, type Page } from '@playwright/test';
import { waitForIslands } from '../support/axe';
import { expectWholeText, findJoins, gluedToNumbers, gluedWords, markupLeftovers, pageWordList, textProblems, words } from '../support/textJoins';
import { TOOL_STATES } from './page-states-support';
import { sitemapPaths } from './site-support';

const NOT_FOUND = '/khong-co-trang-nay/';

test('the detector finds words run together across inline markup, and only those', async ({ page }) => {
  await page.setContent(`<main>
    <p id="joined">được liệt kê<a href="#">ở cuối trang đó</a> và Kế hoạch<strong>0125</strong></p>
    <p id="hidden"><button>Xóa<span style="position:absolute;clip-path:inset(50%)">Nguyễn Văn A</span></button></p>
    <p>Đúng: <a href="#">Mục IV</a>, (<a href="#">Mục V.2</a>) và <em>nhấn</em> mạnh</p>
    <dl><dt>Hạn gửi</dt><dd>trước ngày 31/3/2026</dd></dl>
    <p>dòng một<br>dòng hai</p>
    <ul><li>một</li><li>hai</li></ul>
  </main>`);
  expect((await findJoins(page)).map(({ before, after }) => `${before}|${after}`)).toEqual([
    'được liệt kê|ở cuối trang đó',
    'và Kế hoạch|0125',
    'Xóa|Nguyễn Văn A',
  ]);
  expect(markupLeftovers('**KẾ HOẠCH**\n|\nmột | hai\nx|y a*b')).toEqual(['**KẾ HOẠCH**', '|', 'một | hai']);
  expect(gluedToNumbers('theo Kế hoạch0125/KH-UBND không, ngày 31/3/2026ngày (V-10b), Kế hoạch 0125/KH-UBND')).toEqual(['hoạch0125/KH-UBND', '31/3/2026ngày']);
  expect(gluedWords('Hạn gửitrước ngày. Trường hợp', new Set(words('Hạn gửi\ntrước ngày\nTrường hợp')))).toEqual(['gửitrước']);
});

test('every page, with scripts: no words run together, no markup shown as text', async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of [...(await sitemapPaths(page)), NOT_FOUND]) {
    await page.goto(path);
    await waitForIslands(page);
    problems.push(...(await textProblems(page)).map((problem) => `${path}: ${problem}`));
  }
  expect(problems).toEqual([]);
});

test('every page, without scripts (as indexed, and as read with JavaScript off)', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of [...(await sitemapPaths(page)), NOT_FOUND]) {
    await page.goto(path);
    problems.push(...(await textProblems(page)).map((problem) => `${path}: ${problem}`));
  }
  expect(problems).toEqual([]);
  await context.close();
});

for (const state of TOOL_STATES) {
  test(`${state.name}: no words run together, no markup shown as text`, async ({ page }) => {
    await state.reach(page);
    await expectWholeText(page, state.name);
  });
}

/** What Pagefind holds for every indexed page: its URL, the indexed text and its section excerpts. */
async function indexedPages(page: Page) {
  await page.goto('/tim-kiem/');
  return page.evaluate(async (url) => {
    const pagefind = await import(/* @vite-ignore */ url);
    await pagefind.init();
    const found = await pagefind.search(null);
    const pages = await Promise.all(found.results.map((result: { data(): Promise<unknown> }) => result.data()));
    return (pages as { url: string; content: string; sub_results: { excerpt: string }[] }[]).map((data) => ({
      url: data.url,
      content: data.content,
      excerpts: data.sub_results.map((sub) => sub.excerpt.replace(/<\/?mark>/g, '')),
    }));
  }, '/pagefind/pagefind.js');
}

test('search: every indexed page and snippet has whole words and no markup', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const indexed = await indexedPages(page);
  expect(indexed.map((entry) => entry.url)).toEqual(expect.arrayContaining(['/', '/ke-hoach/', '/van-ban-goc/']));
  // The pages as served (scripts off, as Pagefind read them): every word they show.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const reader = await context.newPage();
  const problems: string[] = [];
  for (const { url, content, excerpts } of indexed) {
    await reader.goto(url);
    const shown = new Set(words((await pageWordList(reader)).join(' ')));
    problems.push(...gluedWords(content, shown).map((word) => `${url}: glued in the index: “${word}”`));
    for (const text of [content, ...excerpts]) {
      problems.push(...markupLeftovers(text).map((found) => `${url}: markup in the index: “${found}”`));
      problems.push(...gluedToNumbers(text).map((found) => `${url}: glued to a number in the index: “${found}”`));
    }
  }
  expect([...new Set(problems)]).toEqual([]);
  await context.close();
});
