// The header of an administrative document: a borderless two-column table with fixed widths.
// Left: the governing body (upright) and the issuing body (bold), both in capitals, a short rule,
// then "Số: …/…". Right: Quốc hiệu, Tiêu ngữ, a rule as long as the motto, then the italic place
// and date line on the same row as the number.
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { CommonForm } from '../../schemas/form';
import { HEADER_COLUMNS, RULE, SIZE } from '../layout';
import { BLANK, dateParts, fillTemplate, type DocumentDate } from '../../text/vietnamese';
import { cleanLine, documentNumber, textLines, upper } from '../text';
import { ruleUnder } from './rule';
import { fixedTable } from './table';
import { line } from './text';

export interface HeaderSpec {
  /** upright lines above the issuing body (cơ quan chủ quản); "\n" in the text breaks lines */
  upper: string;
  /** the issuing body (bold); "\n" breaks lines */
  issuer: string;
  /** number and symbol of the document; omit for documents without a number (reports) */
  number?: { number: string; symbol: string };
  place: string;
  date: DocumentDate;
}

/** User text of a header block → its lines in capitals (empty lines dropped). */
const capitalLines = (text: string): string[] => textLines(text).map(upper);

/** The place and date line: "Buôn Ma Thuột, ngày 05 tháng 3 năm 2026". */
export function dateLine(common: CommonForm, place: string, date: DocumentDate): string {
  return fillTemplate(common.dateLine, { place: cleanLine(place) || BLANK, ...dateParts(date) });
}

/** "Số: 05/TTr-UBND" (blank number when not yet registered). */
export function numberLine(common: CommonForm, number: string, symbol: string): string {
  return fillTemplate(common.numberLine, { number: documentNumber(number), symbol: cleanLine(symbol) || '…' });
}

export function documentHeader(common: CommonForm, spec: HeaderSpec): Table {
  const [leftWidth, rightWidth] = HEADER_COLUMNS;
  const center = AlignmentType.CENTER;
  const upperLines = capitalLines(spec.upper);
  const issuerLines = capitalLines(spec.issuer);

  const left: Paragraph[] = [
    ...upperLines.map((text) => line(text, { size: SIZE.governingBody, alignment: center })),
    ...issuerLines.map((text) => line(text, { size: SIZE.unitName, bold: true, alignment: center })),
    ruleUnder(issuerLines, SIZE.unitName, true, RULE.shortRatio, leftWidth),
  ];
  const right: Paragraph[] = [
    line(upper(common.nationalTitle), { size: SIZE.nationalTitle, bold: true, alignment: center }),
    line(common.motto, { size: SIZE.motto, bold: true, alignment: center }),
    ruleUnder([common.motto], SIZE.motto, true, RULE.mottoRatio, rightWidth),
  ];
  const numberText = spec.number ? numberLine(common, spec.number.number, spec.number.symbol) : '';
  return fixedTable({
    widths: HEADER_COLUMNS,
    ruled: false,
    rows: [
      [{ children: left }, { children: right }],
      [
        { children: [line(numberText, { size: SIZE.number, alignment: center, before: 120 })] },
        { children: [line(dateLine(common, spec.place, spec.date), { size: SIZE.dateLine, italics: true, alignment: center, before: 120 })] },
      ],
    ],
  });
}
