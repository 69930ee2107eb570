// `npm start` serves the site until it is stopped, however it is stopped: no preview server is left
// running on its port when npm, or the wrapper that fetches Node 22, is killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/rules';

const PORT = 4398;
const url = `http://127.0.0.1:${PORT}/`;

const answers = async () => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** `npm start`, building into its own folder so that the test's build never touches dist/. */
function start(): ChildProcess {
  return spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(PORT), ASTRO_WORKSPACE: 'serve-test' },
    stdio: 'ignore',
    detached: true,
  });
}

describe('npm start', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)('stops the server when npm gets %s', async (signal) => {
    const npm = start();
    try {
      expect(await until(answers, 90_000)).toBe(true);
      npm.kill(signal);
      expect(await until(async () => !(await answers()), 10_000)).toBe(true);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 120_000);
});

describe('Astro telemetry', () => {
  it('is off for every command the scripts run, and in the project config itself', async () => {
    const { execFileSync } = await import('node:child_process');
    const printed = execFileSync('node', ['src/tooling/with-node22.mjs', 'node', '-e', 'console.log("ASTRO_TELEMETRY_DISABLED=" + process.env.ASTRO_TELEMETRY_DISABLED)'], {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '' },
      encoding: 'utf8',
    });
    expect(printed).toContain('ASTRO_TELEMETRY_DISABLED=1');
    const inConfig = execFileSync('node', ['src/tooling/with-node22.mjs', 'node', '--input-type=module', '-e', 'delete process.env.ASTRO_TELEMETRY_DISABLED; await import("./astro.config.mjs"); console.log("config=" + process.env.ASTRO_TELEMETRY_DISABLED)'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(inConfig).toContain('config=1');
  }, 60_000);
});
