// Orders plan clause ids as the plan reads (pure): for records that have no `order` field of
// their own and come out of Astro's data store sorted by id, such as the typing corrections
// listed on the plan page.

const NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi'];
const LETTERS = ['a', 'b', 'c', 'd', 'dd', 'e', 'g'];

/** Sort key of one part of a clause id: numbers, letters, then dash (g) and plus (y) bullets. */
function partKey(part: string): number {
  if (/^\d+$/.test(part)) return Number(part);
  if (LETTERS.includes(part)) return 1000 + LETTERS.indexOf(part);
  const bullet = part.match(/^([gy])(\d+)$/);
  if (bullet) return (bullet[1] === 'g' ? 2000 : 3000) + Number(bullet[2]);
  if (part === 'luu') return 9000;
  return 9999;
}

function key(clause: string): number[] {
  const [, numeral = '', ...rest] = clause.split('-');
  return [NUMERALS.indexOf(numeral), ...rest.map(partKey)];
}

/** Negative when clause `a` comes before `b` in the plan; a parent comes before its parts. */
export function compareClauses(a: string, b: string): number {
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const diff = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
