// The shape of the exported JSON files (a unit's whole drafts, or one nominee's part of them),
// read by transfer.ts and written by exportFile.ts.
import * as z from 'zod/mini';
import { nominee } from '../schemas/nominee';
import { selfCheckAnswers } from '../schemas/selfCheck';
import { reportDraft } from './dossierDraft';
import type { Drafts } from './drafts';

/** The format marker of every exported file. */
export const EXPORT_FORMAT = 'thi-dua-bau-cu-2026/ban-nhap';

/** One nominee's data as exported: the parts of the drafts that belong to it. */
export const nomineeTransfer = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  scope: z.literal('nominee'),
  /** the entry of the quota plan's list */
  nominee,
  /** the self-check made for this nominee, if any */
  selfCheck: z.optional(selfCheckAnswers),
  /** the achievement report, if any */
  report: z.optional(reportDraft),
  /** when the nominee last changed */
  changedAt: z.optional(z.string()),
});

export type NomineeTransfer = z.infer<typeof nomineeTransfer>;

/**
 * Stored drafts that could not be read whole (a rescue file, from "Tải dữ liệu cũ về máy"): the
 * stored text exactly as found, which the import reads with the salvage of the stored drafts.
 */
export interface UnreadableTransfer {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  scope: 'unreadable';
  /** the text found under the drafts' key of the storage, whatever it is */
  stored: string;
}

/** Everything: the drafts' own fields next to the file's marker, so that paths read `quotaPlan.nominees[0]…`. */
export type AllTransfer = { format: typeof EXPORT_FORMAT; version: number; exportedAt: string; scope: 'all' } & Pick<
  Drafts,
  'selfChecks' | 'quotaPlan' | 'dossier' | 'changedAt' | 'savedAt'
>;
