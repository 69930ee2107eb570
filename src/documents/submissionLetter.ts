// Tờ trình: header with "Số: …/TTr-<symbol>", title and subject, "Kính gửi", the legal bases
// (the campaign's, then the council's minutes), the unit's account, the proposal with the counts,
// "Kính trình …/.", then "Nơi nhận" beside the signature.
import { AlignmentType, type Document } from 'docx';
import type { DocumentForms } from '../schemas/form';
import { SIZE } from './layout';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { legalBasisLines } from './parts/legalBases';
import { recipientsAndSignature, unitHeadTitles } from './parts/signature';
import { bodyParagraph, freeText, line } from './parts/text';
import { titleBlock } from './parts/title';
import { campaignSlots, numberSymbol } from './slots';
import { fillTemplate, longDate, shortDate } from '../text/vietnamese';
import { groupNominees } from '../schemas/nomineeOrder';
import { countsPhrase, documentNumber } from './text';
import type { DossierInput } from './types';

/** The submission letter of the dossier, as a docx Document. */
export function buildSubmissionLetter(dossier: DossierInput, forms: DocumentForms): Document {
  const { profile, references, meeting } = dossier;
  const form = forms.submissionLetter;
  const common = forms.common;
  const slots = campaignSlots(profile, references);
  const groups = groupNominees(dossier.nominees);
  const counts = countsPhrase(common, groups.collective.length, groups.individual.length);
  const minutesBasis = fillTemplate(form.minutesBasis, {
    number: documentNumber(meeting.minutesNumber),
    symbol: numberSymbol(forms.meetingMinutes.numberSymbol, profile.unitSymbol),
    date: shortDate(meeting.date),
    longDate: longDate(meeting.date),
    councilName: fillTemplate(forms.meetingMinutes.councilName, { unitName: slots.unitName }),
  });
  const account = freeText(dossier.campaignAccount);
  const center = AlignmentType.CENTER;
  return officialDocument({
    title: form.title,
    creator: profile.unitName,
    children: [
      documentHeader(common, {
        upper: profile.governingBody,
        issuer: profile.unitName,
        number: { number: dossier.letterNumber, symbol: numberSymbol(form.numberSymbol, profile.unitSymbol) },
        place: profile.place,
        date: dossier.letterDate,
      }),
      ...titleBlock({ type: form.title, lines: [{ text: fillTemplate(form.subject, slots), bold: true }], rule: true }),
      line(fillTemplate(form.addresseeLine, { addressee: references.addressee }), { size: SIZE.body, alignment: center }),
      line(fillTemplate(form.viaLine, { via: references.via }), { size: SIZE.body, alignment: center, after: 240 }),
      ...legalBasisLines(common.legalBasisPrefix, [...references.legalBases, minutesBasis]),
      ...(account.length > 0 ? account : form.accountPlaceholder ? [bodyParagraph(form.accountPlaceholder, { italics: true })] : []),
      bodyParagraph(fillTemplate(form.proposal, { ...slots, counts })),
      bodyParagraph(fillTemplate(form.closing, slots)),
      recipientsAndSignature(
        common,
        form.recipients.map((recipient) => fillTemplate(recipient, { via: references.via, receiver: references.receiver })),
        { titles: unitHeadTitles(profile), name: profile.signerName },
      ),
    ],
  });
}
