// Storage schemas use zod/mini (the same zod package Astro ships): they run in the browser on
// every read, and classic zod would weigh ~90 KB gzip on an island.
import * as z from 'zod/mini';

/** A yes/no answer; absent when not answered yet. */
export const yesNo = z.enum(['yes', 'no']);

/**
 * One self-check in progress or finished. Numbers are kept as typed (strings) so that a
 * half-typed value is never lost; the engine parses them.
 */
export const selfCheckDraft = z.object({
  /** id of the award in content/rules/awards.yaml */
  award: z.optional(z.string()),
  /** id of the nominee kind in content/rules/nominee-kinds.yaml */
  nomineeKind: z.optional(z.string()),
  /** answer to the recipient-scope question (Mục III.1.a) */
  inScope: z.optional(yesNo),
  /** answers by criterion id or exclusion id */
  answers: z._default(z.record(z.string(), yesNo), {}),
  /** voter figures of a commune or ward, as typed */
  turnout: z._default(
    z.object({ registered: z._default(z.string(), ''), voted: z._default(z.string(), '') }),
    { registered: '', voted: '' },
  ),
  /**
   * the outcome last shown on the result page (eligible, not-eligible, excluded, incomplete,
   * refer), cleared whenever an answer changes; for other pages' badges, never a substitute for
   * evaluating the answers again
   */
  outcome: z.optional(z.enum(['eligible', 'not-eligible', 'excluded', 'incomplete', 'refer'])),
  /** ISO time of the last change */
  updatedAt: z.optional(z.string()),
});

export type SelfCheckDraft = z.infer<typeof selfCheckDraft>;

/** A self-check with no answer. */
export const emptySelfCheck = (): SelfCheckDraft => z.parse(selfCheckDraft, {});
