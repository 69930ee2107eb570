// The plan's kept source text (content/source/), read independently of the rules data and the
// MDX, so that tests can compare both against it.
import { parseRulesYaml } from '../../src/content/parseRulesYaml';
import { correction, type Correction } from '../../src/schemas/correction';
import { readProjectFile } from './rules';

export const SOURCE_PATH = 'content/source/ke-hoach-0125-KH-UBND.txt';

/** content/source/corrections.yaml, read with the schema of the build. */
export const loadCorrections = (): Correction[] =>
  parseRulesYaml(readProjectFile('content/source/corrections.yaml'), 'content/source/corrections.yaml').map((record) => correction.parse(record));

/** Collapses every run of whitespace to one space and trims. */
export const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The published text's emphasis markers (** and *) removed, whitespace collapsed, typing errors corrected. */
export function cleanSourceText(text: string, corrections: Correction[] = loadCorrections()): string {
  let clean = normalizeSpace(text.replace(/\*/g, ''));
  for (const { original, corrected } of corrections) clean = clean.split(original).join(corrected);
  return clean;
}

export const rawSource = (): string => readProjectFile(SOURCE_PATH);

/** The whole source, cleaned (see cleanSourceText). */
export const cleanSource = (): string => cleanSourceText(rawSource());

/** The source's paragraphs (separated by blank lines), each cleaned. */
export const sourceParagraphs = (): string[] =>
  rawSource()
    .split(/\n\s*\n/)
    .map((paragraph) => cleanSourceText(paragraph))
    .filter(Boolean);

/** The body of the plan, from its legal bases to "./.", cleaned. */
export function sourceBody(): string {
  const text = cleanSource();
  const start = text.indexOf('Thực hiện Chỉ thị số');
  const end = text.indexOf('./.');
  if (start < 0 || end < 0) throw new Error(`${SOURCE_PATH}: không tìm thấy phần thân văn bản`);
  return text.slice(start, end + 3);
}

/**
 * Does `text` (data) appear in `haystack` (source)? Whitespace-normalised, the first letter in
 * either case, trailing punctuation ignored.
 */
export function appearsIn(text: string, haystack: string): boolean {
  const core = normalizeSpace(text).replace(/[.;:,]+$/, '');
  const first = core.charAt(0);
  const rest = core.slice(1);
  return [first.toLocaleLowerCase('vi'), first.toLocaleUpperCase('vi')].some((letter) => haystack.includes(letter + rest));
}

export type SourceQuota =
  | { clause: string; basis: 'unit' | 'board' | 'team'; kind: 'separate'; collectives: number; individuals: number; units: string[] }
  | { clause: string; basis: 'unit'; kind: 'either'; cases: number; units: string[] };

/** Parses one quota line of Mục IV.2 with the source's own phrasing. */
function parseQuotaLine(line: string, clause: string): SourceQuota {
  const subject = line.replace(/^- /, '').replace(/^Đối với /, '');
  let match = line.match(/^- (.+?): Không quá (\d+) cá nhân;?$/);
  if (match) return { clause, basis: 'unit', kind: 'separate', collectives: 0, individuals: Number(match[2]), units: [match[1]!] };
  match = line.match(/^- (.+?): (?:Mỗi đoàn xét chọn )?(\d+) cá nhân\/01 (ban|đoàn);?$/);
  if (match) {
    return { clause, basis: match[3] === 'ban' ? 'board' : 'team', kind: 'separate', collectives: 0, individuals: Number(match[2]), units: [match[1]!] };
  }
  match = subject.match(/^(.+?) mỗi đơn vị đề nghị không quá (\d+) tập thể, (\d+) cá nhân;?$/);
  if (match) {
    return { clause, basis: 'unit', kind: 'separate', collectives: Number(match[2]), individuals: Number(match[3]), units: match[1]!.split('; ') };
  }
  match = subject.match(/^(.+?): (?:Mỗi .+? )?(?:chọn không quá|chọn) (\d+) trường hợp \(tập thể hoặc cá nhân\)/);
  if (match) {
    const unit = match[1]!.charAt(0).toLocaleUpperCase('vi') + match[1]!.slice(1);
    return { clause, basis: 'unit', kind: 'either', cases: Number(match[2]), units: [unit] };
  }
  throw new Error(`Mục IV.2: không đọc được dòng số lượng "${line}"`);
}

/** The quota lines of Mục IV.2 read from the source text, with the anchor each one has in the plan. */
export function sourceQuotas(): SourceQuota[] {
  const paragraphs = sourceParagraphs();
  const start = paragraphs.findIndex((paragraph) => paragraph.startsWith('2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh'));
  const end = paragraphs.findIndex((paragraph, index) => index > start && paragraph.startsWith('3. Giấy khen'));
  if (start < 0 || end < 0) throw new Error(`${SOURCE_PATH}: không tìm thấy Mục IV.2`);
  const quotas: SourceQuota[] = [];
  let point = '';
  let dash = 0;
  for (const paragraph of paragraphs.slice(start + 1, end)) {
    const letter = paragraph.match(/^([a-z])\) /)?.[1];
    if (letter) {
      point = `muc-iv-2-${letter}`;
      dash = 0;
      const rest = paragraph.slice(3);
      if (/trường hợp|cá nhân;/.test(rest) && !rest.endsWith(':')) quotas.push(parseQuotaLine(rest, point));
    } else if (paragraph.startsWith('- ')) {
      dash += 1;
      quotas.push(parseQuotaLine(paragraph, `${point}-g${dash}`));
    }
  }
  return quotas;
}

/** The voter-turnout threshold of Mục III.3.2, in percent. */
export function sourceTurnoutThresholds(): number[] {
  return [...cleanSource().matchAll(/tỷ lệ cử tri đi bầu cử đạt từ (\d+)% trở lên/g)].map((match) => Number(match[1]));
}
