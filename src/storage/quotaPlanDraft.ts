import * as z from 'zod/mini';

const text = () => z._default(z.string(), '');

/** One proposed collective or individual in the unit's list. */
export const nomineeDraft = z.object({
  /** random id, never personal data; keys the nominee's self-check and report */
  id: z.string().check(z.minLength(1)),
  /** collective (tập thể) or individual (cá nhân) */
  type: z.enum(['collective', 'individual']),
  /** full name of the collective or the person */
  name: text(),
  /** individual: position (chức vụ) */
  position: text(),
  /** individual: unit where the person works */
  unit: text(),
  /** individual: year of birth, as typed */
  birthYear: text(),
  /** individual: gender */
  gender: z._default(z.enum(['nam', 'nu', '']), ''),
  /** individual: holds a leadership or management post */
  holdsLeadershipPost: z.optional(z.boolean()),
  /** collective: share of women in percent, as typed, where known */
  womenSharePercent: text(),
  /** nominee kind id used by the self-check (xa-phuong, co-quan-don-vi, ca-nhan) */
  nomineeKind: z.optional(z.string()),
});

/** The unit's quota plan: its category and its list of nominees (plan Mục IV.2). */
export const quotaPlanDraft = z.object({
  /** id of the quota category in content/rules/quotas.yaml */
  categoryId: z.optional(z.string()),
  /** the unit's choice inside a category listing several units, e.g. "Công an tỉnh" */
  unitName: z.optional(z.string()),
  /** number of boards or teams, as typed, for categories counted per board or team */
  groupCount: text(),
  /** the nominees, in the order the unit wants them listed */
  nominees: z._default(z.array(nomineeDraft), []),
  /** ISO time of the last change */
  updatedAt: z.optional(z.string()),
});

export type NomineeDraft = z.infer<typeof nomineeDraft>;
export type QuotaPlanDraft = z.infer<typeof quotaPlanDraft>;
