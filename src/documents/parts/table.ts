// Tables with absolute column widths in twips and a fixed layout: LibreOffice, Word Online and
// Google Docs ignore percentage widths, so every table of every document is built here.
import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { CELL_MARGIN, SIZE } from '../layout';
import { line, type Alignment } from './text';

export interface CellSpec {
  children: Paragraph[];
  /** number of grid columns the cell spans */
  span?: number;
  /** vertical alignment; top unless told */
  middle?: boolean;
}

/** A row of cells; `keepWithNext` keeps it on the page of the next row; `splittable` lets a long row break across pages. */
export type RowSpec = CellSpec[] & { keepWithNext?: boolean; splittable?: boolean };

/** Rows whose text is longer than this may break across pages (a row taller than a page must). */
const SHORT_ROW = 1200;

/** Marks a row of table text as splittable when it is long. */
export const dataRow = (cells: CellSpec[], texts: readonly string[]): RowSpec =>
  Object.assign(cells, { splittable: texts.reduce((sum, text) => sum + text.length, 0) > SHORT_ROW });

export interface TableSpec {
  /** column widths in twips; their sum is the table's width */
  widths: readonly number[];
  /** rows of cells; a row breaks across pages only when marked splittable */
  rows: RowSpec[];
  /** ruled (single lines) or borderless (header, signatures) */
  ruled: boolean;
  /** how many leading rows repeat on every page */
  headerRows?: number;
}

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const RULED = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE };
const NO_MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };

/** A table whose every cell carries its width in twips, with the grid and a fixed layout. */
export function fixedTable({ widths, rows, ruled, headerRows = 0 }: TableSpec): Table {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: ruled ? RULED : TableBorders.NONE,
    margins: ruled ? CELL_MARGIN : NO_MARGIN,
    alignment: AlignmentType.CENTER,
    rows: rows.map((cells, rowIndex) => {
      let column = 0;
      return new TableRow({
        tableHeader: rowIndex < headerRows,
        cantSplit: !cells.splittable,
        keepNext: cells.keepWithNext,
        children: cells.map((spec) => {
          const span = spec.span ?? 1;
          const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
          column += span;
          return new TableCell({
            children: spec.children.length > 0 ? spec.children : [new Paragraph({})],
            width: { size: width, type: WidthType.DXA },
            columnSpan: span > 1 ? span : undefined,
            verticalAlign: spec.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
          });
        }),
      });
    }),
  });
}

/** A table cell's paragraph at the table size (13 pt), single-spaced by the paragraph helper. */
export const tableText = (text: string, style: { bold?: boolean; alignment?: Alignment } = {}): Paragraph =>
  line(text, { size: SIZE.table, bold: style.bold, alignment: style.alignment ?? AlignmentType.LEFT, before: 20, after: 20 });
