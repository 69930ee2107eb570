#!/usr/bin/env node
// Builds the HTTP security headers that match the CSP meta tags of a built site.
//
// Astro writes each page's Content-Security-Policy as a <meta> tag whose script-src and
// style-src carry the SHA-256 hashes of that page's inline scripts and styles. A browser enforces
// EVERY policy it receives (header and meta alike), so a header policy must allow those hashes
// too: this script reads every built page, takes the union of their sources per directive, adds
// what only a header can say (frame-ancestors), writes <dist>/_headers (Netlify, Cloudflare
// Pages) and prints the same headers as nginx `add_header` lines.
// Run it after every build (the hashes change with the scripts):
//   npm run build && node src/tooling/csp-headers.mjs dist > security-headers.conf
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './site-weight.mjs';

/** Headers sent with every response, besides the CSP. */
export const OTHER_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
};

/** Directives that a <meta> policy cannot carry (browsers ignore them there), added to the header. */
export const HEADER_ONLY_DIRECTIVES = [["frame-ancestors", ["'none'"]]];

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const decode = (text) => text.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The CSP of one HTML page, or null when it has none. */
export function metaPolicy(html) {
  const match = META.exec(html);
  return match ? decode(match[1]) : null;
}

/** Parses a policy into [directive, sources[]] pairs, in order. */
export const parsePolicy = (policy) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((parts) => parts.length > 0)
    .map(([name, ...sources]) => [name.toLowerCase(), sources]);

/** One policy allowing everything each page's policy allows: the union of the sources per directive. */
export function unionPolicy(policies) {
  const merged = new Map();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const list = merged.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name, list);
    }
  }
  for (const [name, sources] of HEADER_ONLY_DIRECTIVES) if (!merged.has(name)) merged.set(name, sources);
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Reads the built site and returns the header policy; throws if a page has no CSP meta tag. */
export function sitePolicy(dist) {
  const policies = htmlFiles(dist).map((file) => {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (!policy) throw new Error(`${relative(dist, file)}: no Content-Security-Policy meta tag`);
    return policy;
  });
  if (policies.length === 0) throw new Error(`${dist}: no HTML page found; build the site first`);
  return unionPolicy(policies);
}

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function netlifyHeaders(policy) {
  const lines = [['Content-Security-Policy', policy], ...Object.entries(OTHER_HEADERS)].map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** nginx directives (`always`, so that error pages get them too). */
export function nginxHeaders(policy) {
  return [['Content-Security-Policy', policy], ...Object.entries(OTHER_HEADERS)]
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')
    .concat('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  const policy = sitePolicy(dist);
  writeFileSync(join(dist, '_headers'), netlifyHeaders(policy));
  process.stderr.write(`csp-headers: wrote ${join(dist, '_headers')}; nginx lines follow on stdout\n`);
  process.stdout.write(nginxHeaders(policy));
}
