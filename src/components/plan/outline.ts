// The outline of one plan section, read from its MDX source: the numbered items (<Item …>) in
// order, for the table of contents. Pure: no Astro imports.

export interface OutlineItem {
  /** anchor id, e.g. muc-iii-3-2 */
  id: string;
  /** number as the plan writes it, e.g. "3.2." */
  label: string;
  /** heading without a trailing colon */
  title: string;
  children: OutlineItem[];
}

/** How deep a numbered item sits: 1 for "3.", 2 for "3.2.". */
export const labelDepth = (label: string): number => label.split('.').filter(Boolean).length;

const itemTag = /<Item\s+id="([^"]+)"\s+label="([^"]+)"\s+title="([^"]+)"/g;

export function planOutline(mdxBody: string): OutlineItem[] {
  const roots: OutlineItem[] = [];
  let parent: OutlineItem | undefined;
  for (const [, id, label, title] of mdxBody.matchAll(itemTag)) {
    const item: OutlineItem = { id: id!, label: label!, title: title!.replace(/\s*:$/, ''), children: [] };
    if (labelDepth(label!) > 1 && parent) parent.children.push(item);
    else {
      roots.push(item);
      parent = item;
    }
  }
  return roots;
}
