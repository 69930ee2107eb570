import type { Award } from '../schemas/award';
import type { Criterion } from '../schemas/criterion';
import type { KeyDate } from '../schemas/keyDate';
import type { LegalReference } from '../schemas/legalReference';
import type { NomineeKind } from '../schemas/nomineeKind';
import type { PlanDocument } from '../schemas/planDocument';
import type { Principle } from '../schemas/principle';
import type { QuotaCategory } from '../schemas/quota';

/**
 * All the rules data of content/rules, validated and in the plan's order. Astro pages load it
 * with `loadRules()` (src/content/rules.ts); Node tests with tests/support/rules.ts; islands
 * receive the parts they need as props.
 */
export interface Rules {
  planDocument: PlanDocument;
  awards: Award[];
  nomineeKinds: NomineeKind[];
  criteria: Criterion[];
  principles: Principle[];
  quotas: QuotaCategory[];
  keyDates: KeyDate[];
  legalReferences: LegalReference[];
}

const byOrder = <T extends { order: number }>(records: readonly T[]): T[] => [...records].sort((a, b) => a.order - b.order);

/** The rules in the plan's order, whatever order they were loaded in (the content store returns records by id). */
export const inPlanOrder = (rules: Rules): Rules => ({
  planDocument: rules.planDocument,
  awards: byOrder(rules.awards),
  nomineeKinds: byOrder(rules.nomineeKinds),
  criteria: byOrder(rules.criteria),
  principles: byOrder(rules.principles),
  quotas: byOrder(rules.quotas),
  keyDates: byOrder(rules.keyDates),
  legalReferences: byOrder(rules.legalReferences),
});

/**
 * The award whose quota (Mục IV.2) and dossier (Mục V.1.b) the site prepares, as named in
 * plan-document.yaml (dossier.award). Throws, naming the file, when no award has that id.
 */
export function proposedAward(rules: Pick<Rules, 'planDocument' | 'awards'>): Award {
  const id = rules.planDocument.dossier.award;
  const award = rules.awards.find((record) => record.id === id);
  if (!award) throw new Error(`content/rules/plan-document.yaml (dossier.award): không có hình thức khen thưởng "${id}" trong awards.yaml`);
  return award;
}

/** Human-readable citation of a plan clause: `muc-iii-3-2-a-g1-y3` → "Mục III.3.2.a". */
export function clauseLabel(clause: string): string {
  if (clause === 'muc-iv-luu-y') return 'Mục IV, Lưu ý';
  const parts = clause.replace(/^muc-/, '').split('-');
  const path: string[] = [];
  for (const part of parts) {
    if (/^[gy]\d+$/.test(part)) break;
    path.push(part === 'dd' ? 'đ' : part);
  }
  const [numeral, ...rest] = path;
  return ['Mục ' + (numeral ?? '').toUpperCase(), ...rest].join('.');
}

/** Link to a clause on the plan page. */
export const clauseHref = (clause: string): string => `/ke-hoach/#${clause}`;
