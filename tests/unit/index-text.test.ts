// What Pagefind is given of a page: a space at every block boundary, nothing else changed.
import { describe, expect, it } from 'vitest';
import { spaceBlocksForIndex } from '../../src/tooling/index-text.mjs';

describe('spaceBlocksForIndex', () => {
  it('separates the text of neighbouring blocks that Pagefind would glue', () => {
    expect(spaceBlocksForIndex('<dl><dt>Hạn gửi</dt><dd>trước ngày 31/3/2026</dd></dl>')).toBe(
      ' <dl> <dt>Hạn gửi </dt> <dd>trước ngày 31/3/2026 </dd> </dl>',
    );
    expect(spaceBlocksForIndex('<tr><th scope="col">Tập thể</th><th>Cá nhân</th></tr>')).toBe(' <tr> <th scope="col">Tập thể </th> <th>Cá nhân </th> </tr>');
  });

  it('leaves inline markup, attributes and look-alike tag names alone', () => {
    const inline = 'Xem <a href="/ke-hoach/" data-x="&lt;dt&gt;">Mục IV</a>, <strong>đậm</strong><span>x</span><time>1</time><dfn>d</dfn><param><pre-x>';
    expect(spaceBlocksForIndex(`<p class="x">${inline}</p>`)).toBe(` <p class="x">${inline} </p>`);
  });
});
