#!/usr/bin/env node
// `npm start`: builds the site, then serves dist/ on http://127.0.0.1:4321/, both in this one
// process, so that stopping it stops the server: Ctrl-C, a kill of this process, and also the end
// of the process that started it (npm, or with-node22.mjs) even when that one was killed outright
// (an orphaned server would keep the port busy).
import { whenAncestorsGone } from './ancestry.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build, preview } = await import('astro');

const HOST = '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4321);

await build({});
const server = await preview({ server: { host: HOST, port: PORT } });

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => {});
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0));
whenAncestorsGone(() => void stop(0));
await server.closed();
