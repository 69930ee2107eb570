// Voter turnout of a commune or ward (plan Mục III.3.2.a): computed from two whole numbers typed
// by the unit, never typed as a percentage. Exact integer arithmetic (BigInt), so 98.00% passes
// and 97.99% fails whatever the size of the numbers. Pure: no DOM.
import type { SelfCheckAnswers } from '../schemas/selfCheck';
import { formatCount, hundredthsOf, isBlank, parseWholeNumber } from '../text/vietnamese';

/** The two figures as typed (strings, so that half-typed input is never lost). */
export type TurnoutInput = SelfCheckAnswers['turnout'];

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

/** What each figure is called: the labels of the self-check's fields and of the paper checklist, and the messages. */
export const TURNOUT_LABELS: Record<TurnoutField, string> = {
  registered: 'Số cử tri có tên trong danh sách cử tri',
  voted: 'Số cử tri đã đi bầu',
};

const EMPTY_MESSAGES: Record<TurnoutField, string> = {
  registered: 'Nhập số cử tri có tên trong danh sách cử tri.',
  voted: 'Nhập số cử tri đã đi bầu.',
};

/** Both fields empty: the question is not answered yet (not an error by itself). */
export const isTurnoutEmpty = (input: TurnoutInput): boolean => isBlank(input.registered) && isBlank(input.voted);

type Parsed = { ok: true; value: bigint } | { ok: false; message: string };

/** More voters than any commune or ward of the province has on its roll: a typing error. */
export const MAX_VOTERS = 1_000_000;

/** One figure read by the site's whole-number rule (src/text/vietnamese.ts), or its message. */
function parseFigure(raw: string, field: TurnoutField): Parsed {
  const parsed = parseWholeNumber(raw);
  const label = TURNOUT_LABELS[field];
  if (parsed.ok) {
    return parsed.value > BigInt(MAX_VOTERS)
      ? { ok: false, message: `${label} quá lớn: tối đa ${formatCount(MAX_VOTERS)} (cử tri của một xã, phường).` }
      : parsed;
  }
  switch (parsed.problem) {
    case 'empty':
      return { ok: false, message: EMPTY_MESSAGES[field] };
    case 'negative':
      return { ok: false, message: `${label} không được là số âm.` };
    default:
      return { ok: false, message: `${label} phải là một số nguyên (chỉ gồm chữ số, không có phần thập phân), ví dụ 12500.` };
  }
}

/**
 * Computes the turnout and compares it with `minimumPercent`, or says in Vietnamese what is
 * wrong with the figures: empty, not a whole number, negative, zero registered voters, more
 * voters than registered.
 */
export function computeTurnout(input: TurnoutInput, minimumPercent: number): TurnoutResult {
  const registered = parseFigure(input.registered, 'registered');
  const voted = parseFigure(input.voted, 'voted');
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
      hundredths: hundredthsOf(voted.value, registered.value, 'down'),
      meets: voted.value * hundred >= BigInt(minimumPercent) * registered.value,
      minimumPercent,
    },
  };
}
