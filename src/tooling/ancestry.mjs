// Tells a long-running process (the preview server of `npm start`, the wrapper that starts it) when
// the processes that started it are gone, so that it can stop instead of running on orphaned: a
// server left behind keeps its port. On Linux the chain of parents is read from /proc (npm → sh →
// with-node22 → server: killing npm outright orphans sh, not the server); elsewhere the direct
// parent only.
import { readFileSync } from 'node:fs';

/** The parent of `pid` from /proc, or undefined where /proc cannot tell. */
function parentOf(pid) {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and brackets
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** This process's parent, grandparent… up to `levels` of them (not init). */
export function ancestors(levels = 3) {
  const chain = [process.ppid];
  while (chain.length < levels) {
    const next = parentOf(chain.at(-1));
    if (!next || next <= 1) break;
    chain.push(next);
  }
  return chain.filter((pid) => pid > 1);
}

/**
 * Calls `onGone` once when one of this process's ancestors (as they are now) ends or is handed to
 * another parent. Returns a function that stops watching.
 */
export function whenAncestorsGone(onGone, levels = 3, everyMs = 500) {
  const chain = ancestors(levels);
  const links = chain.map((pid, index) => [pid, chain[index + 1]]);
  const timer = setInterval(() => {
    const broken =
      process.ppid !== chain[0] || links.some(([pid, parent]) => parent !== undefined && parentOf(pid) !== undefined && parentOf(pid) !== parent);
    const ended = links.some(([pid]) => {
      try {
        process.kill(pid, 0);
        return false;
      } catch (error) {
        return error.code === 'ESRCH';
      }
    });
    if (broken || ended) {
      clearInterval(timer);
      onGone();
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
