import * as z from 'zod/mini';

const text = () => z._default(z.string(), '');

/** The unit's profile, entered once, used by every document of the dossier. */
export const unitProfile = z.object({
  /** cơ quan chủ quản (optional line above the unit name) */
  governingBody: text(),
  /** full name of the unit */
  unitName: text(),
  /** symbol used in document numbers, e.g. UBND, SNV */
  unitSymbol: text(),
  /** place name for the date line */
  place: text(),
  /** authority words before the signer's title (TM., KT., Q.…), may be empty */
  signerAuthority: text(),
  /** signer's title, e.g. CHỦ TỊCH */
  signerTitle: text(),
  /** signer's full name */
  signerName: text(),
  /** chair of the emulation and commendation council */
  councilChair: text(),
  /** secretary of the council */
  councilSecretary: text(),
});

/** An earlier award of a nominee (section III of the achievement report). */
export const earlierAward = z.object({
  year: text(),
  award: text(),
  decision: text(),
  issuer: text(),
});

/** The text of one nominee's achievement report, by section id of the form. */
export const reportDraft = z.object({
  sections: z._default(z.record(z.string(), z.string()), {}),
  earlierAwards: z._default(z.array(earlierAward), []),
  updatedAt: z.optional(z.string()),
});

/** Everything of the dossier that is not the nominee list. */
export const dossierDraft = z.object({
  profile: z._default(unitProfile, () => z.parse(unitProfile, {})),
  /** reports by nominee id */
  reports: z._default(z.record(z.string(), reportDraft), {}),
  /** meeting and numbering data of the letter and minutes; refined by the dossier builder */
  meeting: z._default(z.record(z.string(), z.unknown()), {}),
  updatedAt: z.optional(z.string()),
});

export type UnitProfile = z.infer<typeof unitProfile>;
export type ReportDraft = z.infer<typeof reportDraft>;
export type DossierDraft = z.infer<typeof dossierDraft>;
