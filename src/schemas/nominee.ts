// The shape of a proposed collective or individual (a nominee), defined once: the quota planner
// stores it, the quota check reads it, the documents print it (each takes what it needs with
// Pick). zod/mini, because it is validated in the browser on every read of the drafts.
import * as z from 'zod/mini';
import { recordKey } from './recordKey';

/** Collective (tập thể) or individual (cá nhân): the two types of nominee of the plan. */
export const NOMINEE_TYPES = ['collective', 'individual'] as const;
export type NomineeType = (typeof NOMINEE_TYPES)[number];

/** Gender of an individual, as stored; printed with the wording of content/forms/common.yaml. */
export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];

/** A text field kept as typed; empty until typed (every shape the unit types uses it). */
export const text = () => z._default(z.string(), '');

/** The fields of a nominee the unit types; numbers are kept as typed so that no typing is lost. */
export const nomineeFields = {
  /** full name of the collective or the person */
  name: text(),
  /** individual: position (chức vụ) */
  position: text(),
  /** individual: unit where the person works */
  unit: text(),
  /** individual: year of birth, as typed */
  birthYear: text(),
  /**
   * individual: full date of birth, as typed (dd/mm/yyyy), where the unit knows it; empty: the
   * report gives the year of birth
   */
  birthDate: text(),
  /** individual: gender; empty until chosen */
  gender: z._default(z.enum([...GENDERS, '']), ''),
  /** individual: holds a leadership or management post */
  holdsLeadershipPost: z.optional(z.boolean()),
  /** collective: share of women in percent, as typed, where known */
  womenSharePercent: text(),
  /** nominee kind id used by the self-check (xa-phuong, co-quan-don-vi, ca-nhan) */
  nomineeKind: z.optional(z.string()),
};

/** One proposed collective or individual in the unit's list. */
export const nominee = z.object({
  /** random id, never personal data; keys the nominee's self-check and report (the rule of recordKey.ts) */
  id: recordKey,
  type: z.enum(NOMINEE_TYPES),
  ...nomineeFields,
});

export type Nominee = z.infer<typeof nominee>;
