import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy, netlifyHeaders, nginxHeaders, sitePolicy, unionPolicy } from '../../src/tooling/csp-headers.mjs';

const page = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"></head></html>`;
const A = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-SSS='";
const B = "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-BBB='; style-src 'self' 'sha256-SSS='";

describe('security headers from the built CSP meta tags', () => {
  it('reads the policy of a page, decoding HTML entities', () => {
    expect(metaPolicy(page(A))).toBe(A);
    expect(metaPolicy('<html></html>')).toBeNull();
  });

  it('allows what every page allows: the union of the hashes, plus frame-ancestors', () => {
    expect(unionPolicy([A, B])).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-SSS='; frame-ancestors 'none'",
    );
  });

  it('reads a whole built site and refuses a page without a policy', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dist, 'ban-nhap'));
    writeFileSync(join(dist, 'index.html'), page(A));
    writeFileSync(join(dist, 'ban-nhap', 'index.html'), page(B));
    expect(sitePolicy(dist)).toMatch(/script-src 'self' 'sha256-(AAA|BBB)=' 'sha256-(AAA|BBB)='/);
    expect(sitePolicy(dist)).toMatch(/AAA[\s\S]*BBB|BBB[\s\S]*AAA/);
    writeFileSync(join(dist, 'trong.html'), '<html></html>');
    expect(() => sitePolicy(dist)).toThrow('trong.html: no Content-Security-Policy meta tag');
  });

  it('writes the _headers file and nginx lines with the other headers', () => {
    const headers = netlifyHeaders(A);
    expect(headers.split('\n')[0]).toBe('/*');
    expect(headers).toContain(`  Content-Security-Policy: ${A}\n`);
    expect(headers).toContain('  Referrer-Policy: no-referrer\n');
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
    expect(nginxHeaders(A)).toContain(`add_header Content-Security-Policy "${A}" always;\n`);
    expect(nginxHeaders(A)).toContain('add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), payment=(), usb=()" always;');
  });
});
