import { z } from 'astro/zod';
import { vietnameseText } from './clause';

/**
 * The wording of an official form (headings, guidance notes, fixed sentences), kept as data
 * because the official text is not confirmed and must be correctable without code changes.
 * Each form file refines this shape; see content/forms/.
 */
export const formText = z.object({
  /** stable id of the form */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** document type as printed, e.g. BÁO CÁO THÀNH TÍCH */
  title: vietnameseText,
}).passthrough();

export type FormText = z.infer<typeof formText>;
