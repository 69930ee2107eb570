// The review's list as an Excel workbook (.xlsx), for the award software that imports Excel: the
// accepted in the annex's order, every proposal with the reviewer's decision, every unit. Written
// with write-excel-file (its `universal` build: the same code in the browser and in Node), loaded by
// the review page only when the workbook is asked for. One row per record, typed cells (years and
// vote counts as numbers), a bold header row kept in view.
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import type { CommonForm } from '../schemas/form';
import type { ReviewForms } from '../schemas/reviewForm';
import { asciiSlug } from './fileNames';
import type { SummaryRow, WorkbookInput, WorkbookNominee } from './reviewTypes';
import { summaryState } from './reviewText';
import { cleanLine } from './text';
import type { GeneratedFile } from './types';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const header = (texts: readonly string[]): Row => texts.map((value) => ({ value, fontWeight: 'bold', wrap: true, alignVertical: 'center' }));
const text = (value: string): Cell => (value === '' ? null : { value: cleanLine(value), type: String });
const number = (value: number | null): Cell => (value === null ? null : { value, type: Number });

function nomineeSheet(name: string, nominees: readonly WorkbookNominee[], common: CommonForm, review: ReviewForms['review']): Sheet<Blob> {
  const columns = review.workbook.nomineeColumns;
  const grounds = new Map(review.returnGrounds.map((ground) => [ground.id, ground.label]));
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? review.workbook.yes : review.workbook.no);
  return {
    sheet: name,
    stickyRowsCount: 1,
    columns: [{ width: 6 }, { width: 30 }, { width: 32 }, { width: 11 }, { width: 30 }, { width: 26 }, { width: 32 }, { width: 9 }, { width: 9 }, { width: 14 }, { width: 22 }, { width: 12 }, { width: 14 }, { width: 30 }],
    data: [
      header([
        columns.index,
        columns.category,
        columns.proposingUnit,
        columns.kind,
        columns.name,
        columns.position,
        columns.workUnit,
        columns.birthYear,
        columns.gender,
        columns.leadership,
        columns.selfCheck,
        columns.votes,
        columns.status,
        columns.ground,
      ]),
      ...nominees.map((nominee, index): Row => [
        number(index + 1),
        text(nominee.category),
        text(nominee.proposingUnit),
        text(common.nomineeGroups[nominee.type]),
        text(nominee.name),
        text(nominee.position),
        text(nominee.workUnit),
        number(nominee.birthYear),
        text(nominee.gender ? common.genders[nominee.gender] : ''),
        text(nominee.type === 'individual' ? yesNo(nominee.leadership) : ''),
        text(nominee.selfCheck),
        text(nominee.votesInFavour === null ? '' : `${nominee.votesInFavour}/${nominee.membersPresent ?? '?'}`),
        text(review.statuses[nominee.status]),
        text(nominee.ground ? (grounds.get(nominee.ground) ?? '') : ''),
      ]),
    ],
  };
}

function unitSheet(name: string, units: readonly SummaryRow[], reviewForms: ReviewForms): Sheet<Blob> {
  const columns = reviewForms.review.workbook.unitColumns;
  const summary = reviewForms.reviewSummary;
  return {
    sheet: name,
    stickyRowsCount: 1,
    columns: [{ width: 6 }, { width: 40 }, { width: 34 }, { width: 22 }, { width: 10 }, { width: 10 }, { width: 11 }, { width: 10 }, { width: 12 }, { width: 24 }],
    data: [
      header([columns.index, columns.unit, columns.category, columns.file, columns.collectives, columns.individuals, columns.accepted, columns.returned, columns.pending, columns.state]),
      ...units.map((unit, index): Row => {
        const counted = unit.state.kind !== 'missing';
        return [
          number(index + 1),
          text(unit.name),
          text(unit.category ?? summary.noCategory),
          text(unit.source ? summary.sources[unit.source] : ''),
          number(counted ? unit.collectives : null),
          number(counted ? unit.individuals : null),
          number(counted ? unit.accepted : null),
          number(counted ? unit.returned : null),
          number(counted ? unit.pending : null),
          text(summaryState(unit, summary)),
        ];
      }),
    ],
  };
}

/** The workbook file, named "danh-sach-khen-thuong-<date>.xlsx". */
export async function renderWorkbook(input: WorkbookInput, common: CommonForm, reviewForms: ReviewForms, today: Date): Promise<GeneratedFile> {
  const { workbook } = reviewForms.review;
  const sheets = [
    nomineeSheet(workbook.sheets.accepted, input.accepted, common, reviewForms.review),
    nomineeSheet(workbook.sheets.all, input.all, common, reviewForms.review),
    unitSheet(workbook.sheets.units, input.units, reviewForms),
  ];
  const blob = await writeXlsxFile(sheets, { fontFamily: 'Times New Roman', fontSize: 12 }).toBlob();
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return { name: `${asciiSlug(workbook.fileStem)}-${day}.xlsx`, mimeType: XLSX_MIME, bytes: new Uint8Array(await blob.arrayBuffer()) };
}
