import * as z from 'zod/mini';
import { NOMINEE_TYPES, nominee, nomineeFields } from '../schemas/nominee';

/** The add/edit form of the planner while it is being filled in, kept so that a reload loses no typing. */
export const nomineeEntryDraft = z.object({
  /** id of the nominee being edited; absent while adding a new one */
  editingId: z.optional(z.string()),
  /** not chosen yet while absent */
  type: z.optional(z.enum(NOMINEE_TYPES)),
  ...nomineeFields,
});

/** The unit's quota plan: its category and its list of nominees (plan Mục IV.2). */
export const quotaPlanDraft = z.object({
  /** id of the quota category in content/rules/quotas.yaml */
  categoryId: z.optional(z.string()),
  /** the unit's choice inside a category listing several units, e.g. "Công an tỉnh" */
  unitName: z.optional(z.string()),
  /** number of boards or teams, as typed, for categories counted per board or team */
  groupCount: z._default(z.string(), ''),
  /** the nominees, in the order the unit wants them listed */
  nominees: z._default(z.array(nominee), []),
  /** the planner's add/edit form in progress */
  entry: z.optional(z.catch(nomineeEntryDraft, () => z.parse(nomineeEntryDraft, {}))),
});

export type NomineeEntryDraft = z.infer<typeof nomineeEntryDraft>;
export type QuotaPlanDraft = z.infer<typeof quotaPlanDraft>;
