// The summary table of Sở Nội vụ's review: every unit that sent a dossier (in the plan's order of
// categories), then the units of a known list that sent nothing, with their counts, the
// reviewer's decisions and the state of the dossier. Landscape.
import { AlignmentType, type Document } from 'docx';
import type { CommonForm } from '../schemas/form';
import type { ReviewSummaryForm } from '../schemas/reviewForm';
import { fillTemplate } from '../text/vietnamese';
import { LANDSCAPE_TEXT_WIDTH, mm } from './layout';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { dataRow, fixedTable, tableText, type RowSpec } from './parts/table';
import { bodyParagraph, type Alignment } from './parts/text';
import { titleBlock } from './parts/title';
import { issuerHeader, type ReviewSummaryInput } from './reviewTypes';
import { summaryState } from './reviewText';
import { cleanLine } from './text';

/** STT, unit, category, file, collectives, individuals, accepted, returned, pending, state. */
const FIXED = [mm(12), mm(58), mm(46), mm(26), mm(13), mm(13), mm(16), mm(13), mm(17)] as const;
export const SUMMARY_WIDTHS = [...FIXED, LANDSCAPE_TEXT_WIDTH - FIXED.reduce((sum, width) => sum + width, 0)] as const;

export function buildReviewSummary(input: ReviewSummaryInput, form: ReviewSummaryForm, common: CommonForm): Document {
  const { references, issuer } = input;
  const center = AlignmentType.CENTER;
  const left = AlignmentType.LEFT;
  const cell = (text: string, alignment: Alignment = center) => ({ children: [tableText(text, { alignment })] });
  const rows: RowSpec[] = [
    form.columns.map((text) => ({ middle: true, children: [tableText(text, { bold: true, alignment: center })] })),
    ...input.rows.map((row, index) => {
      const counted = row.state.kind !== 'missing';
      const number = (value: number) => (counted ? String(value) : '');
      return dataRow(
        [
          cell(String(index + 1)),
          { children: [tableText(cleanLine(row.name), { bold: true })] },
          cell(row.category ?? form.noCategory, left),
          cell(row.source ? form.sources[row.source] : '', left),
          cell(number(row.collectives)),
          cell(number(row.individuals)),
          cell(number(row.accepted)),
          cell(number(row.returned)),
          cell(number(row.pending)),
          cell(summaryState(row, form), left),
        ],
        [row.name, row.category ?? ''],
      );
    }),
  ];
  const sent = input.rows.filter((row) => row.state.kind !== 'missing').length;
  return officialDocument({
    title: form.title,
    creator: issuer.name,
    landscape: true,
    children: [
      documentHeader(common, { lines: issuerHeader(issuer), place: issuer.place, date: input.date }),
      ...titleBlock({
        type: form.title,
        width: LANDSCAPE_TEXT_WIDTH,
        names: common.unitNames,
        lines: [{ text: fillTemplate(form.subject, { awardName: references.awardName, addressee: references.addressee, campaignName: references.campaignName }), bold: true }],
      }),
      fixedTable({ widths: SUMMARY_WIDTHS, ruled: true, headerRows: 1, rows }),
      bodyParagraph(''),
      bodyParagraph(fillTemplate(form.total, { units: String(sent), missing: String(input.rows.length - sent) }), { italics: true }),
    ],
  });
}
