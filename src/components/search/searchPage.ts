// The search page's script: reads ?q=, asks Pagefind (loaded on demand from /pagefind/), and
// renders the results with the page's own accessible markup. Never inserts result HTML as is.
import { queryVariants } from './queryVariants';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: { title?: string }; sub_results: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 20;
const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 28 });
    await module.init();
    return module;
  });
  return pagefind;
}

/** Copies Pagefind's excerpt (text with <mark>) as text nodes and <mark> elements only. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, children: (Node | string)[] = []) {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, text: string) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** Runs every variant of the query and merges the hits by page, keeping each page's best score. */
async function search(query: string): Promise<PagefindData[]> {
  const engine = await loadPagefind();
  const best = new Map<string, PagefindResult>();
  for (const variant of queryVariants(query)) {
    const found = await engine.search(variant);
    for (const result of found?.results ?? []) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) best.set(result.id, result);
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  const pages = await Promise.all(ranked.map((result) => result.data()));
  const seen = new Set<string>();
  return pages.filter((page) => !seen.has(page.url) && seen.add(page.url));
}

function renderResults(list: HTMLOListElement, pages: PagefindData[]) {
  list.replaceChildren(
    ...pages.map((page) => {
      const subResults = page.sub_results.filter((sub) => sub.url !== page.url).slice(0, 3);
      return element('li', 'search-result', [
        element('h2', 'search-result__title', [link(page.url, page.meta.title ?? page.url)]),
        element('p', 'search-result__excerpt', excerptNodes(page.excerpt)),
        ...(subResults.length
          ? [element('ul', 'search-result__sections', subResults.map((sub) =>
              element('li', '', [link(sub.url, sub.title), element('span', 'search-result__sub-excerpt', excerptNodes(sub.excerpt))])))]
          : []),
      ]);
    }),
  );
}

function start() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;

  let run = 0;
  const show = async (query: string) => {
    const current = ++run;
    input.value = query;
    list.replaceChildren();
    if (query.trim() === '') {
      status.textContent = 'Nhập từ khóa, có dấu hoặc không dấu, rồi bấm Tìm.';
      return;
    }
    status.textContent = 'Đang tìm…';
    try {
      const pages = await search(query);
      if (current !== run) return;
      renderResults(list, pages);
      status.textContent = pages.length
        ? `Tìm thấy ${pages.length} trang có “${query.trim()}”.`
        : `Không tìm thấy trang nào có “${query.trim()}”. Hãy thử từ khóa khác hoặc ngắn hơn.`;
    } catch {
      if (current !== run) return;
      status.textContent = 'Không tải được bộ tìm kiếm. Hãy tải lại trang, hoặc dùng mục lục của trang Kế hoạch.';
    }
  };

  const queryFromUrl = () => new URLSearchParams(location.search).get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.pushState(null, '', url);
    void show(query);
  });
  addEventListener('popstate', () => void show(queryFromUrl()));
  void show(queryFromUrl());
}

start();
