import * as z from 'zod/mini';
import { emptyRecord, keyedRecord } from '../schemas/recordKey';
import { earlierAward, unitProfile } from '../schemas/unitProfile';

const text = () => z._default(z.string(), '');

/**
 * What the dossier adds to one nominee of the quota plan: the text of the achievement report,
 * the summary for the list and the council's vote.
 */
export const reportDraft = z.object({
  /** section id of content/forms → text; a section never edited is absent (pre-fill applies) */
  sections: z._default(keyedRecord(z.string()), emptyRecord),
  earlierAwards: z._default(z.array(earlierAward), []),
  /** one-paragraph summary of the achievement for the nominee list */
  achievementSummary: text(),
  /** votes in favour at the council meeting, as typed */
  votesInFavour: text(),
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
  /** the council's meeting and the letter's numbering; unreadable data reads as empty, never as a lost draft */
  meeting: z._default(z.catch(meetingDraft, () => z.parse(meetingDraft, {})), () => z.parse(meetingDraft, {})),
});

export type ReportDraft = z.infer<typeof reportDraft>;
export type MeetingDraft = z.infer<typeof meetingDraft>;
export type DossierDraft = z.infer<typeof dossierDraft>;

/** An empty report draft, for a nominee whose report has not been started. */
export const emptyReportDraft = (): ReportDraft => z.parse(reportDraft, {});
