// "Căn cứ …" lines: italic, one per paragraph, each ending ";" and the last ".".
import type { Paragraph } from 'docx';
import { cleanLine } from '../text';
import { bodyParagraph } from './text';

export function legalBasisLines(prefix: string, bases: readonly string[]): Paragraph[] {
  const texts = bases.map((base) => cleanLine(base).replace(/[\s.;,]+$/, '')).filter(Boolean);
  return texts.map((text, index) => bodyParagraph(`${prefix} ${text}${index === texts.length - 1 ? '.' : ';'}`, { italics: true }));
}
