// Shares typed in percent. Part of the one Vietnamese text module: import it from ./vietnamese.

/**
 * A share typed in percent, the Vietnamese way: "72", "72,5", "9,25", with or without "%" and
 * spaces. The decimal part follows a comma, at most two digits; a dot is refused, since in
 * Vietnamese it groups thousands ("72.5" is ambiguous), as is a sign. The value is in hundredths
 * of a percent (72,5 → 7250), to print with formatHundredths; the range is the caller's.
 */
export type TypedPercent = { ok: true; hundredths: bigint } | { ok: false; problem: 'empty' | 'negative' | 'dot' | 'invalid' };

export function parsePercent(typed: string): TypedPercent {
  const text = String(typed ?? '').replace(/\s/g, '').replace(/%$/, '');
  if (text === '') return { ok: false, problem: 'empty' };
  if (/^[-\u2212]\d/.test(text)) return { ok: false, problem: 'negative' };
  if (/^\d+\.\d+$/.test(text)) return { ok: false, problem: 'dot' };
  const match = /^(\d{1,3})(?:,(\d{1,2}))?$/.exec(text);
  if (!match) return { ok: false, problem: 'invalid' };
  return { ok: true, hundredths: BigInt(match[1]!) * BigInt(100) + BigInt((match[2] ?? '').padEnd(2, '0')) };
}
