// The title block: the document type, then the lines under it (subject, award, campaign,
// nominee…), optionally closed by a short rule under the subject.
import { cleanLine, upper } from '../text';
import { unbrokenTitle } from '../headerFit';
import type { UnitNames } from '../unitNames';
import { AlignmentType, type Paragraph } from 'docx';
import { RULE, SIZE, SPACING, TEXT_WIDTH } from '../layout';
import { ruleUnder } from './rule';
import { line } from './text';

export interface TitleLine {
  text: string;
  bold?: boolean;
  italics?: boolean;
  /** names in the line that must not break across lines (a nominee's name) */
  keep?: readonly string[];
}

export interface TitleSpec {
  /** document type, printed in capitals, bold (TỜ TRÌNH, BIÊN BẢN, BÁO CÁO THÀNH TÍCH…) */
  type: string;
  /** lines under it, centred, 14 pt */
  lines: TitleLine[];
  /** draw the short rule under the last line (the subject of letters and minutes) */
  rule?: boolean;
  /** width of the text area (landscape documents are wider) */
  width?: number;
  /** how names are read, so that no line breaks inside one */
  names: UnitNames;
}

export function titleBlock({ type, lines, rule = false, width = TEXT_WIDTH, names }: TitleSpec): Paragraph[] {
  const center = AlignmentType.CENTER;
  const texts = lines.map((entry) => ({ ...entry, text: unbrokenTitle(cleanLine(entry.text), names, entry.keep?.map(cleanLine)) })).filter((entry) => entry.text !== '');
  const paragraphs = [
    line(upper(unbrokenTitle(cleanLine(type), names)), { size: SIZE.documentType, bold: true, alignment: center, before: SPACING.beforeTitle, keepNext: true }),
    ...texts.map((entry) => line(entry.text, { size: SIZE.subject, bold: entry.bold, italics: entry.italics, alignment: center, keepNext: true })),
  ];
  const last = texts.at(-1);
  if (rule && last) paragraphs.push(ruleUnder([last.text], SIZE.subject, last.bold ?? false, RULE.shortRatio, width));
  // space between the title block and the body
  paragraphs.push(line('', { size: SIZE.body, after: SPACING.after }));
  return paragraphs;
}
