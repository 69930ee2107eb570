// The header of an administrative document: a borderless two-column table with fixed widths.
// Left: the governing body (upright) and the issuing body (bold), both in capitals, a short rule,
// then "Số: …/…". Right: Quốc hiệu, Tiêu ngữ, a rule as long as the motto, then the italic place
// and date line on the same row as the number. The left column's lines are fitted so that none
// wraps inside a name (../headerFit.ts).
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { CommonForm } from '../../schemas/form';
import { RULE, SIZE } from '../layout';
import { BLANK, dateParts, fillTemplate, type DocumentDate } from '../../text/vietnamese';
import { fitHeader, type FittedLine } from '../headerFit';
import { cleanLine, documentNumber, upper } from '../text';
import type { HeaderLines } from '../types';
import { ruleUnder } from './rule';
import { fixedTable } from './table';
import { line } from './text';

export interface HeaderSpec {
  /** the governing body's lines over the issuing body's */
  lines: HeaderLines;
  /** number and symbol of the document; omit for documents without a number (reports) */
  number?: { number: string; symbol: string };
  place: string;
  date: DocumentDate;
}

/** The place and date line: "Ea Kao, ngày 05 tháng 3 năm 2026". */
export function dateLine(common: CommonForm, place: string, date: DocumentDate): string {
  return fillTemplate(common.dateLine, { place: cleanLine(place) || BLANK, ...dateParts(date) });
}

/** "Số: 05/TTr-UBND" (blank number when not yet registered). */
export function numberLine(common: CommonForm, number: string, symbol: string): string {
  return fillTemplate(common.numberLine, { number: documentNumber(number), symbol: cleanLine(symbol) || '…' });
}

export function documentHeader(common: CommonForm, spec: HeaderSpec): Table {
  const fit = fitHeader(spec.lines.upper, spec.lines.issuer, common.nationalTitle, common.unitNames);
  const [leftWidth, rightWidth] = fit.columns;
  const center = AlignmentType.CENTER;
  const capitals = (fitted: FittedLine, bold: boolean) => line(fitted.text, { size: fit.size, bold, spacing: fitted.spacing, alignment: center });

  const left: Paragraph[] = [
    ...fit.upper.map((fitted) => capitals(fitted, false)),
    ...fit.issuer.map((fitted) => capitals(fitted, true)),
    ruleUnder(fit.issuer.map((fitted) => fitted.text), fit.size, true, RULE.shortRatio, leftWidth),
  ];
  const right: Paragraph[] = [
    line(fit.nationalTitle.text, { size: fit.size, bold: true, spacing: fit.nationalTitle.spacing, alignment: center }),
    line(common.motto, { size: fit.mottoSize, bold: true, alignment: center }),
    ruleUnder([common.motto], fit.mottoSize, true, RULE.mottoRatio, rightWidth),
  ];
  const numberText = spec.number ? numberLine(common, spec.number.number, spec.number.symbol) : '';
  return fixedTable({
    widths: fit.columns,
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
