// Layout of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I): every
// measure the builders use, in one place. Where the decree gives a range, the chosen value is
// noted. Lengths are twips (1/20 pt), converted once from millimetres; font sizes are half-points
// (docx's unit: 28 = 14 pt). Plain numbers only; no docx import.
import { withoutDiacritics } from '../text/vietnamese';

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres → twips. */
export const mm = (millimetres: number): number => Math.round(millimetres * TWIPS_PER_MM);
/** Points → half-points (font sizes). */
export const pt = (points: number): number => points * 2;

/** Times New Roman (Unicode, TCVN 6909:2001) on every font slot, so no script falls back. */
const FONT = 'Times New Roman';
export const FONT_SLOTS = { ascii: FONT, hAnsi: FONT, eastAsia: FONT, cs: FONT } as const;
export const LANGUAGE = 'vi-VN';

/** A4 portrait. */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/** Margins: top 20–25 (20), bottom 20–25 (20), left 30–35 (30), right 15–20 (15) mm. */
export const MARGIN = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  /** distance of the page number from the top edge: inside the top margin */
  header: mm(10),
  footer: mm(10),
} as const;

/** Width of the text area: portrait, and landscape (the nominee list). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right;

/** Font sizes in half-points. */
export const SIZE = {
  // cơ quan chủ quản (upright), tên cơ quan (bold), Quốc hiệu (bold): 12–13 pt, capitals; Tiêu
  // ngữ 13–14 pt, bold: chosen per document so that no header line wraps (HEADER, below)
  /** "Số: …/…": 13 pt */
  number: pt(13),
  /** place and date: 13–14 (14) pt, italic */
  dateLine: pt(14),
  /** document type: 13–14 (14) pt, capitals, bold */
  documentType: pt(14),
  /** trích yếu: 13–14 (14) pt, bold */
  subject: pt(14),
  /** body: 13–14 (14) pt */
  body: pt(14),
  /** tables inside the body (earlier awards, nominee list) */
  table: pt(13),
  /** signature titles and names: 13–14 (14) pt */
  signature: pt(14),
  /** "Nơi nhận:" 12 pt bold italic */
  recipientsLabel: pt(12),
  /** the recipients: 11 pt */
  recipients: pt(11),
  /** page number: 13–14 (13) pt */
  pageNumber: pt(13),
} as const;

/** Paragraph spacing: at least 6 pt between paragraphs (6), line spacing 1–1.5 (1.2). */
export const SPACING = {
  after: 120,
  /** 240 = single; 288 = 1.2 lines */
  line: 288,
  /** space above the document type, under the header */
  beforeTitle: 360,
  /** space above section headings */
  beforeHeading: 120,
} as const;

/** First-line indent of body paragraphs: 1–1.27 cm (1.27). */
export const FIRST_LINE_INDENT = mm(12.7);

/**
 * The header table (fixed widths: LibreOffice and Word Online ignore percentages). Its left
 * column is at least `minLeft` and grows, up to what the Quốc hiệu leaves, to hold the longest
 * line of the unit's name; the capitals of the header (governing body, unit, Quốc hiệu) are set
 * at the first of `sizes` (12–13 pt) at which every line fits whole (src/documents/headerFit.ts).
 */
export const HEADER = {
  minLeft: mm(62),
  /** least room between the longest line of the left column and the Quốc hiệu */
  gap: mm(2),
  /** 13 pt, then 12 pt: both within Nghị định 30's 12–13 pt */
  sizes: [pt(13), pt(12)],
  /** the Tiêu ngữ, one point above the Quốc hiệu (13–14 pt) */
  mottoAbove: pt(1),
  /**
   * margin kept over the estimated width of a line, so that LibreOffice and Word (whose glyph
   * widths differ slightly from the estimate) never wrap a line the estimate lets through
   */
  slack: 0.01,
  /** most a line may be condensed, per character, twips (0.3 pt): barely visible, and only when it saves a break */
  maxCondense: 6,
} as const;

/** Rules (solid lines) under the unit name, the motto and the subject line. */
export const RULE = {
  /** line thickness in eighths of a point */
  size: 6,
  /** under the unit name and the subject: one third to one half of the text (0.4) */
  shortRatio: 0.4,
  /** under the motto: as long as the text */
  mottoRatio: 1,
  /** height of the line's own paragraph, twips */
  lineHeight: 80,
} as const;

/** Signature blocks side by side; the letter's row puts "Nơi nhận" left (narrower). */
export const SIGNATURE_COLUMNS = [Math.floor(TEXT_WIDTH / 2), TEXT_WIDTH - Math.floor(TEXT_WIDTH / 2)] as const;
export const RECIPIENTS_COLUMNS = [mm(75), TEXT_WIDTH - mm(75)] as const;
/** vertical space left for the signature and the seal */
export const SIGNATURE_SPACE = mm(24);

/** Table of earlier awards (report, section III): year, award, decision and issuer. */
export const AWARDS_COLUMNS = [mm(20), mm(65), TEXT_WIDTH - mm(85)] as const;

/** Nominee list, landscape: STT, name, position and unit, birth year, gender, summary, remark. */
const NOMINEE_LIST_COLUMNS = [mm(12), mm(48), mm(52), mm(18), mm(18)] as const;
const listFixed = NOMINEE_LIST_COLUMNS.reduce((sum, width) => sum + width, 0);
export const NOMINEE_LIST_WIDTHS = [...NOMINEE_LIST_COLUMNS, mm(80), LANDSCAPE_TEXT_WIDTH - listFixed - mm(80)] as const;

/** Cell padding of ruled tables, twips. */
export const CELL_MARGIN = { top: 40, bottom: 40, left: 80, right: 80 } as const;

// Advance widths of Times New Roman's printable ASCII (U+0020–U+007E), per 1000 em, regular and
// bold (read from Liberation Serif, which is metric-compatible). Used to size the rules under the
// unit name, the motto and the subject, and to fit the header's lines (./headerFit.ts). Vietnamese
// letters take the width of their base letter (the marks above and below take no room), except
// the horned Ơ and Ư, whose horn widens them in Times New Roman (HORN).
const WIDTHS_REGULAR = [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541];
const WIDTHS_BOLD = [250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520];

/** What the horn adds to O and U (Ơ, Ư and their toned forms), per 1000 em: a little more than it does. */
const HORN = 90;

/** Estimated width in twips of one line of `text` set in Times New Roman at `size` half-points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? WIDTHS_BOLD : WIDTHS_REGULAR;
  let units = HORN * (text.normalize('NFD').match(/\u031B/g)?.length ?? 0);
  for (const char of withoutDiacritics(text).replace(/\u00A0/g, ' ')) {
    const code = char.codePointAt(0)!;
    units += code >= 0x20 && code <= 0x7e ? table[code - 0x20]! : 1000;
  }
  // units/1000 em × size/2 pt × 20 twips/pt
  return Math.round((units / 1000) * (size / 2) * 20);
}
