// Báo cáo thành tích (thematic-campaign form of Nghị định 152/2025), for a collective or an
// individual: the header of the nominee's own unit (a division under the proposing unit's name),
// the title block, the form's sections (free text, and the table of earlier awards), then the
// signature rows the form asks for, each with its real signer: the head of the nominee's own
// unit, the nominee, and the proposing unit that confirms the report (cấp trình khen thưởng).
import { AlignmentType, type Document, type Paragraph, type Table } from 'docx';
import type { DocumentForms, ReportSection } from '../schemas/form';
import { AWARDS_COLUMNS } from './layout';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { formSignatureRows, signatureTable, signersOf } from './parts/signature';
import { dataRow, fixedTable, tableText, type RowSpec } from './parts/table';
import { bodyParagraph, freeText, sectionHeading } from './parts/text';
import { titleBlock } from './parts/title';
import { fillTemplate } from '../text/vietnamese';
import { awardHasContent, cleanLine, collectiveParent, nomineeDescription, upper } from './text';
import type { EarlierAward } from '../schemas/unitProfile';
import type { AchievementReportInput } from './types';

function awardsTable(columns: readonly string[], awards: readonly EarlierAward[], keepWithNext: boolean): Table {
  const center = AlignmentType.CENTER;
  const rows: RowSpec[] = [
    columns.map((text) => ({ middle: true, children: [tableText(text, { bold: true, alignment: center })] })),
    ...awards.map((award) => {
      const texts = [cleanLine(award.year), cleanLine(award.award), [award.decision, award.issuer].map(cleanLine).filter(Boolean).join('; ')];
      return dataRow(
        [
          { children: [tableText(texts[0]!, { alignment: center })] },
          { children: [tableText(texts[1]!)] },
          { children: [tableText(texts[2]!)] },
        ],
        texts,
      );
    }),
  ];
  if (keepWithNext) rows.at(-1)!.keepWithNext = true;
  return fixedTable({ widths: AWARDS_COLUMNS, ruled: true, headerRows: 1, rows });
}

/** A section's heading and content; the last section's end is kept with the signatures that follow. */
function sectionContent(section: ReportSection, input: AchievementReportInput, forms: DocumentForms, last: boolean): (Paragraph | Table)[] {
  const text = freeText(input.sections[section.id] ?? '', { keepLastWithNext: last });
  const awards = section.kind === 'awards' ? input.earlierAwards.filter(awardHasContent) : [];
  const content: (Paragraph | Table)[] = [];
  if (awards.length > 0) {
    content.push(awardsTable(forms.achievementReport.awardsColumns, awards, last && text.length === 0));
    // a paragraph always follows the table: Word joins two adjacent tables (this one and the
    // signatures) into one; kept with the signatures when the section is the last
    content.push(bodyParagraph('', { keepNext: last && text.length === 0 }));
  }
  content.push(...text);
  if (content.length === 0) content.push(bodyParagraph(section.emptyText ?? '', { keepNext: last }));
  return [sectionHeading(section.heading), ...content];
}

/** The achievement report of one nominee, as a docx Document. */
export function buildAchievementReport(input: AchievementReportInput, forms: DocumentForms): Document {
  const { unit, references, nominee } = input;
  const form = forms.achievementReport;
  const signers = signersOf(unit, nominee);
  const sections = form.sections;
  return officialDocument({
    title: form.title,
    creator: unit.name,
    children: [
      documentHeader(forms.common, { lines: nominee.ownUnit.header, place: unit.place, date: input.date }),
      ...titleBlock({
        type: form.title,
        lines: [
          { text: upper(fillTemplate(form.awardLine, { awardName: references.awardName })), bold: true },
          { text: fillTemplate(form.campaignLine, { campaignName: references.campaignName }) },
          { text: nomineeDescription(nominee), bold: true, keep: [nominee.name, nominee.position, nominee.unit, collectiveParent(nominee)] },
        ],
        names: forms.common.unitNames,
      }),
      ...sections.flatMap((section, index) => sectionContent(section, input, forms, index === sections.length - 1)),
      signatureTable(formSignatureRows(form.signatures[nominee.type], signers, { division: nominee.ownUnit.parent !== undefined }), forms.common.unitNames),
    ],
  });
}
