// The data contract between the dossier layer (src/dossier/, which assembles it from the drafts
// and the rules) and the pure document builders (which turn it into DOCX). Plain data only: no
// DOM, no Preact, no Astro. Every string may be anything the user typed: the builders normalise it
// to NFC and drop the characters XML forbids, so text is passed as typed.
//
// In the browser the dossier builder imports the builders with `await import('../documents')`
// only when the user asks for a file; `dossierFileNames()` (./fileNames.ts) names files without docx.
import type { VotingMethod } from '../schemas/meeting';
import type { Nominee } from '../schemas/nominee';
import type { EarlierAward } from '../schemas/unitProfile';
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
  /** the award proposed, written in full, e.g. "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" */
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
  /** citation of the exclusions the letter rules out, e.g. "Mục III.1.b" */
  exclusionClause: string;
  /** the default legal bases of the letter, in order, without the word "Căn cứ" or final punctuation */
  legalBases: string[];
  /** bases the unit may add (e.g. a provincial regulation issued after the plan), worded the same way */
  optionalLegalBases: string[];
}

/** Someone who signs: the authority line (empty when the head signs in their own name), the title, the name. */
export interface Signer {
  /** e.g. "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC"; empty for none; printed in capitals */
  authority: string;
  /** e.g. "CHỦ TỊCH", "TRƯỞNG PHÒNG"; printed in capitals */
  title: string;
  /** printed as typed, bold */
  name: string;
}

/** The left column of a header: the governing body (upright) over the issuing body (bold), line by line. */
export interface HeaderLines {
  /** lines above the issuing body (cơ quan chủ quản); may be empty */
  upper: string[];
  /** the issuing body's lines */
  issuer: string[];
}

/**
 * The proposing unit as its documents print it, every default already applied (the dossier layer
 * resolves the profile: src/dossier/profile.ts).
 */
export interface ProposingUnit {
  /** full name for sentences, e.g. "Ủy ban nhân dân xã Ea Kao" */
  name: string;
  /** its header: governing body lines over its name's lines */
  header: HeaderLines;
  /** symbol of its document numbers, e.g. "UBND" */
  symbol: string;
  /** place of the date line, e.g. "Ea Kao", "Đắk Lắk" */
  place: string;
  /** who signs the letter, and confirms the reports (cấp trình khen thưởng) unless `confirmer` is given */
  signer: Signer;
  /** who confirms the reports when the unit named someone else than the letter's signer */
  confirmer?: Signer;
  /** the council's name in sentences, e.g. "Hội đồng Thi đua - Khen thưởng xã Ea Kao" */
  councilName: string;
  councilChair: string;
  councilSecretary: string;
  /** abbreviation of the drafting section for "Lưu: VT, …" */
  drafter: string;
}

/** The unit a nominee's report is issued by and signed for: the proposing unit, or one of its divisions. */
export interface NomineeUnit {
  /** the report's header: the proposing unit's, or the proposing unit's name over the division's */
  header: HeaderLines;
  /** the head who signs "THỦ TRƯỞNG ĐƠN VỊ" */
  head: Signer;
  /** the proposing unit's name when the report is a division's (a Phòng of a Sở): it follows a collective's name */
  parent?: string;
}

/** One nominee as the documents need it: the nominee of the list, its summary for the list, its votes and its own unit. */
export type DossierNominee = Nominee & {
  /** one-paragraph summary of the achievement for the list */
  achievementSummary: string;
  /** votes in favour at the council meeting (NaN when not a count) */
  votesInFavour: number;
  /** optional remark for the list's "Ghi chú" column */
  note?: string;
  /** the unit its report is issued by and signed for */
  ownUnit: NomineeUnit;
};

/** One achievement report: the form's sections as free text, by section id of content/forms. */
export interface AchievementReportInput {
  /** the proposing unit, which confirms the report (cấp trình khen thưởng) */
  unit: ProposingUnit;
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
  /** absent members the unit named, with the reason where given */
  absentMembers: { name: string; reason: string }[];
  /** the unit's choice; undefined when not chosen (a blank is printed) */
  votingMethod: VotingMethod | undefined;
}

/** The whole dossier: letter, minutes, list and every report. */
export interface DossierInput {
  unit: ProposingUnit;
  references: CampaignReferences;
  /** the letter's legal bases, in order, as the unit kept them (the minutes' basis is added after them) */
  legalBases: string[];
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
