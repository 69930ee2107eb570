import * as z from 'zod/mini';
import { NOMINEE_TYPES, nominee, nomineeFields } from '../schemas/nominee';
import { recordKey } from '../schemas/recordKey';

/** Each nominee's id keys its self-check and report: two nominees never share one. */
const uniqueIds = z.superRefine((list: { id: string }[], payload) => {
  const seen = new Map<string, number>();
  list.forEach(({ id }, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else payload.issues.push({ code: 'custom', message: `trùng mã với đối tượng thứ ${first + 1} của danh sách`, input: id, path: [index, 'id'] } as never);
  });
});

/** The add/edit form of the planner while it is being filled in, kept so that a reload loses no typing. */
export const nomineeEntryDraft = z.object({
  /** id of the nominee being edited; absent while adding a new one */
  editingId: z.optional(recordKey),
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
  nominees: z._default(z.array(nominee).check(uniqueIds), []),
  /** the planner's add/edit form in progress */
  entry: z.optional(nomineeEntryDraft),
});

export type NomineeEntryDraft = z.infer<typeof nomineeEntryDraft>;
export type QuotaPlanDraft = z.infer<typeof quotaPlanDraft>;
