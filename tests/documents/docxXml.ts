// Reading a generated .docx the way a test needs: unzip it and pull the facts out of the XML.
import { strFromU8, unzipSync } from 'fflate';

/** Every text part of a docx (or zip), by path. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const entries = unzipSync(bytes);
  return Object.fromEntries(Object.entries(entries).map(([path, data]) => [path, strFromU8(data)]));
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data → text. */
export const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ENTITIES[entity] ?? whole;
  });

export interface Run {
  text: string;
  /** half-points */
  size?: number;
  bold: boolean;
  italics: boolean;
  /** w:rFonts attributes */
  fonts: Record<string, string>;
}

const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

const onOff = (rPr: string, element: string) => {
  const match = new RegExp(`<${element}(?: w:val="([^"]*)")?/>`).exec(rPr);
  return match !== null && match[1] !== 'false' && match[1] !== '0';
};

/** The text of the <w:t> elements in `xml`, decoded and joined. */
const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join('');

function fontsOf(rPr: string): Record<string, string> {
  const tag = /<w:rFonts\b([^>]*)\/>/.exec(rPr)?.[1] ?? '';
  return Object.fromEntries([...tag.matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** Every run with text, in document order. */
export function runs(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
    .map(([, body]) => {
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body!)?.[1] ?? '';
      const size = attribute(rPr, 'w:sz', 'w:val');
      return { text: textOf(body!), size: size ? Number(size) : undefined, bold: onOff(rPr, 'w:b'), italics: onOff(rPr, 'w:i'), fonts: fontsOf(rPr) };
    })
    .filter((run) => run.text !== '');
}

export interface ParagraphInfo {
  text: string;
  /** the paragraph's XML (properties and runs) */
  xml: string;
}

/** Every paragraph (body and table cells), with its text. */
export function paragraphs(xml: string): ParagraphInfo[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map(([whole]) => ({ xml: whole, text: textOf(whole) }));
}

/** All the text, one paragraph per line. */
export const documentText = (xml: string): string => paragraphs(xml).map((p) => p.text).join('\n');

/** Text with its no-break spaces (which titles use to keep names whole) read as spaces. */
export const spaced = (text: string): string => text.replace(/\u00A0/g, ' ');

/** The run whose text is exactly `text`, no-break spaces read as spaces (throws if none). */
export function runWithText(xml: string, text: string): Run {
  const found = runs(xml).find((run) => spaced(run.text) === text);
  if (!found) throw new Error(`no run with text ${JSON.stringify(text)}`);
  return found;
}

/** The paragraph containing `text` (throws if none). */
export function paragraphWith(xml: string, text: string): ParagraphInfo {
  const found = paragraphs(xml).find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph containing ${JSON.stringify(text)}`);
  return found;
}

/** Page size and margins of the (last) section, in twips. */
export function sectionProperties(xml: string) {
  const sectPr = /<w:sectPr>([\s\S]*?)<\/w:sectPr>/.exec(xml)?.[1] ?? '';
  const number = (element: string, name: string) => Number(attribute(sectPr, element, name));
  return {
    xml: sectPr,
    width: number('w:pgSz', 'w:w'),
    height: number('w:pgSz', 'w:h'),
    orientation: attribute(sectPr, 'w:pgSz', 'w:orient'),
    margin: {
      top: number('w:pgMar', 'w:top'),
      bottom: number('w:pgMar', 'w:bottom'),
      left: number('w:pgMar', 'w:left'),
      right: number('w:pgMar', 'w:right'),
      header: number('w:pgMar', 'w:header'),
    },
    titlePage: /<w:titlePg\s*\/>/.test(sectPr),
  };
}

/** Column widths of each table's grid, in twips. */
export const tableGrids = (xml: string): number[][] =>
  [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map(([, grid]) => [...grid!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1])));

/** The parts of a docx that a test reads. */
export function openDocx(bytes: Uint8Array) {
  const parts = unzipText(bytes);
  const document = parts['word/document.xml'];
  if (!document) throw new Error('word/document.xml missing');
  const headers = Object.entries(parts)
    .filter(([path]) => /^word\/header\d+\.xml$/.test(path))
    .map(([, xml]) => xml);
  return { parts, document, styles: parts['word/styles.xml'] ?? '', headers, text: documentText(document) };
}
