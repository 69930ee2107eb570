// Tờ trình: header with "Số: …/TTr-<symbol>", title and subject, "Kính gửi", the legal bases
// (the unit's, then the council's minutes), the unit's account, the proposal with the counts, the
// statement that no nominee is under an exclusion of the plan, the attached documents, "Kính
// trình …/.", then "Nơi nhận" beside the signature (kept on the page of "Kính trình").
import { AlignmentType, type Document } from 'docx';
import type { DocumentForms } from '../schemas/form';
import { SIZE } from './layout';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { legalBasisLines } from './parts/legalBases';
import { recipientsAndSignature } from './parts/signature';
import { bodyParagraph, freeText, line } from './parts/text';
import { titleBlock } from './parts/title';
import { campaignSlots, numberSymbol } from './slots';
import { fillTemplate, longDate, shortDate } from '../text/vietnamese';
import { groupNominees } from '../schemas/nomineeOrder';
import { countsPhrase, documentNumber, punctuateList } from './text';
import type { DossierInput } from './types';

/** The submission letter of the dossier, as a docx Document. */
export function buildSubmissionLetter(dossier: DossierInput, forms: DocumentForms): Document {
  const { unit, references, meeting } = dossier;
  const form = forms.submissionLetter;
  const common = forms.common;
  const slots = campaignSlots(unit, references);
  const groups = groupNominees(dossier.nominees);
  const counts = countsPhrase(common, groups.collective.length, groups.individual.length);
  const minutesBasis = fillTemplate(form.minutesBasis, {
    number: documentNumber(meeting.minutesNumber),
    symbol: numberSymbol(forms.meetingMinutes.numberSymbol, unit.symbol),
    date: shortDate(meeting.date),
    longDate: longDate(meeting.date),
    councilName: unit.councilName,
  });
  const account = freeText(dossier.campaignAccount);
  const center = AlignmentType.CENTER;
  const attachments = punctuateList(form.attachments.map((text) => fillTemplate(text, { ...slots, counts, councilName: unit.councilName })));
  return officialDocument({
    title: form.title,
    creator: unit.name,
    children: [
      documentHeader(common, {
        lines: unit.header,
        number: { number: dossier.letterNumber, symbol: numberSymbol(form.numberSymbol, unit.symbol) },
        place: unit.place,
        date: dossier.letterDate,
      }),
      ...titleBlock({ type: form.title, lines: [{ text: fillTemplate(form.subject, slots), bold: true }], rule: true, names: common.unitNames }),
      line(fillTemplate(form.addresseeLine, { addressee: references.addressee }), { size: SIZE.body, alignment: center }),
      line(fillTemplate(form.viaLine, { via: references.via }), { size: SIZE.body, alignment: center, after: 240 }),
      ...legalBasisLines(common.legalBasisPrefix, [...dossier.legalBases, minutesBasis]),
      ...(account.length > 0 ? account : form.accountPlaceholder ? [bodyParagraph(form.accountPlaceholder, { italics: true })] : []),
      bodyParagraph(fillTemplate(form.proposal, { ...slots, counts })),
      bodyParagraph(fillTemplate(form.exclusion, { ...slots, clause: references.exclusionClause, planNumber: references.planNumber })),
      bodyParagraph(form.attachmentsLabel, { keepNext: true }),
      ...attachments.map((text) => bodyParagraph(`- ${text}`, { keepNext: true })),
      bodyParagraph(fillTemplate(form.closing, slots), { keepNext: true }),
      recipientsAndSignature(
        common,
        form.recipients.map((recipient) => fillTemplate(recipient, { via: references.via, receiver: references.receiver })),
        unit,
      ),
    ],
  });
}
