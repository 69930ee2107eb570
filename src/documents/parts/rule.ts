// The short solid lines of Nghị định 30 (under the unit name, the motto and the subject): an
// empty, very low paragraph with a bottom border, narrowed by equal indents so that the line is
// centred and as long as asked. Works the same in Word and LibreOffice (no drawing objects).
import { BorderStyle, LineRuleType, Paragraph } from 'docx';
import { FONT_SLOTS, RULE, textWidth } from '../layout';

/** A centred line of `length` twips inside a column `width` twips wide. */
function ruleLine(length: number, width: number): Paragraph {
  const clamped = Math.max(400, Math.min(length, width));
  const side = Math.floor((width - clamped) / 2);
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: RULE.lineHeight, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: RULE.size, color: '000000', space: 1 } },
    run: { font: FONT_SLOTS, size: 2 },
  });
}

/** Widths of the lines `text` wraps into at `width` (greedy, word by word, as word processors do). */
export function wrappedWidths(text: string, size: number, bold: boolean, width: number): number[] {
  const space = textWidth(' ', size, bold);
  const widths: number[] = [];
  let current = 0;
  for (const word of text.split(' ').filter(Boolean)) {
    const wordWidth = Math.min(textWidth(word, size, bold), width);
    if (current > 0 && current + space + wordWidth > width) {
      widths.push(current);
      current = wordWidth;
    } else {
      current += (current > 0 ? space : 0) + wordWidth;
    }
  }
  widths.push(current);
  return widths;
}

/** A line under text set at `size` half-points: `ratio` of the widest of its lines (wrapped at `width`). */
export function ruleUnder(lines: readonly string[], size: number, bold: boolean, ratio: number, width: number): Paragraph {
  const widest = Math.max(0, ...lines.flatMap((text) => wrappedWidths(text, size, bold, width)));
  return ruleLine(Math.round(widest * ratio), width);
}
