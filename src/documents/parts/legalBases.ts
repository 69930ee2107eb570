// "Căn cứ …" lines: italic, one per paragraph, each ending ";" and the last ".".
import { punctuateList } from '../text';
import type { Paragraph } from 'docx';
import { bodyParagraph } from './text';

export const legalBasisLines = (prefix: string, bases: readonly string[]): Paragraph[] =>
  punctuateList(bases).map((text) => bodyParagraph(`${prefix} ${text}`, { italics: true }));
