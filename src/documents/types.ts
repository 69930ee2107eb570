// The data contract between the dossier builder island (which assembles it from the drafts and
// the rules) and the pure document builders (which turn it into DOCX). Plain data only: no
// DOM, no Preact, no Astro, no zod. Every string may be anything the user typed: the builders
// normalise it to NFC and drop the characters XML forbids, so the island passes text as typed.
//
// How the island uses this (owner of src/documents: see src/documents/index.ts):
//   - build time (Astro page): `loadForms()` (src/content/forms.ts) → `DocumentForms`, and
//     `campaignReferences(rules, forms)` (src/documents/references.ts) → `CampaignReferences`;
//     both are plain data, passed to the island as props.
//   - in the browser: `starterSections()` (src/documents/starter.ts, no docx) gives the starting
//     text of a report; `dossierFileNames()` (src/documents/fileNames.ts, no docx) names files;
//     `const docs = await import('../documents')` only when the user asks for a file, then
//     `docs.renderAchievementReport(input, forms)`, `docs.renderDossierZip(dossier, forms)`…
import type { NomineeType } from '../schemas/nomineeKind';

/**
 * A calendar date as the documents print it ("ngày 05 tháng 3 năm 2026": days under 10 and
 * months 1 and 2 get a leading zero). Leave `day` and/or `month` out to print a blank that the
 * unit fills in by hand when the document is signed ("ngày     tháng     năm 2026").
 */
export interface DocumentDate {
  day?: number;
  month?: number;
  year: number;
}

/** The proposing unit, entered once (stored as `dossier.profile`). */
export interface UnitProfile {
  /** cơ quan chủ quản, optional line above the unit name; printed in capitals; "\n" breaks the line */
  governingBody: string;
  /** full name of the unit; printed in capitals, bold; "\n" breaks the line */
  unitName: string;
  /** symbol for document numbers, e.g. UBND, SNV → "Số: …/TTr-UBND" */
  unitSymbol: string;
  /** place in the date line, e.g. "Buôn Ma Thuột" */
  place: string;
  /**
   * the whole authority line above the signer's title, e.g. "TM. ỦY BAN NHÂN DÂN" or
   * "KT. CHỦ TỊCH"; empty when the head signs in their own name. Printed in capitals.
   */
  signerAuthority: string;
  /** e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC"; printed in capitals */
  signerTitle: string;
  /** printed as typed (bold) under the signature space */
  signerName: string;
  /** full name of the chair of the unit's emulation and commendation council */
  councilChair: string;
  /** full name of the council's secretary */
  councilSecretary: string;
}

/**
 * What the documents cite about the campaign; read from content/, never typed in code. Build it
 * with `campaignReferences(rules, forms)` from src/documents/references.ts.
 */
export interface CampaignReferences {
  /** e.g. "0125/KH-UBND" */
  planNumber: string;
  planDate: DocumentDate;
  /** e.g. "Ủy ban nhân dân tỉnh Đắk Lắk" */
  planIssuer: string;
  /** lower-case campaign name for sentences */
  campaignName: string;
  /** the award proposed, e.g. "Bằng khen của Chủ tịch UBND tỉnh" */
  awardName: string;
  /** addressee of the letter, e.g. "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk" */
  addressee: string;
  /** the body the dossier goes through, e.g. "Sở Nội vụ" (Kính gửi … (qua Sở Nội vụ)) */
  via: string;
  /** the receiver as the plan names it, for "Nơi nhận", e.g. "Sở Nội vụ (qua Phòng Xây dựng chính quyền)" */
  receiver: string;
  /** citation of the award's criteria, e.g. "Mục III.3.2" */
  criteriaClause: string;
  /** citation of the quota, e.g. "Mục IV.2" */
  quotaClause: string;
  /** legal bases for "Căn cứ …" lines, in order, without the word "Căn cứ" or final punctuation */
  legalBases: string[];
}

/** One nominee as the documents need it. */
export interface DossierNominee {
  id: string;
  type: NomineeType;
  /** full name of the collective or the person, no abbreviations */
  name: string;
  /** individual: position */
  position: string;
  /** individual: unit */
  unit: string;
  /** individual: year of birth */
  birthYear: string;
  /** individual: 'nam' | 'nu' | '' */
  gender: 'nam' | 'nu' | '';
  /** one-paragraph summary of the achievement for the list */
  achievementSummary: string;
  /** votes in favour at the council meeting */
  votesInFavour: number;
  /** optional remark for the list's "Ghi chú" column */
  note?: string;
}

/** An earlier award (section III of the report). */
export interface EarlierAward {
  year: string;
  award: string;
  /** number and date of the decision, e.g. "Quyết định số 12/QĐ-UBND ngày 05/02/2024" */
  decision: string;
  /** the body that issued it */
  issuer: string;
}

/** One achievement report: the form's sections as free text, by section id of content/forms. */
export interface AchievementReportInput {
  profile: UnitProfile;
  references: CampaignReferences;
  nominee: DossierNominee;
  date: DocumentDate;
  /**
   * section id (forms.achievementReport.sections[].id) → text as typed. Each line is a
   * paragraph (blank lines are dropped); lines starting with "- " or "+ " stay list paragraphs;
   * a short line like "1. Kết quả …" without final punctuation is set bold as a numbered heading.
   */
  sections: Record<string, string>;
  earlierAwards: EarlierAward[];
}

/** The review meeting of the unit's emulation and commendation council. */
export interface MeetingInput {
  /** number of the minutes (without symbol); numbers under 10 get a leading zero; empty → blank */
  minutesNumber: string;
  date: DocumentDate;
  /** "14 giờ 00" style start and end times, as typed */
  startTime: string;
  endTime: string;
  /** where the meeting was held */
  venue: string;
  membersTotal: number;
  membersPresent: number;
}

/** The whole dossier: letter, minutes, list and every report. */
export interface DossierInput {
  profile: UnitProfile;
  references: CampaignReferences;
  /** number of the letter (without symbol); numbers under 10 get a leading zero; empty → blank */
  letterNumber: string;
  letterDate: DocumentDate;
  /** the unit's short account of its campaign, for the letter's body (free text, as in reports) */
  campaignAccount: string;
  meeting: MeetingInput;
  /**
   * the plan's quota line that applies to the unit (quota.sourceText of content/rules/quotas.yaml,
   * e.g. "Xã, phường: Mỗi xã, phường chọn 02 trường hợp (tập thể hoặc cá nhân)"), printed in the
   * minutes; empty or absent when the unit has not chosen its category
   */
  quotaApplied?: string;
  /** in the order of the list: collectives first, then individuals (the builders group them anyway) */
  nominees: DossierNominee[];
  /** one per nominee (matched by nominee.id); the ZIP holds them in the order of `nominees` */
  reports: AchievementReportInput[];
}

/** A generated file, ready to download. */
export interface GeneratedFile {
  /** readable ASCII file name, e.g. "04-bao-cao-thanh-tich-nguyen-van-an.docx" */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}
