// Danh sách đề nghị, attached to the letter: landscape, title and subject, "(Kèm theo Tờ trình
// số …)" in italics, then one table with the group rows "I. Tập thể" and "II. Cá nhân".
import { AlignmentType, type Document } from 'docx';
import type { DocumentForms } from '../schemas/form';
import { LANDSCAPE_TEXT_WIDTH, NOMINEE_LIST_WIDTHS } from './layout';
import { officialDocument } from './parts/document';
import { dataRow, fixedTable, tableText, type CellSpec, type RowSpec } from './parts/table';
import { bodyParagraph, type Alignment } from './parts/text';
import { titleBlock } from './parts/title';
import { campaignSlots, numberSymbol } from './slots';
import { fillTemplate, longDate, shortDate } from '../text/vietnamese';
import { groupNominees } from '../schemas/nomineeOrder';
import { cleanLine, collectiveParent, countsPhrase, documentNumber } from './text';
import type { DossierInput, DossierNominee } from './types';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The nominee list attached to the letter, as a docx Document. */
export function buildNomineeList(dossier: DossierInput, forms: DocumentForms): Document {
  const { unit, references } = dossier;
  const form = forms.nomineeList;
  const common = forms.common;
  const slots = campaignSlots(unit, references);
  const groups = groupNominees(dossier.nominees);
  const center = AlignmentType.CENTER;
  const columns = NOMINEE_LIST_WIDTHS.length;

  const nomineeRow = (nominee: DossierNominee, index: number): RowSpec => {
    const person = nominee.type === 'individual';
    const cell = (text: string, alignment: Alignment = AlignmentType.LEFT): CellSpec => ({
      children: [tableText(text, { alignment })],
    });
    return dataRow([
      cell(String(index + 1), center),
      { children: [tableText(cleanLine(nominee.name), { bold: true })] },
      cell(person ? [nominee.position, nominee.unit].map(cleanLine).filter(Boolean).join(', ') : collectiveParent(nominee)),
      cell(person ? cleanLine(nominee.birthYear) : '', center),
      cell(person && nominee.gender ? common.genders[nominee.gender] : '', center),
      { children: [tableText(cleanLine(nominee.achievementSummary), { alignment: AlignmentType.JUSTIFIED })] },
      cell(cleanLine(nominee.note ?? '')),
    ], [nominee.name, nominee.position, nominee.unit, nominee.achievementSummary, nominee.note ?? '']);
  };

  const groupRows = (['collective', 'individual'] as const)
    .filter((type) => groups[type].length > 0)
    .flatMap((type, groupIndex) => [
      Object.assign([{ span: columns, children: [tableText(`${ROMAN[groupIndex]}. ${common.nomineeGroups[type]}`, { bold: true })] }], { keepWithNext: true }),
      ...groups[type].map(nomineeRow),
    ]);
  // the total is never alone at the top of a page: the last row stays with it
  if (groupRows.length > 0) groupRows.at(-1)!.keepWithNext = true;

  return officialDocument({
    title: form.title,
    creator: unit.name,
    landscape: true,
    children: [
      ...titleBlock({
        type: form.title,
        width: LANDSCAPE_TEXT_WIDTH,
        names: common.unitNames,
        lines: [
          { text: fillTemplate(form.subject, slots), bold: true },
          {
            text: fillTemplate(form.attachmentLine, {
              number: documentNumber(dossier.letterNumber),
              symbol: numberSymbol(forms.submissionLetter.numberSymbol, unit.symbol),
              date: shortDate(dossier.letterDate),
              longDate: longDate(dossier.letterDate),
              unitName: slots.unitName,
            }),
            italics: true,
          },
        ],
      }),
      fixedTable({
        widths: NOMINEE_LIST_WIDTHS,
        ruled: true,
        headerRows: 1,
        rows: [form.columns.map((text) => ({ middle: true, children: [tableText(text, { bold: true, alignment: center })] })), ...groupRows],
      }),
      bodyParagraph('', { keepNext: true }),
      bodyParagraph(fillTemplate(form.total, { counts: countsPhrase(common, groups.collective.length, groups.individual.length) }), { italics: true }),
    ],
  });
}
