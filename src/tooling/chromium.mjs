// Debian's Chromium and the flags it runs with, for the browser tests and `npm run bench` alike.
import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright cannot download its own browsers here), or CHROMIUM_PATH. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

/** Flags that keep Chromium off the network except for the site under test. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
