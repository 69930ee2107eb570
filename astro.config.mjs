// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { pagefindIndex } from './src/tooling/pagefind-integration.mjs';

/** Where the site is deployed; only used for absolute URLs in the sitemap. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), pagefindIndex()],
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
  devToolbar: { enabled: false },
  prefetch: false,
});
