// Lines of a document's header (and of signature captions) that never wrap inside a name. Word
// processors wrap a line too long for its column wherever a space falls ("ỦY BAN NHÂN DÂN XÃ EA
// / KAO"); an official breaks it before a place ("XÃ EA KAO"), before "VÀ", or after a comma.
// Here every line is measured (Times New Roman widths, src/documents/layout.ts) and either fits
// its column, is set a little tighter, or is broken where an official would break it. Pure: no
// docx; the dossier checks use it too, to tell the unit how a long line of its header will print.
import { HEADER, TEXT_WIDTH, textWidth } from './layout';
import { upper } from './text';
import { lower, phraseAt, placeWordAt, startsCapital, words, type UnitNames } from './unitNames';

/**
 * Remembers the results of a pure function of plain data: a dossier repeats the same header,
 * titles and signers in every report, and fitting them again each time is most of the work.
 */
function remembered<A extends unknown[], R>(fit: (...args: A) => R): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    const known = results.get(key);
    if (known !== undefined) return known;
    if (results.size >= 500) results.clear();
    const result = fit(...args);
    results.set(key, result);
    return result;
  };
}

/** A line as printed: its text and the character spacing that fits it (twips, negative condenses; 0 for none). */
export interface FittedLine {
  text: string;
  spacing: number;
}

/**
 * Where a line of `list` may not break: `true` at index i forbids a break before word i, inside a
 * place name ("xã | Ea | Kao") or a name of `keepTogether` ("Ủy ban | nhân dân").
 */
export function unbreakable(list: readonly string[], names: UnitNames): boolean[] {
  const inside = list.map(() => false);
  const phrases = names.keepTogether.map((phrase) => words(lower(phrase)));
  const keep = (from: number, to: number) => {
    for (let index = from + 1; index < to; index += 1) inside[index] = true;
  };
  list.forEach((_, index) => {
    const placeWord = placeWordAt(list, index, names);
    if (placeWord) {
      let end = index + words(placeWord).length;
      while (startsCapital(list[end])) end += 1;
      keep(index, end);
    }
    for (const phrase of phrases) if (phraseAt(list, index, phrase)) keep(index, index + phrase.length);
  });
  return inside;
}

/** A break before word `index` is one an official makes: after a comma, before "và", before a place. */
function naturalBreak(list: readonly string[], index: number, names: UnitNames): boolean {
  if (/,$/.test(list[index - 1]!)) return true;
  if (names.breakBefore.some((word) => lower(list[index]!) === lower(word))) return true;
  return placeWordAt(list, index, names) !== undefined;
}

/** Most words breakLine weighs break by break (a header's line has a dozen; a title block a few dozen). */
const BALANCED_WORDS = 80;

/** Lines filled word by word while they fit; a word too long for any line stands alone. */
function greedyLines(list: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of list) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines a text is broken into, and whether every break is one an official makes. */
export interface BrokenLine {
  parts: string[];
  natural: boolean;
}

/**
 * Breaks `text` into lines that each satisfy `fits`, where an official would: at a natural break
 * (the last whose first line fits, else the most balanced one, each part broken again as needed);
 * without one, at the most balanced word boundary that fits (never leaving one word alone where
 * two can go). Never inside a name (`unbreakable`); a single word too long for any line is left whole.
 */
