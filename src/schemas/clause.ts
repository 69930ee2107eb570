import { z } from 'astro/zod';

/**
 * Anchor id of a clause of the plan, e.g. `muc-iii-3-2-a-g1-y3`:
 * section (muc-i…muc-vi), numbered items, lettered point (a, b, c, d, đ written dd, e, g),
 * then `g<n>` for the n-th dash bullet and `y<n>` for the n-th plus bullet under it.
 * Special anchors: `muc-iv-luu-y` (the note of Mục IV).
 */
export const clauseId = z
  .string()
  .regex(
    /^muc-(?:i|ii|iii|iv|v|vi)(?:(?:-\d+)*(?:-(?:[a-eg]|dd))?(?:-g\d+)?(?:-y\d+)?|-luu-y)$/,
    'mã điều khoản phải có dạng muc-iii-3-2-a-g1-y3',
  );

/** A stable id of a record, or a reference to one: lower-case ASCII letters, digits and hyphens. */
export const recordId = z.string().regex(/^[a-z0-9-]+$/);

/** A date of issue, "YYYY-MM-DD" in YAML (which reads it as a Date), kept as that ISO text. */
export const issueDate = z.coerce.date().transform((date) => date.toISOString().slice(0, 10));

/** Reference to a provision of another legal text (a law or decree in legal-references.yaml). */
export const legalBasis = z.object({
  /** id of the legal text in legal-references.yaml */
  reference: z.string().min(1),
  /** the article or clause, as written in Vietnamese, e.g. "Điều 4, khoản 6" */
  provision: z.string().min(1),
});

/** Vietnamese text shown to readers: non-empty, NFC. */
export const vietnameseText = z
  .string()
  .trim()
  .min(1)
  .refine((text) => text === text.normalize('NFC'), 'văn bản phải ở dạng Unicode NFC');

export type ClauseId = z.infer<typeof clauseId>;
export type LegalBasis = z.infer<typeof legalBasis>;
