import { z } from 'astro/zod';
import { recordId, vietnameseText } from './clause';

/** Frontmatter of one section of the plan (content/plan/*.mdx). */
export const planSection = z.object({
  /** reading order; 0 is the preamble before Mục I */
  order: z.number().int().min(0),
  /** Roman numeral of the section, absent for the preamble and the closing */
  numeral: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI']).optional(),
  /** heading as the plan writes it, sentence case */
  title: vietnameseText,
  /** anchor id of the section heading, e.g. muc-iii */
  anchor: recordId,
});

export type PlanSection = z.infer<typeof planSection>;
