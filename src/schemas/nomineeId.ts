// A new nominee's id, for the planner's list and for the reports added by hand on the PDF assembly
// page: the one rule, apart from the nominee's schema so that it weighs only where ids are made.

/**
 * 64 random bits ("uv-" and 16 hex digits): the id carries no personal data (it appears in the
 * self-check link), keys a record (recordKey.ts) and ho-so.json (isSafeId), and never comes back in
 * another session or on another device, where a reviewer's decision keyed by it would land on
 * someone else's report.
 */
export function newNomineeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return 'uv-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
