import * as z from 'zod/mini';

const text = () => z._default(z.string(), '');

/** collective (tập thể) or individual (cá nhân) */
const nomineeType = z.enum(['collective', 'individual']);

/** The fields of a nominee the unit types; numbers are kept as typed so that no typing is lost. */
const nomineeFields = {
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
};

/** One proposed collective or individual in the unit's list. */
export const nomineeDraft = z.object({
  /** random id, never personal data; keys the nominee's self-check and report */
  id: z.string().check(z.refine((id) => id !== '', 'không được để trống')),
  type: nomineeType,
  ...nomineeFields,
});

/** The add/edit form of the planner while it is being filled in, kept so that a reload loses no typing. */
export const nomineeEntryDraft = z.object({
  /** id of the nominee being edited; absent while adding a new one */
  editingId: z.optional(z.string()),
  /** not chosen yet while absent */
  type: z.optional(nomineeType),
  ...nomineeFields,
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
  /** the planner's add/edit form in progress */
  entry: z.optional(z.catch(nomineeEntryDraft, () => z.parse(nomineeEntryDraft, {}))),
  /** ISO time of the last change */
  updatedAt: z.optional(z.string()),
});

export type NomineeDraft = z.infer<typeof nomineeDraft>;
export type NomineeEntryDraft = z.infer<typeof nomineeEntryDraft>;
export type QuotaPlanDraft = z.infer<typeof quotaPlanDraft>;
