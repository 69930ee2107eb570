// The proposing unit as its documents present it, entered once on /ho-so/ and printed in every
// document of the dossier. zod/mini: validated in the browser on every read of the drafts.
// Fields left empty that have a default (header lines, place, council name, legal bases) take
// it from the unit's name and category (src/dossier/profile.ts): the unit sees the default and
// may overwrite it; nothing is filled in silently behind its back.
import * as z from 'zod/mini';
import { text } from './nominee';

export const unitProfile = z.object({
  /**
   * cơ quan chủ quản trực tiếp, lines above the unit's name (Nghị định 30 allows common
   * abbreviations there, e.g. "UBND TỈNH ĐẮK LẮK"); one line per line; printed in capitals, upright
   */
  governingBody: text(),
  /** full name of the unit, written in full, as sentences name it ("Ủy ban nhân dân xã Ea Kao") */
  unitName: text(),
  /**
   * the unit's name as the header prints it, one line per line ("ỦY BAN NHÂN DÂN" / "XÃ EA KAO");
   * printed in capitals, bold; empty: the name split before its place ("xã …", "tỉnh …")
   */
  headerName: text(),
  /** symbol for document numbers, e.g. UBND, SNV → "Số: …/TTr-UBND" */
  unitSymbol: text(),
  /** place in the date line; empty: a commune or ward writes its own name, a provincial body the province */
  place: text(),
  /**
   * the whole authority line above the signer's title, e.g. "TM. ỦY BAN NHÂN DÂN" or
   * "KT. CHỦ TỊCH"; empty when the head signs in their own name. Printed in capitals.
   */
  signerAuthority: text(),
  /** e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"; printed in capitals */
  signerTitle: text(),
  /** printed as typed (bold) under the signature space */
  signerName: text(),
  /**
   * Who confirms the achievement reports (cấp trình khen thưởng) when it is not the letter's
   * signer: authority line, title and name, as the signer's; all empty: the letter's signer.
   */
  confirmerAuthority: text(),
  confirmerTitle: text(),
  confirmerName: text(),
  /**
   * the council's name in sentences; empty: "Hội đồng Thi đua - Khen thưởng" and the unit's name,
   * a commune's without "Ủy ban nhân dân" ("Hội đồng Thi đua - Khen thưởng xã Ea Kao")
   */
  councilName: text(),
  /** full name of the chair of the unit's emulation and commendation council */
  councilChair: text(),
  /** full name of the council's secretary */
  councilSecretary: text(),
  /** abbreviation of the section that drafted the letter, for "Lưu: VT, <drafter>." (e.g. VP, TCHC) */
  drafter: text(),
  /**
   * the letter's legal bases, one per line, in order, each without "Căn cứ" and final punctuation;
   * absent until the unit edits them: the campaign's defaults (content/forms/to-trinh.yaml)
   */
  legalBases: z.optional(z.string()),
});

export type UnitProfile = z.infer<typeof unitProfile>;
/** The profile's fields that are one text each (every field but the list of legal bases). */
export type ProfileTextField = Exclude<keyof UnitProfile, 'legalBases'>;

/** An earlier award of a nominee (section III of the achievement report), each column as typed. */
export const earlierAward = z.object({
  year: text(),
  award: text(),
  /** number and date of the decision, e.g. "Quyết định số 12/QĐ-UBND ngày 05/02/2024" */
  decision: text(),
  /** the body that issued it */
  issuer: text(),
});

export type EarlierAward = z.infer<typeof earlierAward>;
