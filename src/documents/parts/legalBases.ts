// "Căn cứ …" lines: italic, one per paragraph, each ending ";" and the last ".".
import type { Paragraph } from 'docx';
import { punctuateList } from '../text';
import { bodyParagraph } from './text';

export const legalBasisLines = (prefix: string, bases: readonly string[]): Paragraph[] =>
  punctuateList(bases).map((text) => bodyParagraph(`${prefix} ${text}`, { italics: true }));
