import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';
import { NOMINEE_TYPES } from './nominee';
import { QUOTA_GROUPS } from './quota';

const nomineeType = z.enum(NOMINEE_TYPES);

/** A kind of nominee the provincial criteria distinguish (plan Mục III.1.a, III.3.2). */
export const nomineeKind = z.object({
  /** stable id, e.g. xa-phuong */
  id: recordId,
  /** position in the plan's order (the order of the file) */
  order: z.number().int().positive(),
  /** collective or individual */
  nomineeType,
  /** name shown to the reader */
  name: vietnameseText,
  /** one-sentence description of who this kind covers */
  description: vietnameseText,
  /**
   * the groups of units of the quota table (Mục IV.2) whose lists may hold this kind: a commune
   * proposes itself as a collective, a provincial body its own units; anyone proposes individuals
   */
  proposedBy: z.array(z.enum(QUOTA_GROUPS)).min(1),
  /** the plan's wording of who may be rewarded, asked first in the self-check */
  recipientScope: z.object({
    /** the plan's wording */
    text: vietnameseText,
    /** the yes/no question the self-check asks */
    question: vietnameseText,
    /** the clause cited */
    clause: clauseId,
  }),
});

export type NomineeKind = z.infer<typeof nomineeKind>;
