// The data contract between the dossier builder island (which assembles it from the drafts and
// the rules) and the pure document builders (which turn it into DOCX). Plain data only: no
// DOM, no Preact, no Astro, no zod.

/** A calendar date as the documents print it ("ngày 05 tháng 3 năm 2026"). */
export interface DocumentDate {
  day: number;
  month: number;
  year: number;
}

/** The proposing unit, entered once (stored as `dossier.profile`). */
export interface UnitProfile {
  /** cơ quan chủ quản, optional line above the unit name */
  governingBody: string;
  unitName: string;
  /** symbol for document numbers, e.g. UBND, SNV → "Số: …/TTr-UBND" */
  unitSymbol: string;
  /** place in the date line, e.g. "Buôn Ma Thuột" */
  place: string;
  /** TM., KT., Q., TL. or empty */
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  councilChair: string;
  councilSecretary: string;
}

/** What the documents cite about the campaign; read from content/, never typed in code. */
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
  /** legal bases for "Căn cứ …" lines, in order, without the word "Căn cứ" */
  legalBases: string[];
}

export type NomineeType = 'collective' | 'individual';

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
}

/** An earlier award (section III of the report). */
export interface EarlierAward {
  year: string;
  award: string;
  decision: string;
  issuer: string;
}

/** One achievement report: the form's sections as free text, by section id of content/forms. */
export interface AchievementReportInput {
  profile: UnitProfile;
  references: CampaignReferences;
  nominee: DossierNominee;
  date: DocumentDate;
  /** section id → text; paragraphs separated by blank lines or newlines; "- " lines are list items */
  sections: Record<string, string>;
  earlierAwards: EarlierAward[];
}

/** The review meeting of the unit's emulation and commendation council. */
export interface MeetingInput {
  /** number of the minutes (without symbol) */
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
  /** number of the letter (without symbol) */
  letterNumber: string;
  letterDate: DocumentDate;
  /** the unit's short account of its campaign, for the letter's body */
  campaignAccount: string;
  meeting: MeetingInput;
  /** in the order of the list: collectives first, then individuals */
  nominees: DossierNominee[];
  reports: AchievementReportInput[];
}
