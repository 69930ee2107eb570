// Assembly: the drafts and the rules turned into what the document builders print
// (src/documents/types.ts). It never refuses: what is missing prints as a blank to fill by hand;
// what must hold before a document is made is checked apart, in ./check.ts. Pure; no docx.
import type { AchievementReportInput, DossierInput, DossierNominee } from '../documents/types';
import { awardHasContent } from '../documents/text';
import type { Drafts } from '../storage/drafts';
import { parseTypedDate, type DocumentDate } from '../text/vietnamese';
import { dossierNominees, listedNominee, memberCount, reportSections, type DossierRules } from './nominees';

/** The date printed for a typed date: as typed when valid, else day and month left blank in `year`. */
const documentDate = (typed: string, year: number): DocumentDate => parseTypedDate(typed) ?? { year };

/** The date printed on the reports: the report date, else the letter's date, else blanks in `year`. */
function reportDate(drafts: Drafts, year: number): DocumentDate {
  const { reportDate: typed, letterDate } = drafts.dossier.meeting;
  return parseTypedDate(typed) ?? documentDate(letterDate, year);
}

function reportOf(nominee: DossierNominee, drafts: Drafts, rules: DossierRules, year: number): AchievementReportInput {
  return {
    profile: { ...drafts.dossier.profile },
    references: rules.references,
    nominee,
    date: reportDate(drafts, year),
    sections: reportSections(nominee, drafts, rules),
    earlierAwards: (drafts.dossier.reports[nominee.id]?.earlierAwards ?? []).filter(awardHasContent),
  };
}

/** One nominee's achievement report; undefined when the nominee left the list. `year` fills a date left blank. */
export function assembleReport(nomineeId: string, drafts: Drafts, rules: DossierRules, year: number): AchievementReportInput | undefined {
  const nominee = listedNominee(nomineeId, drafts);
  return nominee && reportOf(nominee, drafts, rules, year);
}

/**
 * The whole dossier: letter, minutes, list and one report per nominee, all from the one list of
 * the quota planner, so that the letter's counts, the list's rows, the reports and the votes of
 * the minutes always name the same nominees. `year` fills dates left blank.
 */
export function assembleDossier(drafts: Drafts, rules: DossierRules, year: number): DossierInput {
  const { meeting } = drafts.dossier;
  const nominees = dossierNominees(drafts);
  const category = rules.quotas.find((c) => c.id === drafts.quotaPlan.categoryId);
  return {
    profile: { ...drafts.dossier.profile },
    references: rules.references,
    letterNumber: meeting.letterNumber,
    letterDate: documentDate(meeting.letterDate, year),
    campaignAccount: meeting.campaignAccount,
    meeting: {
      minutesNumber: meeting.minutesNumber,
      date: documentDate(meeting.date, year),
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      venue: meeting.venue,
      membersTotal: memberCount(meeting.membersTotal),
      membersPresent: memberCount(meeting.membersPresent),
    },
    ...(category ? { quotaApplied: category.sourceText } : {}),
    nominees,
    reports: nominees.map((nominee) => reportOf(nominee, drafts, rules, year)),
  };
}
