// Static measurement of what a browser downloads on first load of each built page, gzip-compressed:
// the HTML, its stylesheets, and its JavaScript (page scripts, island components and renderers,
// and every module they import statically). Dynamic imports (the docx chunk, Pagefind) are not
// first-load weight; the docx chunk is measured on its own. Shared by `npm run bench`, the budget
// tests and src/tooling/csp-headers.mjs (which reads the same built pages).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size in bytes, at the level static hosts commonly use (6). */
export const gzipSize = (content) => gzipSync(content, { level: 6 }).length;

/**
 * The runtime every island page shares, whatever the island: Preact, its hooks, and Astro's
 * island renderer with its module-preload helper. Fetched once, then cached across tool pages.
 */
export const SHARED_RUNTIME = /\/_astro\/(?:client|preact\.module|hooks\.module|preload-helper)\.[\w-]+\.js$/;

/** The island's name from its component URL (/_astro/EligibilityCheck.Dt3r5RgH.js → EligibilityCheck). */
export const islandName = (componentUrl) => componentUrl.replace(/^.*\//, '').replace(/\.[\w-]+\.js$/, '');

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/**
 * Every HTML file of a built site (404.html included), as file paths; assets folders skipped.
 * @param {string} distDir
 * @returns {string[]}
 */
export function htmlFiles(distDir) {
  return readdirSync(distDir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(distDir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' || entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every built page (an index.html), as site paths ("/", "/ke-hoach/"…). */
export const listPages = (distDir) =>
  htmlFiles(distDir)
    .map((file) => relative(distDir, file).split(sep).join('/'))
    .filter((path) => path === 'index.html' || path.endsWith('/index.html'))
    .map((path) => `/${path.slice(0, -'index.html'.length)}`)
    .sort();

const htmlFile = (distDir, page) => join(distDir, page, 'index.html');
const assetFile = (distDir, url) => join(distDir, decodeURIComponent(url.split(/[?#]/)[0]));

/** The module URLs a JS file imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code, fromUrl) {
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
function moduleClosure(distDir, entryUrls) {
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

/** A JS module and everything it imports, statically or with import(): all it may ever load, as site URLs. */
export function reachableModules(distDir, entryUrls) {
  const seen = new Set();
  const queue = [...entryUrls];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !url.endsWith('.js')) continue;
    seen.add(url);
    const code = readFileSync(assetFile(distDir, url), 'utf8');
    const dynamic = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((match) => new URL(match[1], `http://site${url}`).pathname);
    queue.push(...staticImports(code, url), ...dynamic);
  }
  return [...seen];
}

/** gzip size of the given site URLs, summed. */
export const sumGzip = (distDir, urls) => urls.reduce((total, url) => total + gzipSize(readFileSync(assetFile(distDir, url))), 0);

/**
 * First-load weight of one page. Each island's JavaScript is also split into its own code (`own`)
 * and the shared runtime (`runtime`, SHARED_RUNTIME).
 * @returns {{ page: string, html: number, css: number, js: number, total: number, scripts: string[],
 *   islands: { component: string, name: string, urls: string[], js: number, own: number, runtime: number }[] }}
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
    const isRuntime = (url) => SHARED_RUNTIME.test(url);
    return {
      component,
      name: islandName(component),
      urls,
      js: sumGzip(distDir, urls),
      own: sumGzip(distDir, urls.filter((url) => !isRuntime(url))),
      runtime: sumGzip(distDir, urls.filter(isRuntime)),
    };
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

/**
 * The lazily loaded chunk that carries the `docx` library, with its static imports; `loaded`: the
 * scripts the page that asks for a document has already loaded (/ho-so/'s), which the first
 * document does not fetch again and so are not counted.
 */
export function docxChunk(distDir, loaded = []) {
  const dir = join(distDir, '_astro');
  // the review's output worker carries docx too, in a bundle of its own (reviewChunks)
  const names = readdirSync(dir).filter((name) => name.endsWith('.js') && !isWorkerFile(name));
  // docx's packer writes this content-type string; no other module of the site contains it.
  const marker = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  const hit = names.find((name) => readFileSync(join(dir, name), 'utf8').includes(marker));
  if (!hit) return null;
  // what the first document adds: the chunk and whatever it imports that the page has not loaded yet
  const urls = moduleClosure(distDir, [`/_astro/${hit}`]).filter((url) => !loaded.includes(url));
  return { url: `/_astro/${hit}`, urls, js: sumGzip(distDir, urls) };
}

/** The build folder: dist/, or .cache/<ASTRO_WORKSPACE>/dist as astro.config.mjs writes it. */
export const resolveDist = (dir) =>
  resolve(dir ?? (process.env.ASTRO_WORKSPACE ? `.cache/${process.env.ASTRO_WORKSPACE}/dist` : 'dist'));


/** A worker bundle as Vite names it: the source file's name, then "-<hash>.js" (assembly.worker-BlUVkcbn.js). */
const isWorkerFile = (name) => /\.worker-[\w-]+\.js$/.test(name);

/** The worker scripts a JS file starts (`new Worker("/_astro/….js")`, as Vite writes it), as site URLs. */
export const startedWorkers = (code) => [...code.matchAll(/new Worker\(\s*[`'"](\/[^`'"]+\.js)[`'"]/g)].map((m) => m[1]);

/**
 * The lazily loaded parts of the PDF assembly (/ho-so/nop-ban-pdf/), each with its gzip size:
 * the worker with pdf-lib and the merge (started on the first file added), pdf.js for previews
 * (imported on the first PDF added) and the worker pdf.js starts, and the WebAssembly image
 * decoders pdf.js fetches only for JBIG2 and JPEG 2000 scans. Null for a part not found.
 */
export function assemblyChunks(distDir) {
  const dir = join(distDir, '_astro');
  const names = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const code = (name) => readFileSync(join(dir, name), 'utf8');
  const part = (url) => (url ? { url, js: sumGzip(distDir, [url]) } : null);
  // pdf-lib's load option, kept as a property name by the minifier (the review's reading worker
  // carries pdf-lib too: the assembly's is the one Vite names after assembly.worker.ts)
  const worker = names.find((name) => name.startsWith('assembly.worker') && code(name).includes('ignoreEncryption'));
  const pdfjs = names.find((name) => code(name).includes('GlobalWorkerOptions'));
  const pdfjsUrls = pdfjs ? moduleClosure(distDir, [`/_astro/${pdfjs}`]) : [];
  const pdfjsWorker = pdfjs ? startedWorkers(code(pdfjs))[0] : undefined;
  const wasm = readdirSync(dir)
    .filter((name) => name.endsWith('.wasm'))
    .map((name) => ({ url: `/_astro/${name}`, bytes: readFileSync(join(dir, name)).length, gzip: gzipSize(readFileSync(join(dir, name))) }));
  return {
    pdfLibWorker: part(worker && `/_astro/${worker}`),
    pdfjs: pdfjs ? { url: `/_astro/${pdfjs}`, urls: pdfjsUrls, js: sumGzip(distDir, pdfjsUrls) } : null,
    pdfjsWorker: part(pdfjsWorker),
    wasm,
  };
}

/**
 * The workers of Sở Nội vụ's review page (/so-noi-vu/tong-hop/) and of the dossier data download
 * on /ho-so/, each a bundle of its own, with its gzip size: the reading worker (pdf-lib, the schema
 * of ho-so.json and the consolidation; on the first files), the output worker (docx,
 * write-excel-file and the builders; on the first document asked for), the dossier data worker (on
 * its button). Null for a part not found.
 */
export function reviewChunks(distDir) {
  const dir = join(distDir, '_astro');
  const names = readdirSync(dir).filter(isWorkerFile);
  const part = (stem) => {
    const name = names.find((candidate) => candidate.startsWith(`${stem}.worker-`));
    return name ? { url: `/_astro/${name}`, js: sumGzip(distDir, [`/_astro/${name}`]) } : null;
  };
  return { readWorker: part('review'), outputWorker: part('output'), dataWorker: part('dataFile') };
}
