// Sở Nội vụ's Tờ trình to the Chairman of the provincial People's Committee: the header of the Sở
// under the provincial committee, "Kính gửi", the legal bases of the campaign, what was received,
// what the review found (with the women and the non-leaders among the accepted individuals), a
// table of the totals by category of Mục IV.2, the proposal, then "Nơi nhận" beside the signature.
import { AlignmentType, type Document } from 'docx';
import type { CommonForm } from '../schemas/form';
import type { ReviewLetterForm } from '../schemas/reviewForm';
import { fillTemplate, pad2, shortDate } from '../text/vietnamese';
import { mm, SIZE, TEXT_WIDTH } from './layout';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { legalBasisLines } from './parts/legalBases';
import { recipientsAndSignature } from './parts/signature';
import { fixedTable, tableText, type RowSpec } from './parts/table';
import { bodyParagraph, line, type Alignment } from './parts/text';
import { titleBlock } from './parts/title';
import { issuerHeader, type ReviewLetterInput, type TypeCounts } from './reviewTypes';
import { countsPhrase } from './text';

/** STT, category, units, proposed, accepted. */
export const LETTER_TOTALS_WIDTHS = [mm(12), mm(63), mm(24), TEXT_WIDTH - mm(99) - mm(33), mm(33)] as const;

const hasAny = (counts: TypeCounts) => counts.collectives + counts.individuals > 0;

export function buildReviewLetter(input: ReviewLetterInput, form: ReviewLetterForm, common: CommonForm): Document {
  const { references, issuer } = input;
  const counts = (c: TypeCounts) => countsPhrase(common, c.collectives, c.individuals);
  const slots = { awardName: references.awardName, addressee: references.addressee, campaignName: references.campaignName };
  const center = AlignmentType.CENTER;
  const cell = (text: string, bold = false, alignment: Alignment = center) => ({ children: [tableText(text, { bold, alignment })] });
  const total = input.rows.reduce(
    (sum, row) => ({
      units: sum.units + row.units,
      proposed: { collectives: sum.proposed.collectives + row.proposed.collectives, individuals: sum.proposed.individuals + row.proposed.individuals },
      accepted: { collectives: sum.accepted.collectives + row.accepted.collectives, individuals: sum.accepted.individuals + row.accepted.individuals },
    }),
    { units: 0, proposed: { collectives: 0, individuals: 0 }, accepted: { collectives: 0, individuals: 0 } },
  );
  const rows: RowSpec[] = [
    form.totalsColumns.map((text) => ({ middle: true, children: [tableText(text, { bold: true, alignment: center })] })),
    ...input.rows.map((row, index) => [cell(String(index + 1)), cell(row.label, false, AlignmentType.LEFT), cell(String(row.units)), cell(counts(row.proposed)), cell(counts(row.accepted))]),
    [{ span: 2, children: [tableText(form.totalsRow, { bold: true, alignment: center })] }, cell(String(total.units), true), cell(counts(total.proposed), true), cell(counts(total.accepted), true)],
  ];
  const { women, nonLeaders } = input.acceptedIndividuals;
  const details = [
    ...(women > 0 ? [fillTemplate(form.acceptedWomen, { count: pad2(women) })] : []),
    ...(nonLeaders > 0 ? [fillTemplate(form.acceptedNonLeaders, { count: pad2(nonLeaders) })] : []),
  ].join(', ');
  const individuals = input.accepted.individuals > 0 && details ? ` ${fillTemplate(form.acceptedIndividuals, { individuals: pad2(input.accepted.individuals), details })}` : '';
  const outcome = [
    ...(hasAny(input.accepted) ? [fillTemplate(form.accepted, { counts: counts(input.accepted) }) + individuals] : []),
    ...(hasAny(input.returned) ? [fillTemplate(form.returned, { counts: counts(input.returned) })] : []),
    ...(hasAny(input.pending) ? [fillTemplate(form.pending, { counts: counts(input.pending) })] : []),
  ];
  return officialDocument({
    title: form.title,
    creator: issuer.name,
    children: [
      documentHeader(common, {
        lines: issuerHeader(issuer),
        number: { number: input.letterNumber, symbol: form.numberSymbol },
        place: issuer.place,
        date: input.letterDate,
      }),
      ...titleBlock({ type: form.title, lines: [{ text: fillTemplate(form.subject, slots), bold: true }], rule: true, names: common.unitNames }),
      line(fillTemplate(form.addresseeLine, { addressee: references.addressee }), { size: SIZE.body, alignment: center, after: 240 }),
      ...legalBasisLines(common.legalBasisPrefix, references.legalBases),
      bodyParagraph(
        fillTemplate(form.intake, {
          ...slots,
          planNumber: references.planNumber,
          planDate: shortDate(references.planDate),
          planIssuer: references.planIssuer,
          units: String(input.units),
          counts: counts(input.proposed),
        }),
      ),
      ...outcome.map((text) => bodyParagraph(text)),
      bodyParagraph(fillTemplate(form.totalsIntro, { quotaClause: references.quotaClause }), { keepNext: true }),
      fixedTable({ widths: LETTER_TOTALS_WIDTHS, ruled: true, headerRows: 1, rows }),
      bodyParagraph(''),
      bodyParagraph(fillTemplate(form.proposal, { ...slots, counts: counts(input.accepted) })),
      bodyParagraph(fillTemplate(form.closing, slots)),
      recipientsAndSignature(common, form.recipients, { signer: input.signer, drafter: form.drafter }),
    ],
  });
}
