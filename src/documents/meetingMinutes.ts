// Biên bản họp xét khen thưởng: header with the unit over its council and "Số: …/BB-HĐTĐKT",
// time and place, who attended (members present out of the total), the criteria and quota
// applied, each nominee's votes ("x/y phiếu, đạt z%"), the conclusion, the closing time, and the
// secretary's and chair's signatures.
import type { Document, Paragraph } from 'docx';
import type { DocumentForms } from '../schemas/form';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { formSignature, signatureTable, signerNames } from './parts/signature';
import { bodyParagraph, sectionHeading } from './parts/text';
import { titleBlock } from './parts/title';
import { campaignSlots, numberSymbol } from './slots';
import { BLANK, fillTemplate, formatHundredths, hundredthsOf, longDate, shortDate } from '../text/vietnamese';
import { groupNominees } from '../schemas/nomineeOrder';
import { cleanLine, countsPhrase, nomineeDescription } from './text';
import type { DossierInput, DossierNominee } from './types';

const LETTERS = 'abcdefghiklmnopqrstuvxy';
const count = (value: number) => (Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** The minutes of the council's review meeting, as a docx Document. */
export function buildMeetingMinutes(dossier: DossierInput, forms: DocumentForms): Document {
  const { profile, references, meeting } = dossier;
  const form = forms.meetingMinutes;
  const slots = campaignSlots(profile, references);
  const councilName = fillTemplate(form.councilName, { unitName: slots.unitName });
  const present = count(meeting.membersPresent);
  const groups = groupNominees(dossier.nominees);
  const counts = countsPhrase(forms.common, groups.collective.length, groups.individual.length);
  const or = (text: string) => cleanLine(text) || BLANK;

  const groupsPresent = (['collective', 'individual'] as const).filter((type) => groups[type].length > 0);
  const voteLines: Paragraph[] = groupsPresent.flatMap((type, groupIndex) => [
    bodyParagraph(`${LETTERS[groupIndex]}) ${forms.common.nomineeGroups[type]}`, { keepNext: true }),
    ...groups[type].map((nominee: DossierNominee, index) => {
      const votes = count(nominee.votesInFavour);
      return bodyParagraph(
        fillTemplate(form.voteLine, {
          index: index + 1,
          nominee: nomineeDescription(nominee),
          votes,
          present,
          percent: formatHundredths(hundredthsOf(votes, present, 'down'), true),
        }),
      );
    }),
  ]);
  const quota = cleanLine(dossier.quotaApplied ?? '').replace(/[.;]+$/, '');

  return officialDocument({
    title: form.title,
    creator: profile.unitName,
    children: [
      documentHeader(forms.common, {
        upper: profile.unitName,
        issuer: form.issuerLine,
        number: { number: meeting.minutesNumber, symbol: numberSymbol(form.numberSymbol, profile.unitSymbol) },
        place: profile.place,
        date: meeting.date,
      }),
      ...titleBlock({ type: form.title, lines: [{ text: fillTemplate(form.subject, slots), bold: true }], rule: true }),
      bodyParagraph(
        fillTemplate(form.opening, {
          ...slots,
          startTime: or(meeting.startTime),
          date: shortDate(meeting.date),
          longDate: longDate(meeting.date),
          venue: or(meeting.venue),
          councilName,
        }),
      ),
      sectionHeading(form.attendanceHeading),
      bodyParagraph(fillTemplate(form.chairLine, { name: or(profile.councilChair) })),
      bodyParagraph(fillTemplate(form.secretaryLine, { name: or(profile.councilSecretary) })),
      bodyParagraph(fillTemplate(form.membersLine, { present, total: count(meeting.membersTotal) })),
      sectionHeading(form.contentHeading),
      bodyParagraph(form.criteriaHeading, { bold: true, keepNext: true }),
      bodyParagraph(
        fillTemplate(form.criteriaLine, {
          criteriaClause: references.criteriaClause,
          quotaClause: references.quotaClause,
          planNumber: references.planNumber,
          planDate: shortDate(references.planDate),
          planIssuer: references.planIssuer,
        }),
      ),
      ...(quota ? [bodyParagraph(fillTemplate(form.quotaLine, { quota }))] : []),
      bodyParagraph(form.votesHeading, { bold: true, keepNext: true }),
      bodyParagraph(form.votesIntro, { keepNext: true }),
      ...voteLines,
      bodyParagraph(form.conclusionHeading, { bold: true, keepNext: true }),
      bodyParagraph(fillTemplate(form.conclusion, { ...slots, counts })),
      bodyParagraph(fillTemplate(form.closing, { endTime: or(meeting.endTime) })),
      signatureTable([form.signatures.map((block) => formSignature(block, signerNames(profile)))]),
    ],
  });
}
