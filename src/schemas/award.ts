import { z } from 'astro/zod';
import { clauseId, recordId, vietnameseText } from './clause';

/** One of the three award forms of plan Mục III.2. */
export const award = z.object({
  /** stable id, used by criteria and nominees */
  id: recordId,
  /** position in the plan's order (the order of the file) */
  order: z.number().int().positive(),
  /** full name of the award as the plan writes it */
  name: vietnameseText,
  /** short name for tight places (tables, buttons) */
  shortName: vietnameseText,
  /**
   * the name written in full, as the dossier's documents print it (Nghị định 30: one form of a
   * body's name per document, in full); the documents use `name` when absent
   */
  documentName: vietnameseText.optional(),
  /** level of the award: state, province, or agency/commune */
  level: z.enum(['nha-nuoc', 'tinh', 'co-quan-xa-phuong']),
  /** who signs the award */
  grantedBy: vietnameseText,
  /** where the plan names this award form */
  clause: clauseId,
  /** where the criteria come from: the plan, a guidance we do not reproduce, or the granting head's own rules */
  criteriaBasis: z.enum(['plan', 'external-guidance', 'own-authority']),
  /** the plan clause on the criteria */
  criteriaClause: clauseId,
  /** id of the external guidance in legal-references.yaml (only for external-guidance) */
  guidance: z.string().optional(),
  /** what the reader must know about the criteria */
  criteriaNote: vietnameseText,
  /** who selects or decides, as the plan says */
  selectionNote: vietnameseText,
  /** the plan clause on selection */
  selectionClause: clauseId,
}).refine((a) => a.criteriaBasis !== 'external-guidance' || !!a.guidance, {
  message: 'hình thức khen thưởng có tiêu chuẩn theo văn bản hướng dẫn riêng phải ghi mã văn bản đó (guidance)',
  path: ['guidance'],
});

export type Award = z.infer<typeof award>;