export function breakLine(text: string, fits: (line: string) => boolean, names: UnitNames, measure: (line: string) => number): BrokenLine {
  if (fits(text)) return { parts: [text], natural: true };
  const list = words(text);
  // weighing every break costs the square of the words: past a header's few lines, fill greedily
  if (list.length > BALANCED_WORDS) return { parts: greedyLines(list, fits), natural: false };
  const kept = unbreakable(list, names);
  const allowed = list.map((_, index) => index).filter((index) => index > 0 && !kept[index]);
  const head = (index: number) => list.slice(0, index).join(' ');
  const tail = (index: number) => list.slice(index).join(' ');
  const widest = (index: number) => Math.max(measure(head(index)), measure(tail(index)));
  const balanced = (indices: number[]) => indices.reduce((best, i) => (widest(i) < widest(best) ? i : best));
  const natural = allowed.filter((index) => naturalBreak(list, index, names));
  const fitting = allowed.filter((index) => fits(head(index)));
  let index: number;
  if (natural.length > 0) {
    const fittingNatural = natural.filter((i) => fitting.includes(i));
    index = fittingNatural.length > 0 ? fittingNatural.at(-1)! : balanced(natural);
  } else if (fitting.length > 0) {
    // as few lines as greedy filling gives, the first as long as the others on average
    const count = (from: number) => {
      let lines = 0;
      for (let i = from; i < list.length; lines += 1) {
        let j = i + 1;
        while (j < list.length && fits(list.slice(i, j + 1).join(' '))) j += 1;
        i = j;
      }
      return lines;
    };
    const least = count(0);
    const few = fitting.filter((i) => count(i) <= least - 1);
    const share = (i: number) => Math.abs(measure(head(i)) - measure(tail(i)) / Math.max(1, least - 1));
    index = (few.length > 0 ? few : fitting).reduce((best, i) => (share(i) < share(best) ? i : best));
  } else {
    return { parts: [text], natural: false };
  }
  const first = breakLine(head(index), fits, names, measure);
  const rest = breakLine(tail(index), fits, names, measure);
  return { parts: [...first.parts, ...rest.parts], natural: natural.includes(index) && first.natural && rest.natural };
}

/**
 * A centred title line whose wrapping never splits a name nor strands a fragment: no-break spaces
 * hold together a span of years ("2026 - 2031"), the places and the names of `keepTogether`, the
 * names in `extra` (a nominee's), and the last two words, so that no line of a wrapped title is
 * one word alone.
 */
export const unbrokenTitle = remembered((text: string, names: UnitNames, extra: readonly string[] = []): string => {
  // a name longer than most of a line stays breakable: a word processor would cut it anywhere
  const short = extra.filter((name) => name && textWidth(name, 28, true) < TEXT_WIDTH * 0.8);
  const glued = short.reduce((line, name) => line.split(name).join(name.replace(/ /g, '\u00A0')), text);
  const list = glued.replace(/(\d) - (\d)/g, '$1\u00A0-\u00A0$2').split(' ');
  const kept = unbreakable(list, names);
  return list.map((word, index) => (index === 0 ? word : `${kept[index] || index === list.length - 1 ? '\u00A0' : ' '}${word}`)).join('');
});

/** Width a line needs at `size`, with the margin of HEADER.slack. */
const need = (text: string, size: number, bold: boolean) => Math.ceil(textWidth(text, size, bold) * (1 + HEADER.slack));

/** The line, condensed just enough to fit `width` when that is within HEADER.maxCondense; undefined when it cannot fit. */
function condensed(text: string, size: number, bold: boolean, width: number): FittedLine | undefined {
  const over = need(text, size, bold) - width;
  if (over <= 0) return { text, spacing: 0 };
  const spacing = Math.ceil(over / [...text].length);
  return spacing <= HEADER.maxCondense ? { text, spacing: -spacing } : undefined;
}

/** One line fitted to `width`: whole (condensed if need be), else broken where an official would. */
function fitLine(line: string, size: number, bold: boolean, width: number, names: UnitNames): { lines: FittedLine[]; natural: boolean } {
  const whole = condensed(line, size, bold, width);
  if (whole) return { lines: [whole], natural: true };
  const broken = breakLine(line, (part) => condensed(part, size, bold, width) !== undefined, names, (part) => textWidth(part, size, bold));
  return { lines: broken.parts.map((part) => condensed(part, size, bold, width) ?? { text: part, spacing: 0 }), natural: broken.natural };
}

/** Lines of one style fitted to `width`: each whole (condensed if need be), else broken where an official would. */
export const fitLines = remembered((lines: readonly string[], size: number, bold: boolean, width: number, names: UnitNames): FittedLine[] =>
  lines.flatMap((line) => fitLine(line, size, bold, width, names).lines),
);

