import * as z from 'zod/mini';
import { text } from '../schemas/nominee';
import { emptyRecord, keyedRecord } from '../schemas/recordKey';
import { earlierAward, unitProfile } from '../schemas/unitProfile';

/**
 * What the dossier adds to one nominee of the quota plan: the text of the achievement report,
 * the summary for the list, the council's vote, and who signs the report for the nominee's own
 * unit when that is a division of the proposing unit.
 */
export const reportDraft = z.object({
  /** section id of content/forms → text; a section never edited is absent (pre-fill applies) */
  sections: z._default(keyedRecord(z.string()), emptyRecord),
  earlierAwards: z._default(z.array(earlierAward), []),
  /** one-paragraph summary of the achievement for the nominee list */
  achievementSummary: text(),
  /** votes in favour at the council meeting, as typed */
  votesInFavour: text(),
  /**
   * the nominee's own unit when it is a division of the proposing unit (a Phòng of a Sở), or the
   * division the individual works in: its name as the report's header prints it under the
   * proposing unit, one line per line; empty: the proposing unit itself
   */
  division: text(),
  /**
   * title of the head of the nominee's own unit, who signs "THỦ TRƯỞNG ĐƠN VỊ" (e.g. TRƯỞNG
   * PHÒNG); with `headName` empty too: the proposing unit's signer
   */
  headTitle: text(),
  /** full name of that head */
  headName: text(),
});

/**
 * The council's review meeting (Biên bản họp xét khen thưởng) and the numbering of the letter
 * (Tờ trình). Numbers and dates are kept as typed, so that half-typed input is never lost.
 */
export const meetingDraft = z.object({
  /** number of the minutes, without the symbol; empty: written by hand */
  minutesNumber: text(),
  /** date of the meeting, as typed (dd/mm/yyyy; mm/yyyy or yyyy leave blanks) */
  date: text(),
  /** start time, e.g. "14 giờ 00" */
  startTime: text(),
  /** closing time */
  endTime: text(),
  /** where the meeting was held */
  venue: text(),
  /** members of the council */
  membersTotal: text(),
  /** members present */
  membersPresent: text(),
  /** absent members, one per line: the name, then ":" and the reason where given */
  absentMembers: text(),
  /** how the council voted, a VOTING_METHODS id of src/schemas/meeting.ts; empty until chosen (any other value reads as not chosen) */
  votingMethod: text(),
  /** number of the letter, without the symbol; empty: written by hand */
  letterNumber: text(),
  /** date of the letter, as typed */
  letterDate: text(),
  /** the unit's short account of its campaign, for the letter's body */
  campaignAccount: text(),
  /** date printed on the achievement reports, as typed; empty: the letter's date */
  reportDate: text(),
});

/** Everything of the dossier that is not the nominee list. */
export const dossierDraft = z.object({
  profile: z._default(unitProfile, () => z.parse(unitProfile, {})),
  /** reports (and the list/vote data) by nominee id */
  reports: z._default(keyedRecord(reportDraft), emptyRecord),
  /** the council's meeting and the letter's numbering; absent: empty (a wrong field is dropped alone when stored drafts are read, store.ts) */
  meeting: z._default(meetingDraft, () => z.parse(meetingDraft, {})),
});

export type ReportDraft = z.infer<typeof reportDraft>;
export type MeetingDraft = z.infer<typeof meetingDraft>;
export type DossierDraft = z.infer<typeof dossierDraft>;

/** An empty report draft, for a nominee whose report has not been started. */
export const emptyReportDraft = (): ReportDraft => z.parse(reportDraft, {});
