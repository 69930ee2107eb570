import * as z from 'zod/mini';
import { dossierDraft } from './dossierDraft';
import { quotaPlanDraft } from './quotaPlanDraft';
import { selfCheckDraft } from './selfCheckDraft';

/** Version of the stored drafts; bump it with a migration when the shape changes incompatibly. */
export const DRAFTS_VERSION = 1;
/** The one localStorage key the site writes. */
export const DRAFTS_KEY = 'thi-dua-bau-cu-2026:drafts';

/** Everything the site keeps on this computer. */
export const drafts = z.object({
  version: z.literal(DRAFTS_VERSION),
  /** self-checks by nominee id; `current` is the one not yet tied to a nominee */
  selfChecks: z._default(z.record(z.string(), selfCheckDraft), {}),
  quotaPlan: z._default(quotaPlanDraft, () => z.parse(quotaPlanDraft, {})),
  dossier: z._default(dossierDraft, () => z.parse(dossierDraft, {})),
  /** ISO time of the last save */
  savedAt: z.optional(z.string()),
});

export type Drafts = z.infer<typeof drafts>;

export const emptyDrafts = (): Drafts => z.parse(drafts, { version: DRAFTS_VERSION });
