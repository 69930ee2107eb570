// The plan's source text (content/source/) carries the light markup of its conversion: **bold**,
// *italic*, lines wrapped at about 80 characters, and the two layout tables of an official
// document (the heading block and the signature block) written as cells between lines holding a
// single "|". This reads it into blocks that /van-ban-goc/ renders as HTML; the words themselves
// are kept one for one. Pure: no Astro, no DOM.

/** A run of text with its emphasis; "\n" inside a cell is a line break of the original layout. */
export interface Run {
  text: string;
  strong: boolean;
  em: boolean;
}

export type SourceBlock =
  /** a paragraph: its wrapped lines joined with spaces */
  | { kind: 'paragraph'; runs: Run[] }
  /** a layout table: rows of cells, each cell keeping its line breaks */
  | { kind: 'layout'; rows: Run[][][] };

const PIPE = '|';

/**
 * Splits a text at its emphasis markers: `**` turns bold on and off, a single `*` italic. A marker
 * left open ends with the text. Runs of emphasis holding only spaces (`** **`) become plain.
 */
export function parseInline(text: string): Run[] {
  const runs: Run[] = [];
  let strong = false;
  let em = false;
  let buffer = '';
  const flush = () => {
    if (buffer === '') return;
    const plain = buffer.trim() === '';
    const last = runs.at(-1);
    const run = { text: buffer, strong: strong && !plain, em: em && !plain };
    if (last && last.strong === run.strong && last.em === run.em) last.text += run.text;
    else runs.push(run);
    buffer = '';
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '*') {
      buffer += text[i];
      continue;
    }
    flush();
    if (text[i + 1] === '*') {
      strong = !strong;
      i++;
    } else {
      em = !em;
    }
  }
  flush();
  return runs;
}

/** A layout table's lines (from its first "|" to its last) into rows of cells. */
function parseLayout(lines: string[]): Run[][][] {
  // Tokens: a "|" line, or the text of the lines between two of them. Two "|" in a row end a row.
  const rows: Run[][][] = [];
  let row: Run[][] = [];
  let cell: string[] = [];
  let previousWasPipe = false;
  for (const line of lines) {
    if (line.trim() === PIPE) {
      if (cell.length) row.push(parseInline(cell.join('\n')));
      else if (previousWasPipe && row.length) {
        rows.push(row);
        row = [];
      }
      cell = [];
      previousWasPipe = true;
    } else {
      cell.push(line);
      previousWasPipe = false;
    }
  }
  if (cell.length) row.push(parseInline(cell.join('\n')));
  if (row.length) rows.push(row);
  return rows;
}

/** Reads the whole source text into paragraphs and layout tables, in order. */
export function parseSourceText(source: string): SourceBlock[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: SourceBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: parseInline(paragraph.join(' ').replace(/\s+/g, ' ').trim()) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === PIPE) {
      endParagraph();
      // The table runs to the "|" that is followed by a blank line or the end of the text.
      let end = i + 1;
      while (end < lines.length && !(lines[end]!.trim() === PIPE && (lines[end + 1] ?? '').trim() === '' && lines[end + 1] !== PIPE)) end++;
      blocks.push({ kind: 'layout', rows: parseLayout(lines.slice(i, end + 1)) });
      i = end;
    } else if (line.trim() === '') {
      endParagraph();
    } else {
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  return blocks.filter((block) => block.kind === 'layout' || block.runs.some((run) => run.text.trim() !== ''));
}

/** The text a reader sees, without markup: to compare the rendering with the source. */
export const plainText = (blocks: SourceBlock[]): string =>
  blocks
    .map((block) => (block.kind === 'paragraph' ? [block.runs] : block.rows.flat()).map((runs) => runs.map((run) => run.text).join('')).join('\n'))
    .join('\n');
