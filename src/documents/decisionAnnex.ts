// The annex of the Chairman's award decision ("Danh sách tập thể, cá nhân được tặng Bằng khen của
// Chủ tịch Ủy ban nhân dân tỉnh", "Kèm theo Quyết định số …/QĐ-UBND ngày …"), made by Sở Nội vụ
// from the accepted nominees: one table, a row per category of Mục IV.2 in the plan's order,
// collectives then individuals under it, numbered from 1 to the end.
import { AlignmentType, type Document } from 'docx';
import type { CommonForm } from '../schemas/form';
import type { DecisionAnnexForm } from '../schemas/reviewForm';
import { fillTemplate, longDate, shortDate } from '../text/vietnamese';
import { mm, TEXT_WIDTH } from './layout';
import { officialDocument } from './parts/document';
import { dataRow, fixedTable, tableText, type RowSpec } from './parts/table';
import { bodyParagraph } from './parts/text';
import { titleBlock } from './parts/title';
import type { AnnexEntry, DecisionAnnexInput } from './reviewTypes';
import { cleanLine, countsPhrase, documentNumber } from './text';

/** STT, name, position and unit (portrait). */
export const ANNEX_WIDTHS = [mm(14), mm(70), TEXT_WIDTH - mm(84)] as const;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
const roman = (index: number) => ROMAN[index] ?? String(index + 1);

/** How an entry is named in the list: "Ông Nguyễn Văn An", or the collective's name. */
export function annexName(entry: AnnexEntry, form: DecisionAnnexForm): string {
  const name = cleanLine(entry.name);
  return entry.type === 'individual' && entry.gender ? `${form.honorifics[entry.gender]} ${name}` : name;
}

/** What follows the name: position and unit of a person; for a collective, the unit that proposed it (when its name does not say). */
export const annexDetails = (entry: AnnexEntry): string =>
  (entry.type === 'individual' ? [entry.position, entry.workUnit] : [entry.proposingUnit]).map(cleanLine).filter(Boolean).join(', ');

export function buildDecisionAnnex(input: DecisionAnnexInput, form: DecisionAnnexForm, common: CommonForm): Document {
  const { references } = input;
  const center = AlignmentType.CENTER;
  const columns = ANNEX_WIDTHS.length;
  let index = 0;
  let collectives = 0;
  let individuals = 0;
  const rows: RowSpec[] = input.groups.flatMap((group, groupIndex) => {
    const heading: RowSpec = Object.assign([{ span: columns, children: [tableText(`${roman(groupIndex)}. ${cleanLine(group.label)}`, { bold: true })] }], { keepWithNext: true });
    const kinds = (['collective', 'individual'] as const).filter((type) => group.entries.some((entry) => entry.type === type));
    return [
      heading,
      ...kinds.flatMap((type, kindIndex) => {
        const entries = group.entries.filter((entry) => entry.type === type);
        if (type === 'collective') collectives += entries.length;
        else individuals += entries.length;
        const subheading: RowSpec = Object.assign([{ span: columns, children: [tableText(`${kindIndex + 1}. ${common.nomineeGroups[type]}`, { bold: true })] }], { keepWithNext: true });
        return [
          subheading,
          ...entries.map((entry) =>
            dataRow(
              [
                { children: [tableText(String(++index), { alignment: center })] },
                { children: [tableText(annexName(entry, form))] },
                { children: [tableText(annexDetails(entry))] },
              ],
              [entry.name, entry.position, entry.workUnit],
            ),
          ),
        ];
      }),
    ];
  });
  const date = input.decisionDate;
  return officialDocument({
    title: form.title,
    creator: references.via,
    children: [
      ...titleBlock({
        type: form.title,
        rule: false,
        names: common.unitNames,
        lines: [
          { text: fillTemplate(form.subject, { awardName: references.awardName, addressee: references.addressee, campaignName: references.campaignName }), bold: true },
          {
            text: fillTemplate(form.attachmentLine, {
              number: documentNumber(input.decisionNumber),
              date: date ? shortDate(date) : '…',
              longDate: date ? longDate(date) : '… tháng … năm …',
              addressee: references.addressee,
            }),
            italics: true,
          },
        ],
      }),
      fixedTable({
        widths: ANNEX_WIDTHS,
        ruled: true,
        headerRows: 1,
        rows: [form.columns.map((text) => ({ middle: true, children: [tableText(text, { bold: true, alignment: center })] })), ...rows],
      }),
      bodyParagraph(''),
      bodyParagraph(fillTemplate(form.total, { counts: countsPhrase(common, collectives, individuals) }), { italics: true }),
    ],
  });
}
