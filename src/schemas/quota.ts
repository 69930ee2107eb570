import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';

const count = z.number().int().min(0);

/** The two groups of the quota table: provincial units (Mục IV.2.a), communes and wards (Mục IV.2.b). */
export const QUOTA_GROUPS = ['cap-tinh', 'xa-phuong'] as const;

/** The allowance of one category: separate limits per nominee type, or a number of cases of either type. */
export const quotaLimit = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('separate'),
    /** most collectives (0: collectives may not be proposed) */
    collectives: count,
    /** most individuals (0: individuals may not be proposed) */
    individuals: count,
  }),
  z.object({
    kind: z.literal('either'),
    /** most nominees, collectives and individuals together */
    cases: count.min(1),
  }),
]);

/** One category of unit in the quota table of plan Mục IV.2. */
export const quotaCategory = z.object({
  /** stable id */
  id: recordId,
  /** position in the plan's order */
  order: z.number().int().positive(),
  /** provincial units (IV.2.a) or communes and wards (IV.2.b) */
  group: z.enum(QUOTA_GROUPS),
  /** how the category is named in tables */
  label: vietnameseText,
  /** the units the plan lists in this category */
  units: z.array(vietnameseText).min(1),
  /** what the allowance counts per: the proposing unit, each board (ban), or each team (đoàn) */
  basis: z.enum(['unit', 'board', 'team']),
  /** the allowance per unit, board or team */
  limit: quotaLimit,
  /** the clause that sets it */
  clause: clauseId,
  /** the plan's line, word for word */
  sourceText: vietnameseText,
});

export type QuotaLimit = z.infer<typeof quotaLimit>;
export type QuotaCategory = z.infer<typeof quotaCategory>;
