import * as z from 'zod/mini';
import { dossierDraft } from './dossierDraft';
import { quotaPlanDraft } from './quotaPlanDraft';
import { emptyRecord, keyedRecord } from '../schemas/recordKey';
import { selfCheckAnswers } from '../schemas/selfCheck';

/**
 * Version of the stored drafts. Data of another version is not read (it is kept aside and
 * offered for download, never overwritten): when the shape changes incompatibly, bump it and add
 * a migration from the version released before.
 */
export const DRAFTS_VERSION = 2;
/** The one localStorage key the site writes its drafts to. */
export const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';
/** Prefix of every key the site may write (drafts, the copy of unreadable drafts); "delete everything" removes them all. */
export const STORAGE_PREFIX = 'thi-dua-bau-cu-2026:';

const isoTime = () => z.optional(z.string());

/**
 * When each part of the drafts last changed (ISO times), stamped by every save (store.ts): the
 * drafts page shows them ("Thay đổi lần cuối"), so that a unit on a shared computer sees what is stale.
 */
export const changeTimes = z.object({
  /** the unit profile */
  profile: isoTime(),
  /** the quota plan itself: category, group count, order of the list */
  quotaPlan: isoTime(),
  /** meeting and numbering data of the dossier */
  meeting: isoTime(),
  /** each self-check, by its key in `selfChecks` */
  selfChecks: z._default(keyedRecord(z.string()), emptyRecord),
  /** each nominee (its list entry, self-check or report), by nominee id */
  nominees: z._default(keyedRecord(z.string()), emptyRecord),
});

/** The slices of the drafts: what the islands read and write. */
export const draftSlices = {
  /** self-checks by nominee id; `current` is the one not yet tied to a nominee */
  selfChecks: z._default(keyedRecord(selfCheckAnswers), emptyRecord),
  quotaPlan: z._default(quotaPlanDraft, () => z.parse(quotaPlanDraft, {})),
  dossier: z._default(dossierDraft, () => z.parse(dossierDraft, {})),
};

/** Everything the site keeps on this computer. */
export const drafts = z.object({
  version: z.literal(DRAFTS_VERSION),
  /** goes up by one on every save, so that a tab can tell that another one saved since */
  revision: z._default(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0, 'phải là số nguyên không âm')), 0),
  ...draftSlices,
  /** when each part last changed */
  changedAt: z._default(changeTimes, () => z.parse(changeTimes, {})),
  /** ISO time of the last save */
  savedAt: isoTime(),
});

export type Drafts = z.infer<typeof drafts>;
export type ChangeTimes = z.infer<typeof changeTimes>;

export const emptyDrafts = (): Drafts => z.parse(drafts, { version: DRAFTS_VERSION });
