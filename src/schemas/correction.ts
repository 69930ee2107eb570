import { z } from 'astro/zod';
import { clauseId } from './clause';

/** A typing error of the published plan that the rendering corrects (content/source/corrections.yaml). */
export const correction = z.object({
  /** the text as published */
  original: z.string().min(1),
  /** the text as the plan page shows it */
  corrected: z.string().min(1),
  /** the clause where it stands */
  clause: clauseId,
});

export type Correction = z.infer<typeof correction>;
