import { z } from 'astro/zod';
import { clauseId, legalBasis, recordId, vietnameseText } from './clause';

const base = {
  /** stable id */
  id: recordId,
  /** position among records of the same kind */
  order: z.number().int().positive(),
  /** the wording of the cited text */
  text: vietnameseText,
  /** the plan clause, where the plan says it */
  clause: clauseId.optional(),
  /** provisions of laws and decrees it rests on */
  legalBasis: z.array(legalBasis).default([]),
};

const cited = <T extends { clause?: unknown; legalBasis: unknown[] }>(record: T) =>
  record.clause !== undefined || record.legalBasis.length > 0;
const citedMessage = { message: 'phải dẫn điều khoản của Kế hoạch (clause) hoặc căn cứ pháp lý (legalBasis)', path: ['clause'] };

/**
 * A principle of the awards (plan Mục III.1.b), an exclusion (a circumstance in which no award is
 * given or proposed), or a priority between equally qualified nominees.
 */
export const principle = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('principle'), ...base }),
    z.object({
      kind: z.literal('exclusion'),
      ...base,
      /** the yes/no question the self-check asks; "yes" means the exclusion applies */
      question: vietnameseText,
      /**
       * true: the exclusion bars this achievement for good (one achievement, one award: Mục III.1.b,
       * second dash), so the self-check says "không đề nghị khen thưởng cho thành tích này"; false:
       * no award only while the review lasts ("chưa khen thưởng", fourth dash)
       */
      permanent: z.boolean().default(false),
    }),
    z.object({ kind: z.literal('priority'), ...base }),
  ])
  .refine(cited, citedMessage);

export type Principle = z.infer<typeof principle>;
export type Exclusion = Extract<Principle, { kind: 'exclusion' }>;