export interface HeaderFit {
  /** size of the header's capitals (governing body, issuing body, Quốc hiệu), half-points */
  size: number;
  /** size of the Tiêu ngữ */
  mottoSize: number;
  /** widths of the left and right columns, twips */
  columns: [number, number];
  /** the governing body's lines (upright) and the issuing body's (bold), in capitals, as printed */
  upper: FittedLine[];
  issuer: FittedLine[];
  /** the Quốc hiệu as printed (condensed a little only when that keeps a line of the left whole) */
  nationalTitle: FittedLine;
  /** lines given whole that had to be broken; `natural` when every break is where an official breaks */
  broken: { line: string; parts: string[]; natural: boolean }[];
}

/** Twips per character that condense a line of width `need` and `count` characters into `width` (0 when it fits). */
const condenseFor = (need: number, count: number, width: number) => Math.max(0, Math.ceil((need - width) / count));

/**
 * The header's left column beside the Quốc hiệu: the largest size of HEADER.sizes at which every
 * line fits whole with HEADER.gap between the columns; else the smallest size, with the columns
 * placed where the least condensing (of the long lines and the Quốc hiệu, up to
 * HEADER.maxCondense) keeps every line whole; what still cannot fit is broken where an official
 * would break it. `upperLines` and `issuerLines` are the lines as given (any case).
 */
export const fitHeader = remembered((upperLines: readonly string[], issuerLines: readonly string[], nationalTitle: string, names: UnitNames): HeaderFit => {
  const given = { upper: upperLines.map(upper), issuer: issuerLines.map(upper) };
  const title = upper(nationalTitle);
  const lines = (size: number) => [...given.upper.map((text) => ({ text, need: need(text, size, false) })), ...given.issuer.map((text) => ({ text, need: need(text, size, true) }))];
  const roomy = HEADER.sizes.find((size) => Math.max(0, ...lines(size).map((l) => l.need)) + need(title, size, true) + HEADER.gap <= TEXT_WIDTH);
  const size = roomy ?? HEADER.sizes.at(-1)!;
  const titleNeed = need(title, size, true);
  const all = lines(size);
  const widest = Math.max(0, ...all.map((l) => l.need));
  let left = Math.max(HEADER.minLeft, Math.min(widest, TEXT_WIDTH - titleNeed - HEADER.gap));
  let titleSpacing = 0;
  if (!roomy) {
    // the left column's width that asks the least condensing of any line, the Quốc hiệu included
    let best = { condense: Number.POSITIVE_INFINITY, left };
    for (let width = left; width <= widest; width += 20) {
      const condense = Math.max(
        condenseFor(titleNeed, [...title].length, TEXT_WIDTH - width - HEADER.gap),
        ...all.map((l) => condenseFor(l.need, [...l.text].length, width)),
      );
      if (condense < best.condense) best = { condense, left: width };
    }
    if (best.condense <= HEADER.maxCondense) {
      left = best.left;
      titleSpacing = -condenseFor(titleNeed, [...title].length, TEXT_WIDTH - left - HEADER.gap);
    }
  }
  const fit = (texts: string[], bold: boolean) => texts.map((line) => ({ line, ...fitLine(line, size, bold, left, names) }));
  const fitted = { upper: fit(given.upper, false), issuer: fit(given.issuer, true) };
  const broken = [...fitted.upper, ...fitted.issuer]
    .filter((entry) => entry.lines.length > 1)
    .map(({ line, lines: parts, natural }) => ({ line, parts: parts.map((l) => l.text), natural }));
  const printed = { upper: fitted.upper.flatMap((entry) => entry.lines), issuer: fitted.issuer.flatMap((entry) => entry.lines) };
  return {
    size,
    mottoSize: size + HEADER.mottoAbove,
    columns: [left, TEXT_WIDTH - left],
    ...printed,
    nationalTitle: { text: title, spacing: titleSpacing },
    broken,
  };
});
