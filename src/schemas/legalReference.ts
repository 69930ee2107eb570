import { z } from 'astro/zod';
import { issueDate, recordId, vietnameseText } from './clause';

/** A legal text: one the plan cites, or a law or decree the site relies on. */
export const legalReference = z.object({
  /** stable id */
  id: recordId,
  /** position in the plan's order (the order of the file) */
  order: z.number().int().positive(),
  /** kind of text: Luật, Nghị định, Chỉ thị, Hướng dẫn… */
  kind: vietnameseText,
  /** number and symbol, e.g. 7886/HD-BNV */
  number: z.string().min(1),
  /** date of issue, YYYY-MM-DD */
  date: issueDate,
  /** issuing body */
  issuer: vietnameseText,
  /** subject line */
  subject: vietnameseText,
  /** the plan cites it among its bases */
  citedByPlan: z.boolean(),
  /** verified: read in a published copy; unconfirmed: still to check */
  status: z.enum(['verified', 'unconfirmed']),
  /** caveat shown with it */
  note: vietnameseText.optional(),
});

export type LegalReference = z.infer<typeof legalReference>;
