// Pagefind folds most Vietnamese diacritics by itself ("bau cu" finds "bầu cử"), but not "đ",
// which has no decomposition: "dai bieu" would miss "đại biểu". A syllable can only begin with
// đ, so the query is also tried with word-initial d read as đ. Pure: runs in Node tests and the browser.

/** Most searches run for one query (2^3: up to three words beginning with d). */
const MAX_VARIANTS = 8;

const toDStroke = (word: string) => (word[0] === 'D' ? 'Đ' : 'đ') + word.slice(1);

/**
 * The query itself (NFC, spaces collapsed), then the same with each combination of its
 * d-initial words written with đ; beyond three such words, only the all-đ variant is added.
 */
export function queryVariants(query: string): string[] {
  const normalized = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (normalized === '') return [];
  const words = normalized.split(' ');
  const dWords = words.flatMap((word, index) => (/^[dD]/.test(word) ? [index] : []));
  const variants = new Set([normalized]);
  const combinations = 2 ** dWords.length;
  const masks = combinations <= MAX_VARIANTS ? Array.from({ length: combinations }, (_, mask) => mask) : [combinations - 1];
  for (const mask of masks) {
    const variant = words.map((word, index) => {
      const bit = dWords.indexOf(index);
      return bit >= 0 && mask & (1 << bit) ? toDStroke(word) : word;
    });
    variants.add(variant.join(' '));
  }
  return [...variants];
}
