import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';

/** A key date of the campaign; month precision where the plan gives only a month. */
export const keyDate = z.object({
  /** stable id */
  id: recordId,
  /** chronological position */
  order: z.number().int().positive(),
  /** ISO date: YYYY-MM-DD, or YYYY-MM for a whole month */
  date: z.preprocess(
    // YAML reads a full date as a Date; keep the ISO text
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'ngày phải có dạng YYYY-MM-DD hoặc YYYY-MM'),
  ),
  /** what happens on that date */
  label: vietnameseText,
  /** how the cited text says it */
  wording: vietnameseText,
  /** the plan clause, where the plan says it */
  clause: clauseId.optional(),
  /** where the date comes from, when not from the plan */
  sourceNote: vietnameseText.optional(),
  /** the dossier deadline */
  isDeadline: z.boolean().default(false),
  /** a caveat shown with the date */
  note: vietnameseText.optional(),
}).refine((d) => d.clause !== undefined || d.sourceNote !== undefined, {
  message: 'phải ghi điều khoản (clause) hoặc nguồn (sourceNote)',
  path: ['clause'],
});

export type KeyDate = z.infer<typeof keyDate>;
