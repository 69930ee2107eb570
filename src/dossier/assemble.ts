// Assembly: the drafts and the rules turned into what the document builders print
// (src/documents/types.ts), every default of the profile applied (./profile.ts). It never
// refuses: what is missing prints as a blank to fill by hand; what must hold before a document
// is made is checked apart, in ./check.ts. Pure; no docx.
import type { AchievementReportInput, DossierInput, DossierNominee, ProposingUnit } from '../documents/types';
import { awardHasContent } from '../documents/text';
import { votingMethodOf } from '../schemas/meeting';
import type { Drafts } from '../storage/drafts';
import { parseTypedDate, type DocumentDate } from '../text/vietnamese';
import { dossierNominees, listedNominee, memberCount, type DossierRules, type ListedNominee } from './nominees';
import { reportSections } from './reportText';
import { profileContext } from './profile';
import { absentMembers, legalBasesOf, nomineeUnit, proposingUnit } from './unit';

/** The date printed for a typed date: as typed when valid, else day and month left blank in `year`. */
const documentDate = (typed: string, year: number): DocumentDate => parseTypedDate(typed) ?? { year };

/** The date printed on the reports: the report date, else the letter's date, else blanks in `year`. */
function reportDate(drafts: Drafts, year: number): DocumentDate {
  const { reportDate: typed, letterDate } = drafts.dossier.meeting;
  return parseTypedDate(typed) ?? documentDate(letterDate, year);
}

/** The proposing unit as the documents print it. */
export const unitOf = (drafts: Drafts, rules: DossierRules): ProposingUnit => proposingUnit(drafts.dossier.profile, profileContext(drafts, rules));

/** A nominee of the list with the unit its report is issued by and signed for. */
const withOwnUnit = (nominee: ListedNominee, unit: ProposingUnit, drafts: Drafts): DossierNominee => ({
  ...nominee,
  ownUnit: nomineeUnit(unit, drafts.dossier.reports[nominee.id]),
});

function reportOf(nominee: DossierNominee, unit: ProposingUnit, drafts: Drafts, rules: DossierRules, year: number): AchievementReportInput {
  return {
    unit,
    references: rules.references,
    nominee,
    date: reportDate(drafts, year),
    sections: reportSections(nominee, drafts, rules),
    earlierAwards: (drafts.dossier.reports[nominee.id]?.earlierAwards ?? []).filter(awardHasContent),
  };
}

/** One nominee's achievement report; undefined when the nominee left the list. `year` fills a date left blank. */
export function assembleReport(nomineeId: string, drafts: Drafts, rules: DossierRules, year: number): AchievementReportInput | undefined {
  const listed = listedNominee(nomineeId, drafts);
  if (!listed) return undefined;
  const unit = unitOf(drafts, rules);
  return reportOf(withOwnUnit(listed, unit, drafts), unit, drafts, rules, year);
}

/**
 * The whole dossier: letter, list, minutes and one report per nominee, all from the one list of
 * the quota planner, so that the letter's counts, the list's rows, the reports and the votes of
 * the minutes always name the same nominees. `year` fills dates left blank.
 */
export function assembleDossier(drafts: Drafts, rules: DossierRules, year: number): DossierInput {
  const { meeting } = drafts.dossier;
  const unit = unitOf(drafts, rules);
  const nominees = dossierNominees(drafts).map((nominee) => withOwnUnit(nominee, unit, drafts));
  const category = rules.quotas.find((c) => c.id === drafts.quotaPlan.categoryId);
  return {
    unit,
    references: rules.references,
    legalBases: legalBasesOf(drafts.dossier.profile, profileContext(drafts, rules)),
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
      absentMembers: absentMembers(meeting.absentMembers),
      votingMethod: votingMethodOf(meeting.votingMethod),
    },
    ...(category ? { quotaApplied: category.sourceText } : {}),
    nominees,
    reports: nominees.map((nominee) => reportOf(nominee, unit, drafts, rules, year)),
  };
}
