// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { quietAstroHeadInject } from './src/tooling/build-warnings.mjs';
import { pagefindIndex } from './src/tooling/pagefind-integration.mjs';

// No telemetry, however Astro is started (the npm scripts also set it through with-node22.mjs;
// Astro reads the variable whenever it would send an event, after this file is loaded).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** Where the site is deployed; only used for absolute URLs in the sitemap. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
/**
 * ASTRO_WORKSPACE=<name> builds into .cache/<name>/ instead of dist/, so that several builds
 * (parallel work, the benchmark) never write over each other.
 */
const workspace = process.env.ASTRO_WORKSPACE;

export default defineConfig({
  site,
  output: 'static',
  ...(workspace ? { outDir: `./.cache/${workspace}/dist`, cacheDir: `./.cache/${workspace}/astro` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefindIndex()],
  // Written into every page as a <meta> tag, with the hashes of Astro's inline scripts and styles.
  // The matching HTTP headers (nginx, _headers): README "Bảo mật / Security headers" and
  // src/tooling/csp-headers.mjs, which derives them from the built pages.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "font-src 'self'",
        "worker-src 'self' blob:",
      ],
      // Pagefind compiles its WebAssembly search core in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Shiki's inline styles are incompatible with the CSP; the plan has no code to highlight.
  markdown: { syntaxHighlight: false },
  // Astro 7 strips whitespace by JSX rules by default: a line ending in a word followed by a line
  // starting with an element or an expression is joined without a space ("Kế hoạch0125"). The
  // HTML-aware compression keeps every space the browser would show.
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { plugins: [quietAstroHeadInject()] },
  prefetch: false,
});
