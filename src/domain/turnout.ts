// Voter turnout of a commune or ward (plan Mục III.3.2.a): computed from two whole numbers typed
// by the unit, never typed as a percentage. Exact integer arithmetic (BigInt), so 98.00% passes
// and 97.99% fails whatever the size of the numbers. Pure: no DOM.

/** The two figures as typed (strings, so that half-typed input is never lost). */
export interface TurnoutInput {
  /** voters on the electoral roll (cử tri có tên trong danh sách cử tri) */
  registered: string;
  /** voters who voted (cử tri đã đi bầu) */
  voted: string;
}

export type TurnoutField = keyof TurnoutInput;

export interface TurnoutError {
  field: TurnoutField;
  /** Vietnamese message, shown at the field and in the error summary */
  message: string;
}

export interface Turnout {
  registered: bigint;
  voted: bigint;
  /** voted / registered in hundredths of a percent, rounded down (9 850 / 10 000 → 9850n) */
  hundredths: bigint;
  /** voted / registered ≥ minimumPercent, exactly */
  meets: boolean;
  /** the minimum the turnout is compared with, in percent */
  minimumPercent: number;
}

export type TurnoutResult = { ok: true; turnout: Turnout } | { ok: false; errors: TurnoutError[] };

/** What each figure is called in messages. */
const TURNOUT_LABELS: Record<TurnoutField, string> = {
  registered: 'Số cử tri có tên trong danh sách cử tri',
  voted: 'Số cử tri đã đi bầu',
};

const EMPTY_MESSAGES: Record<TurnoutField, string> = {
  registered: 'Nhập số cử tri có tên trong danh sách cử tri.',
  voted: 'Nhập số cử tri đã đi bầu.',
};

/** Both fields empty: the question is not answered yet (not an error by itself). */
export const isTurnoutEmpty = (input: TurnoutInput): boolean => input.registered.trim() === '' && input.voted.trim() === '';

type Parsed = { ok: true; value: bigint } | { ok: false; message: string };

/**
 * Reads a whole number as people type it: spaces are ignored and dots may group thousands the
 * Vietnamese way ("12.500"). A decimal ("97,9", "12.5"), a sign or any other character is refused.
 */
function parseWholeNumber(raw: string, field: TurnoutField): Parsed {
  const text = raw.replace(/\s/g, ''); // \s includes the no-break spaces (U+00A0, U+202F) of pasted figures
  const label = TURNOUT_LABELS[field];
  if (text === '') return { ok: false, message: EMPTY_MESSAGES[field] };
  if (/^[-\u2212]\d/.test(text)) return { ok: false, message: `${label} không được là số âm.` };
  const digits = /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text;
  if (!/^\d+$/.test(digits)) {
    return { ok: false, message: `${label} phải là một số nguyên (chỉ gồm chữ số, không có phần thập phân), ví dụ 12500.` };
  }
  return { ok: true, value: BigInt(digits) };
}

/**
 * Computes the turnout and compares it with `minimumPercent`, or says in Vietnamese what is
 * wrong with the figures: empty, not a whole number, negative, zero registered voters, more
 * voters than registered.
 */
export function computeTurnout(input: TurnoutInput, minimumPercent: number): TurnoutResult {
  const registered = parseWholeNumber(input.registered, 'registered');
  const voted = parseWholeNumber(input.voted, 'voted');
  const errors: TurnoutError[] = [];
  if (!registered.ok) errors.push({ field: 'registered', message: registered.message });
  else if (registered.value === BigInt(0)) {
    errors.push({ field: 'registered', message: `${TURNOUT_LABELS.registered} phải lớn hơn 0.` });
  }
  if (!voted.ok) errors.push({ field: 'voted', message: voted.message });
  if (errors.length > 0 || !registered.ok || !voted.ok) return { ok: false, errors };
  if (voted.value > registered.value) {
    return {
      ok: false,
      errors: [{ field: 'voted', message: `${TURNOUT_LABELS.voted} không được lớn hơn số cử tri có tên trong danh sách cử tri.` }],
    };
  }
  const hundred = BigInt(100);
  return {
    ok: true,
    turnout: {
      registered: registered.value,
      voted: voted.value,
      hundredths: (voted.value * hundred * hundred) / registered.value,
      meets: voted.value * hundred >= BigInt(minimumPercent) * registered.value,
      minimumPercent,
    },
  };
}

/** A whole number with Vietnamese thousands dots: 12500n → "12.500". */
export const formatCount = (value: bigint): string => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Hundredths of a percent with a decimal comma, rounded down: 9850n → "98,50"; with `trimZeros`,
 * as the documents write it, 9850n → "98,5" and 9800n → "98".
 */
export function formatHundredths(hundredths: bigint, trimZeros = false): string {
  const hundred = BigInt(100);
  const fraction = (hundredths % hundred).toString().padStart(2, '0');
  const shown = trimZeros ? fraction.replace(/0+$/, '') : fraction;
  const whole = formatCount(hundredths / hundred);
  return shown ? `${whole},${shown}` : whole;
}

/** A percentage in hundredths with a decimal comma, rounded down: 9799n → "97,99%". */
export const formatPercent = (hundredths: bigint): string => `${formatHundredths(hundredths)}%`;
