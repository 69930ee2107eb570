// Static measurement of what a browser downloads on first load of each built page, gzip-compressed:
// the HTML, its stylesheets, and its JavaScript (page scripts, island components and renderers,
// and every module they import statically). Dynamic imports (the docx chunk, Pagefind) are not
// first-load weight and are reported separately. Shared by `npm run bench` and the budget tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size in bytes, at the level static hosts commonly use (6). */
export const gzipSize = (content) => gzipSync(content, { level: 6 }).length;

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Every built HTML page, as site paths ("/", "/ke-hoach/"…). */
export function listPages(distDir) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        pages.push('/' + relative(distDir, dir).split('\\').join('/') + (dir === distDir ? '' : '/'));
      }
    }
  };
  walk(distDir);
  return pages.map((page) => page.replace(/^\/\//, '/')).sort();
}

const htmlFile = (distDir, page) => join(distDir, page, 'index.html');
const assetFile = (distDir, url) => join(distDir, decodeURIComponent(url.split(/[?#]/)[0]));

/** The module URLs a JS file imports statically (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code, fromUrl) {
  const found = new Set();
  const pattern = /(?:\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?|\bexport\s*[\w*${}\s,]*?\s*from\s*)["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1];
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      found.add(new URL(specifier, `http://site${fromUrl}`).pathname);
    }
  }
  return [...found];
}

/** A JS module and everything it imports statically, as site URLs. */
export function moduleClosure(distDir, entryUrls) {
  const seen = new Set();
  const queue = [...entryUrls];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(assetFile(distDir, url), 'utf8');
    queue.push(...staticImports(code, url));
  }
  return [...seen];
}

/** Dynamic imports (`import("./x.js")`) reachable from the given modules: loaded on demand. */
export function dynamicImports(distDir, moduleUrls) {
  const found = new Set();
  for (const url of moduleUrls) {
    const code = readFileSync(assetFile(distDir, url), 'utf8');
    for (const match of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
      if (match[1].startsWith('.') || match[1].startsWith('/')) found.add(new URL(match[1], `http://site${url}`).pathname);
    }
  }
  return [...found];
}

const sumGzip = (distDir, urls) => urls.reduce((total, url) => total + gzipSize(readFileSync(assetFile(distDir, url))), 0);

/**
 * First-load weight of one page.
 * @returns {{ page: string, html: number, css: number, js: number, total: number,
 *   scripts: string[], islands: { component: string, js: number, urls: string[] }[] }}
 */
export function measurePage(distDir, page) {
  const html = readFileSync(htmlFile(distDir, page), 'utf8');
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')).filter(Boolean);
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const scriptSrcs = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)].map((m) => m[1]);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((code) => code.trim() !== '');
  const islandTags = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const islands = islandTags.map((tag) => {
    const component = attr(tag, 'component-url');
    const renderer = attr(tag, 'renderer-url');
    const urls = moduleClosure(distDir, [component, renderer].filter(Boolean));
    return { component, js: sumGzip(distDir, urls), urls };
  });
  const moduleScripts = [...html.matchAll(/import\(["']([^"']+\.js)["']\)|from["']([^"']+\.js)["']/g)]
    .map((m) => m[1] ?? m[2])
    .filter((url) => url.startsWith('/'));
  const jsUrls = new Set([...moduleClosure(distDir, [...scriptSrcs, ...moduleScripts]), ...islands.flatMap((i) => i.urls)]);
  const css = sumGzip(distDir, stylesheets) + inlineStyles.reduce((t, s) => t + gzipSize(s), 0);
  const js = sumGzip(distDir, [...jsUrls]) + inlineScripts.reduce((t, s) => t + gzipSize(s), 0);
  const htmlSize = gzipSize(html);
  return {
    page,
    html: htmlSize,
    css,
    js,
    total: htmlSize + css + js,
    scripts: [...jsUrls, ...inlineScripts.map((_, i) => `(inline script ${i + 1})`)],
    islands,
  };
}

/** Total gzip of every stylesheet the site ships. */
export function totalCss(distDir) {
  const dir = join(distDir, '_astro');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.css'))
    .reduce((total, name) => total + gzipSize(readFileSync(join(dir, name))), 0);
}

/** The lazily loaded chunk that carries the `docx` library, with its static imports. */
export function docxChunk(distDir) {
  const dir = join(distDir, '_astro');
  const names = readdirSync(dir).filter((name) => name.endsWith('.js'));
  // docx's packer writes this content-type string; no other module of the site contains it.
  const marker = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  const hit = names.find((name) => readFileSync(join(dir, name), 'utf8').includes(marker));
  if (!hit) return null;
  const urls = moduleClosure(distDir, [`/_astro/${hit}`]);
  return { url: `/_astro/${hit}`, urls, js: sumGzip(distDir, urls) };
}

export const resolveDist = (dir = process.env.DIST_DIR) =>
  resolve(dir ?? (process.env.ASTRO_WORKSPACE ? `.cache/${process.env.ASTRO_WORKSPACE}/dist` : 'dist'));

