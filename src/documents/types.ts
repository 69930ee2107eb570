// The data contract between the dossier layer (src/dossier/, which assembles it from the drafts
// and the rules) and the pure document builders (which turn it into DOCX). Plain data only: no
// DOM, no Preact, no Astro. Every string may be anything the user typed: the builders normalise it
// to NFC and drop the characters XML forbids, so text is passed as typed.
//
// In the browser the dossier builder imports the builders with `await import('../documents')`
// only when the user asks for a file; `dossierFileNames()` (./fileNames.ts) names files without docx.
import type { Nominee } from '../schemas/nominee';
import type { EarlierAward, UnitProfile } from '../schemas/unitProfile';
import type { DocumentDate } from '../text/vietnamese';


/**
 * What the documents cite about the campaign; read from content/, never typed in code. Build it
 * with `campaignReferences(rules, forms)` from src/dossier/references.ts.
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

/** One nominee as the documents need it: the nominee of the list, its summary for the list and its votes. */
export type DossierNominee = Nominee & {
  /** one-paragraph summary of the achievement for the list */
  achievementSummary: string;
  /** votes in favour at the council meeting (NaN when not a count) */
  votesInFavour: number;
  /** optional remark for the list's "Ghi chú" column */
  note?: string;
};

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
