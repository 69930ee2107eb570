// The original text page's reading of the plan's source text: emphasis, wrapped lines, layout tables.
import { describe, expect, it } from 'vitest';
import { parseInline, parseSourceText, plainText } from '../../src/components/plan/sourceMarkup';
import { normalizeSpace, rawSource } from '../support/planSource';

describe('parseInline', () => {
  it('turns ** into bold and * into italic, keeping every other character', () => {
    expect(parseInline('**b) Đối với cá nhân: **Các tiêu chuẩn *(nếu có).*')).toEqual([
      { text: 'b) Đối với cá nhân: ', strong: true, em: false },
      { text: 'Các tiêu chuẩn ', strong: false, em: false },
      { text: '(nếu có).', strong: false, em: true },
    ]);
  });

  it('makes emphasis holding only spaces plain, and closes a marker left open at the end', () => {
    expect(parseInline('** **')).toEqual([{ text: ' ', strong: false, em: false }]);
    expect(parseInline('** Lưu ý: *Ưu tiên')).toEqual([
      { text: ' Lưu ý: ', strong: true, em: false },
      { text: 'Ưu tiên', strong: true, em: true },
    ]);
  });
});

describe('parseSourceText', () => {
  it('joins wrapped lines into paragraphs and reads "|" lines as the cells of a layout table', () => {
    const blocks = parseSourceText('|\n**ỦY BAN**\nTỈNH\n|\n**CỘNG HÒA\nVIỆT NAM**\n|\n|\nSố: 1\n|\n*ngày 18*\n|\n\n** **\n\n**KẾ\nHOẠCH**\n\nMột dòng\nnối tiếp.\n');
    expect(blocks).toEqual([
      {
        kind: 'layout',
        rows: [
          [
            [{ text: 'ỦY BAN', strong: true, em: false }, { text: '\nTỈNH', strong: false, em: false }],
            [{ text: 'CỘNG HÒA\nVIỆT NAM', strong: true, em: false }],
          ],
          [[{ text: 'Số: 1', strong: false, em: false }], [{ text: 'ngày 18', strong: false, em: true }]],
        ],
      },
      { kind: 'paragraph', runs: [{ text: 'KẾ HOẠCH', strong: true, em: false }] },
      { kind: 'paragraph', runs: [{ text: 'Một dòng nối tiếp.', strong: false, em: false }] },
    ]);
  });

  it('reads the whole plan: the heading and signature tables, and every word of the source without its markup', () => {
    const source = rawSource();
    const blocks = parseSourceText(source);
    const layouts = blocks.filter((block) => block.kind === 'layout');
    expect(layouts.map((layout) => layout.rows.map((row) => row.length))).toEqual([[2, 2], [2]]);
    const text = plainText(blocks);
    expect(text).not.toMatch(/\*|^\|$/m);
    const withoutMarkup = source.replace(/\*/g, '').split('\n').filter((line) => line.trim() !== '|').join('\n');
    expect(normalizeSpace(text)).toBe(normalizeSpace(withoutMarkup));
  });
});
