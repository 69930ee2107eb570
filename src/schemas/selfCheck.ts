// The answers of one eligibility self-check and the outcomes the engine gives, defined once: the
// drafts store the answers, src/domain/eligibility.ts evaluates them. zod/mini: validated in the
// browser on every read of the drafts.
import * as z from 'zod/mini';
import { emptyRecord, keyedRecord } from './recordKey';

/** A yes/no answer; absent when not answered yet. */
export const yesNo = z.enum(['yes', 'no']);
export type YesNo = z.infer<typeof yesNo>;

/**
 * One self-check in progress or finished. Numbers are kept as typed (strings) so that a
 * half-typed value is never lost; the engine parses them.
 */
export const selfCheckAnswers = z.object({
  /** id of the award in content/rules/awards.yaml */
  award: z.optional(z.string()),
  /** id of the nominee kind in content/rules/nominee-kinds.yaml */
  nomineeKind: z.optional(z.string()),
  /** answer to the recipient-scope question of the nominee kind (Mục III.1.a) */
  inScope: z.optional(yesNo),
  /** by criterion id ("yes": met) and by exclusion id ("yes": the exclusion applies) */
  answers: z._default(keyedRecord(yesNo), emptyRecord),
  /** the voter figures of a commune or ward, as typed */
  turnout: z._default(
    z.object({
      /** voters on the electoral roll (cử tri có tên trong danh sách cử tri) */
      registered: z._default(z.string(), ''),
      /** voters who voted (cử tri đã đi bầu) */
      voted: z._default(z.string(), ''),
    }),
    { registered: '', voted: '' },
  ),
});

export type SelfCheckAnswers = z.infer<typeof selfCheckAnswers>;

/**
 * What a self-check concludes: đủ điều kiện đề nghị · chưa đủ điều kiện · chưa khen thưởng while
 * a review lasts (`excluded`) · không đề nghị khen thưởng for an achievement already rewarded
 * (`already-rewarded`, for good) · chưa trả lời đủ; and `refer` for an award whose criteria the
 * plan does not set (Bằng khen Thủ tướng, Giấy khen): nothing in the plan stands in the way, the
 * criteria are those of the text the award names. Their wording is in src/domain/outcomes.ts.
 */
export const OUTCOMES = ['eligible', 'not-eligible', 'excluded', 'already-rewarded', 'incomplete', 'refer'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The key of drafts.selfChecks for the self-check not tied to a nominee yet (src/domain/attach.ts moves it to one). */
export const CURRENT_CHECK = 'current';

/** A self-check with no answer. */
export const emptySelfCheck = (): SelfCheckAnswers => z.parse(selfCheckAnswers, {});
