// Numbers the Vietnamese way: the whole-number rule of the site, counts with thousands dots,
// shares and percentages with a decimal comma. Part of the one Vietnamese text module: import it
// from ./vietnamese.

/**
 * How a whole number typed by a user is read, everywhere on the site (voter figures, numbers of
 * boards, council members, votes):
 * - spaces are ignored, the no-break spaces of pasted figures included ("12 500");
 * - dots may group thousands the Vietnamese way ("12.500" is twelve thousand five hundred);
 * - a decimal part is refused, even a zero one ("3,0", "12.5"): the field asks for a whole number;
 * - a sign is refused ("-3"), as is any other character.
 * The value is a bigint so that no figure, however long, is rounded.
 */
export type WholeNumber = { ok: true; value: bigint } | { ok: false; problem: 'empty' | 'negative' | 'decimal' | 'invalid' };

export function parseWholeNumber(typed: string): WholeNumber {
  const text = String(typed ?? '').replace(/\s/g, '');
  if (text === '') return { ok: false, problem: 'empty' };
  if (/^[-\u2212]\d/.test(text)) return { ok: false, problem: 'negative' };
  const digits = /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text;
  if (/^\d+$/.test(digits)) return { ok: true, value: BigInt(digits) };
  if (/^\d+[.,]\d+$/.test(text)) return { ok: false, problem: 'decimal' };
  return { ok: false, problem: 'invalid' };
}

/** A typed whole number from 0 to `max` as a number, or null (empty, not whole, or too large). */
export function wholeNumberUpTo(typed: string, max: number): number | null {
  const parsed = parseWholeNumber(typed);
  return parsed.ok && parsed.value <= BigInt(max) ? Number(parsed.value) : null;
}

/** A whole number with Vietnamese thousands dots: 12500 → "12.500". */
export const formatCount = (value: bigint | number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * `part` of `whole` in hundredths of a percent, from whole numbers, exactly: `down` never shows
 * a share it does not reach (97 996 of 100 000 is 97,99, never 98: the turnout threshold); `nearest`
 * rounds ordinarily, halves up (7 of 9 → 77,78). Zero when the whole is zero.
 */
export function hundredthsOf(part: bigint | number, whole: bigint | number, rounding: 'down' | 'nearest'): bigint {
  const p = BigInt(part);
  const w = BigInt(whole);
  if (w <= BigInt(0)) return BigInt(0);
  const scaled = p * BigInt(10000);
  return rounding === 'down' ? scaled / w : (scaled * BigInt(2) + w) / (w * BigInt(2));
}

/**
 * Hundredths of a percent with a decimal comma: 9850 → "98,50"; with `trimZeros`, as the documents
 * write it, 9850 → "98,5" and 9800 → "98".
 */
export function formatHundredths(hundredths: bigint, trimZeros = false): string {
  const hundred = BigInt(100);
  const fraction = (hundredths % hundred).toString().padStart(2, '0');
  const shown = trimZeros ? fraction.replace(/0+$/, '') : fraction;
  const whole = formatCount(hundredths / hundred);
  return shown ? `${whole},${shown}` : whole;
}

/**
 * A share of votes as the minutes and the review write it: `part` of `whole` rounded ordinarily to
 * hundredths of a percent from the exact integers, zeros trimmed, without "%" (7 of 9 → "77,78";
 * 9 of 9 → "100"). A threshold is decided on the integers, never on this text.
 */
export const formatShare = (part: bigint | number, whole: bigint | number): string => formatHundredths(hundredthsOf(part, whole, 'nearest'), true);

/** A percentage in hundredths with a decimal comma: 9799 → "97,99%". */
export const formatPercent = (hundredths: bigint): string => `${formatHundredths(hundredths)}%`;
