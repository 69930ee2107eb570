// The slots of a report's starting text, derived from the nominee's shape (in a module of its
// own, so that the islands that only read drafts do not carry it).
import { nomineeFields } from './nominee';

type NomineeField = keyof typeof nomineeFields;

/** Nominee fields that are not text the unit typed, so never printed as they are. */
const CODED_FIELDS = ['holdsLeadershipPost', 'nomineeKind'] as const;

/**
 * The slots of a report's starting text (content/forms): every text field of a nominee, so that
 * the forms cannot ask for a field the planner does not keep, and a field added to the nominee is a
 * slot at once.
 */
export const STARTER_SLOTS = (Object.keys(nomineeFields) as NomineeField[]).filter(
  (key): key is Exclude<NomineeField, (typeof CODED_FIELDS)[number]> => !(CODED_FIELDS as readonly string[]).includes(key),
);
export type StarterSlot = (typeof STARTER_SLOTS)[number];
