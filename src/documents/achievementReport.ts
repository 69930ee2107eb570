// Báo cáo thành tích (thematic-campaign form of Nghị định 152/2025), for a collective or an
// individual: header, title block, the form's sections (free text, and the table of earlier
// awards), then the signature rows the form asks for.
import { AlignmentType, type Document, type Paragraph, type Table } from 'docx';
import type { DocumentForms, ReportSection } from '../schemas/form';
import { AWARDS_COLUMNS } from './layout';
import { officialDocument } from './parts/document';
import { documentHeader } from './parts/header';
import { formSignature, signatureTable, signerNames } from './parts/signature';
import { dataRow, fixedTable, tableText } from './parts/table';
import { bodyParagraph, freeText, sectionHeading } from './parts/text';
import { titleBlock } from './parts/title';
import { fillTemplate } from '../text/vietnamese';
import { awardHasContent, cleanLine, nomineeDescription } from './text';
import type { EarlierAward } from '../schemas/unitProfile';
import type { AchievementReportInput } from './types';

function awardsTable(columns: readonly string[], awards: readonly EarlierAward[]): Table {
  const center = AlignmentType.CENTER;
  return fixedTable({
    widths: AWARDS_COLUMNS,
    ruled: true,
    headerRows: 1,
    rows: [
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
    ],
  });
}

function sectionContent(section: ReportSection, input: AchievementReportInput, forms: DocumentForms): (Paragraph | Table)[] {
  const text = freeText(input.sections[section.id] ?? '');
  const awards = section.kind === 'awards' ? input.earlierAwards.filter(awardHasContent) : [];
  const content: (Paragraph | Table)[] = [];
  if (awards.length > 0) content.push(awardsTable(forms.achievementReport.awardsColumns, awards), bodyParagraph(''));
  content.push(...text);
  if (content.length === 0) content.push(bodyParagraph(section.emptyText ?? ''));
  return [sectionHeading(section.heading), ...content];
}

/** The achievement report of one nominee, as a docx Document. */
export function buildAchievementReport(input: AchievementReportInput, forms: DocumentForms): Document {
  const { profile, references, nominee } = input;
  const form = forms.achievementReport;
  const names = signerNames(profile, nominee.name);
  return officialDocument({
    title: form.title,
    creator: profile.unitName,
    children: [
      documentHeader(forms.common, { upper: profile.governingBody, issuer: profile.unitName, place: profile.place, date: input.date }),
      ...titleBlock({
        type: form.title,
        lines: [
          { text: form.awardLine, bold: true },
          { text: fillTemplate(form.campaignLine, { campaignName: references.campaignName }) },
          { text: nomineeDescription(nominee), bold: true },
        ],
      }),
      ...form.sections.flatMap((section) => sectionContent(section, input, forms)),
      signatureTable(form.signatures[nominee.type].map((row) => row.map((block) => formSignature(block, names)))),
    ],
  });
}
