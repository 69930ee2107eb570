// What Pagefind reads of a built page. Pagefind separates the text of a few block elements only
// (p, li, td, div, headings, section…): the text of two neighbouring <dt> and <dd>, <th>, <caption>,
// <tr>… reaches the index glued ("Hạn gửitrước ngày"), and its snippets show it so. The served
// page is untouched; the copy given to the indexer gets a space wherever a block element opens
// or closes, which is where a browser breaks the line anyway.

/** Elements laid out as blocks (or table parts) by the browser's default style sheet. */
const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];
const BOUNDARY = new RegExp(`(<\\/?(?:${BLOCK_ELEMENTS.join('|')})(?=[\\s/>]))`, 'gi');

/**
 * The page's HTML with a space before every opening and closing tag of a block element (inside
 * <pre> too: there the tags are the line's edges already). Attributes are never touched: the
 * space goes before the `<`, and a built page escapes `<` inside attribute values.
 * @param {string} html
 * @returns {string}
 */
export const spaceBlocksForIndex = (html) => html.replace(BOUNDARY, ' $1');
