// Runs and paragraphs: every piece of text of every document goes through `run()`, which
// sanitises it and sets Times New Roman on all four font slots with an explicit size.
import { sanitizeText } from '../text';
import { AlignmentType, LineRuleType, Paragraph, Tab, TextRun } from 'docx';
import { FIRST_LINE_INDENT, FONT_SLOTS, SIZE, SPACING } from '../layout';

export interface RunStyle {
  /** half-points */
  size: number;
  bold?: boolean;
  italics?: boolean;
  /** character spacing, twips (negative condenses): a header line set a little tighter to stay whole */
  spacing?: number;
}

/** A paragraph alignment of docx (AlignmentType.CENTER, …). */
export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * A run of text: sanitised (NFC, no forbidden characters), tabs kept as tabs, no line breaks, and
 * a span of numbers ("2026 - 2031") held together by no-break spaces so that no line ends on "2026 -".
 */
export function run(text: string, style: RunStyle): TextRun {
  const parts = sanitizeText(text).replace(/\n/g, ' ').replace(/(\d) - (\d)/g, '$1\u00A0-\u00A0$2').split('\t');
  const children = parts.flatMap((part, index) => (index === 0 ? [part] : [new Tab(), part])).filter((child) => child !== '');
  return new TextRun({
    children,
    font: FONT_SLOTS,
    size: style.size,
    bold: style.bold || undefined,
    italics: style.italics || undefined,
    characterSpacing: style.spacing || undefined,
  });
}

export interface LineOptions extends RunStyle {
  alignment?: Alignment;
  /** first-line indent (body paragraphs) */
  indent?: boolean;
  before?: number;
  after?: number;
  /** keep with the next paragraph (headings, titles, the last paragraph before a signature) */
  keepNext?: boolean;
  /** keep the paragraph's lines on one page; follows `keepNext` unless told (a long paragraph may split) */
  keepLines?: boolean;
}

/** One paragraph of one style; an empty text still gives a paragraph of the right height. */
export function line(text: string, options: LineOptions): Paragraph {
  const { size, bold, italics, spacing, alignment = AlignmentType.CENTER, indent = false, before = 0, after = 0, keepNext, keepLines = keepNext } = options;
  return new Paragraph({
    children: text === '' ? [] : [run(text, { size, bold, italics, spacing })],
    alignment,
    indent: indent ? { firstLine: FIRST_LINE_INDENT } : undefined,
    spacing: { before, after, line: SPACING.line, lineRule: LineRuleType.AUTO },
    keepNext,
    keepLines,
    run: { font: FONT_SLOTS, size, bold, italics },
  });
}

/** A body paragraph: 14 pt, justified, first-line indent 1.27 cm, 6 pt after. */
export const bodyParagraph = (text: string, style: Partial<RunStyle> & Pick<LineOptions, 'keepNext' | 'keepLines'> = {}): Paragraph =>
  line(text, { size: SIZE.body, alignment: AlignmentType.JUSTIFIED, indent: true, after: SPACING.after, ...style });

/** A section heading ("I. THÔNG TIN CHUNG"): bold, justified like the body, kept with what follows. */
export const sectionHeading = (text: string): Paragraph =>
  line(text, { size: SIZE.body, bold: true, alignment: AlignmentType.JUSTIFIED, indent: true, before: SPACING.beforeHeading, after: SPACING.after, keepNext: true });

// "1. Kết quả …", "2.1. Giải pháp …": a numbered title typed on its own short line, without the
// final punctuation of a sentence. Lettered points ("a) …") stay upright, as the decree says.
const NUMBERED_TITLE = /^\d+(?:\.\d+)*\.\s+\S/;
const isNumberedTitle = (text: string) => NUMBERED_TITLE.test(text) && text.length <= 150 && !/[.;:,!?…]$/.test(text);

/**
 * Free text as body paragraphs: each non-empty line is a paragraph; "- " and "+ " lines stay as
 * list paragraphs (the dash kept, same indent); numbered titles are set bold. Any length works:
 * a 60,000-character section is just many paragraphs.
 */
export function freeText(text: string, options: { keepLastWithNext?: boolean } = {}): Paragraph[] {
  const lines = sanitizeText(text)
    .split('\n')
    .map((textLine) => textLine.replace(/[ \u00A0]+/g, ' ').trim())
    .filter((textLine) => textLine !== '');
  return lines.map((textLine, index) => {
    // the last paragraph stays with what follows (a signature block): its end, not all its lines
    const keep = options.keepLastWithNext && index === lines.length - 1 ? { keepNext: true, keepLines: false } : {};
    const bullet = /^[-+•–]\s+/.exec(textLine);
    if (bullet) return bodyParagraph(`${textLine[0] === '•' ? '-' : textLine[0]} ${textLine.slice(bullet[0].length)}`, keep);
    return isNumberedTitle(textLine) ? bodyParagraph(textLine, { bold: true, keepNext: true }) : bodyParagraph(textLine, keep);
  });
}
