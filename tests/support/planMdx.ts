// The plan's MDX (content/plan/*.mdx) read as text: its sections, the text a reader sees, and the
// anchor of every clause with the text under it.
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { planSection, type PlanSection } from '../../src/schemas/planSection';
import { normalizeSpace } from './planSource';
import { readProjectFile } from './rules';

export interface MdxSection {
  file: string;
  frontmatter: PlanSection;
  body: string;
}

export function loadPlanSections(): MdxSection[] {
  const files = readdirSync(new URL('../../content/plan/', import.meta.url)).filter((name) => name.endsWith('.mdx'));
  return files
    .map((file) => {
      const text = readProjectFile(`content/plan/${file}`);
      const match = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      if (!match) throw new Error(`content/plan/${file}: thiếu frontmatter`);
      return { file, frontmatter: planSection.parse(parse(match[1]!)), body: match[2]! };
    })
    .sort((a, b) => a.frontmatter.order - b.frontmatter.order);
}

// <Item id="…" label="…" title="…"> (title optional): groups 1 tag, 2 id, 3 label, 4 title.
const OPEN_TAG = /<(Item|Clause|Note)\s+id="([^"]+)"\s+label="([^"]+)"(?:\s+title="([^"]+)")?\s*>/;
const openTag = new RegExp(OPEN_TAG.source, 'g');

/** What a reader sees of one section's MDX, as plain text (labels and headings included). */
export function sectionText({ frontmatter, body }: MdxSection): string {
  const heading = frontmatter.numeral ? `${frontmatter.numeral}. ${frontmatter.title.toLocaleUpperCase('vi')} ` : '';
  const text = body
    .replace(openTag, (_, _tag, _id, label: string, title?: string) => ` ${label}${title ? ` ${title}` : ''} `)
    .replace(/<\/(Item|Clause|Note)>/g, ' ')
    .replace(/<SignOff[^>]*\/>/g, ' ')
    .replace(/\*/g, '');
  return normalizeSpace(heading + text);
}

export const planText = (sections = loadPlanSections()): string => sections.map(sectionText).join(' ');

export interface MdxClause {
  tag: 'Item' | 'Clause' | 'Note';
  id: string;
  label: string;
  /** id of the enclosing clause, or the section anchor */
  parent: string;
  /** its own text and everything nested in it, as plain text */
  text: string;
}

/** Every clause of every section, in document order, with its parent and its text. */
export function planClauses(sections = loadPlanSections()): MdxClause[] {
  const clauses: MdxClause[] = [];
  for (const section of sections) {
    // an opening tag (groups 1–4) or a closing one (group 5)
    const tags = new RegExp(`${OPEN_TAG.source}|<\\/(Item|Clause|Note)>`, 'g');
    const stack: { clause: MdxClause; start: number }[] = [];
    for (const match of section.body.matchAll(tags)) {
      if (match[5]) {
        const open = stack.pop();
        if (!open || open.clause.tag !== match[5]) throw new Error(`${section.file}: thẻ </${match[5]}> không khớp`);
        const inner = section.body.slice(open.start, match.index);
        open.clause.text = sectionText({ ...section, frontmatter: { ...section.frontmatter, numeral: undefined }, body: inner });
      } else {
        const clause: MdxClause = {
          tag: match[1] as MdxClause['tag'],
          id: match[2]!,
          label: match[3]!,
          parent: stack.at(-1)?.clause.id ?? section.frontmatter.anchor,
          text: '',
        };
        clauses.push(clause);
        stack.push({ clause, start: match.index! });
      }
    }
    if (stack.length) throw new Error(`${section.file}: thẻ <${stack.at(-1)!.clause.tag}> chưa đóng`);
  }
  return clauses;
}

/** Every anchor the plan page has for a clause or a section. */
export const planAnchors = (sections = loadPlanSections()): Set<string> =>
  new Set([...sections.map((section) => section.frontmatter.anchor), ...planClauses(sections).map((clause) => clause.id)]);
