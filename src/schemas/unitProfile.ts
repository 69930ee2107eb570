// The proposing unit as its documents present it, entered once on /ho-so/ and printed in every
// document of the dossier. zod/mini: validated in the browser on every read of the drafts.
import * as z from 'zod/mini';

const text = () => z._default(z.string(), '');

export const unitProfile = z.object({
  /** cơ quan chủ quản, optional line above the unit name; printed in capitals; "\n" breaks the line */
  governingBody: text(),
  /** full name of the unit; printed in capitals, bold; "\n" breaks the line */
  unitName: text(),
  /** symbol for document numbers, e.g. UBND, SNV → "Số: …/TTr-UBND" */
  unitSymbol: text(),
  /** place in the date line, e.g. "Buôn Ma Thuột" */
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
  /** full name of the chair of the unit's emulation and commendation council */
  councilChair: text(),
  /** full name of the council's secretary */
  councilSecretary: text(),
});

export type UnitProfile = z.infer<typeof unitProfile>;

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
