import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';

/** How a criterion is checked: a yes/no answer, or voter turnout computed from two whole numbers. */
export const criterionCheck = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes-no') }),
  z.object({
    type: z.literal('turnout'),
    /** the smallest turnout that passes, in percent (passes when voted / registered ≥ this) */
    minimumPercent: z.number().int().min(1).max(100),
  }),
]);

/** One criterion of an award for one kind of nominee (plan Mục III.3.2). */
export const criterion = z.object({
  /** stable id, used in saved answers */
  id: recordId,
  /** id of the award in awards.yaml */
  award: z.string().min(1),
  /** id of the nominee kind in nominee-kinds.yaml */
  nomineeKind: z.string().min(1),
  /** position in the plan's order */
  order: z.number().int().positive(),
  /** the plan's wording of the criterion */
  text: vietnameseText,
  /** how the self-check asks it */
  question: vietnameseText,
  /** the clause it cites */
  clause: clauseId,
  /** how it is checked */
  check: criterionCheck,
});

export type CriterionCheck = z.infer<typeof criterionCheck>;
export type Criterion = z.infer<typeof criterion>;
