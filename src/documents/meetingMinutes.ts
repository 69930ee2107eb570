// Biên bản họp xét khen thưởng: header with the unit over its council and "Số: …/BB-HĐTĐKT",
// time and place, who attended (members present out of the total, the absent and why), the
// criteria and quota applied, the voting method the unit chose, each nominee's votes as a count
// and a share of the members present ("7/9 …, đạt 77,78%": rounded ordinarily to two decimals
// from exact integers), the conclusion, the closing time, and the secretary's and chair's
// signatures (kept on the page of the closing paragraph).
import type { Document, Paragraph } from 'docx';
import type { DocumentForms } from '../schemas/form';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { formSignature, signatureTable, signersOf } from './parts/signature';
import { bodyParagraph, sectionHeading } from './parts/text';
import { titleBlock } from './parts/title';
import { campaignSlots, numberSymbol } from './slots';
import { BLANK, fillTemplate, formatShare, longDate, shortDate } from '../text/vietnamese';
import { groupNominees } from '../schemas/nomineeOrder';
import { cleanLine, countsPhrase, nomineeDescription } from './text';
import type { DossierInput, DossierNominee } from './types';

const LETTERS = 'abcdefghiklmnopqrstuvxy';
const count = (value: number) => (Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0);

/** The minutes of the council's review meeting, as a docx Document. */
export function buildMeetingMinutes(dossier: DossierInput, forms: DocumentForms): Document {
  const { unit, references, meeting } = dossier;
  const form = forms.meetingMinutes;
  const slots = campaignSlots(unit, references);
  const councilName = unit.councilName;
  const present = count(meeting.membersPresent);
  const total = count(meeting.membersTotal);
  const absent = Math.max(0, total - present);
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
          percent: formatShare(votes, present),
        }),
      );
    }),
  ]);
  const quota = cleanLine(dossier.quotaApplied ?? '').replace(/[.;]+$/, '');
  const absentNamed = meeting.absentMembers
    .map(({ name, reason }) => ({ name: cleanLine(name), reason: cleanLine(reason) }))
    .filter(({ name }) => name !== '')
    .map(({ name, reason }) => fillTemplate(reason ? form.absentMemberWithReason : form.absentMember, { name, reason }));
  const absentLines =
    absentNamed.length > 0
      ? [fillTemplate(form.absentNamedLine, { absent: Math.max(absent, absentNamed.length), members: absentNamed.join('; ') })]
      : absent > 0
        ? [fillTemplate(form.absentLine, { absent })]
        : [];
  const method = meeting.votingMethod ? form.votingMethods[meeting.votingMethod] : BLANK;

  return officialDocument({
    title: form.title,
    creator: unit.name,
    children: [
      // the council under its unit: the unit's name lines (upright) over the council's (bold)
      documentHeader(forms.common, {
        lines: { upper: unit.header.issuer, issuer: [form.issuerLine] },
        number: { number: meeting.minutesNumber, symbol: numberSymbol(form.numberSymbol, unit.symbol) },
        place: unit.place,
        date: meeting.date,
      }),
      ...titleBlock({ type: form.title, lines: [{ text: fillTemplate(form.subject, slots), bold: true }], rule: true, names: forms.common.unitNames }),
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
      bodyParagraph(fillTemplate(form.chairLine, { name: or(unit.councilChair) })),
      bodyParagraph(fillTemplate(form.secretaryLine, { name: or(unit.councilSecretary) })),
      bodyParagraph(fillTemplate(form.membersLine, { present, total, absent })),
      ...absentLines.map((text) => bodyParagraph(text)),
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
      bodyParagraph(fillTemplate(form.votesIntro, { method }), { keepNext: true }),
      ...voteLines,
      bodyParagraph(form.conclusionHeading, { bold: true, keepNext: true }),
      bodyParagraph(fillTemplate(form.conclusion, { ...slots, counts })),
      bodyParagraph(fillTemplate(form.closing, { endTime: or(meeting.endTime) }), { keepNext: true }),
      signatureTable([form.signatures.map((block) => formSignature(block, signersOf(unit)))], forms.common.unitNames),
    ],
  });
}
