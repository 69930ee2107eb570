// Puts rules records that have no `order` field in the plan's order (pure).
import type { Award } from '../schemas/award';
import type { Criterion } from '../schemas/criterion';
import type { NomineeKind } from '../schemas/nomineeKind';
import { compareClauses } from './plan/clauseOrder';

/** The award forms in the order of plan Mục III.2. */
export const awardsInPlanOrder = (awards: Award[]): Award[] => [...awards].sort((a, b) => compareClauses(a.clause, b.clause));

/** Nominee kinds in the order the plan gives their criteria (Mục III.3.2: xã, phường; cơ quan; cá nhân). */
export function nomineeKindsInPlanOrder(kinds: NomineeKind[], criteria: Criterion[]): NomineeKind[] {
  const firstClause = (kind: NomineeKind) =>
    criteria
      .filter((criterion) => criterion.nomineeKind === kind.id)
      .map((criterion) => criterion.clause)
      .sort(compareClauses)[0] ?? kind.recipientScope.clause;
  return [...kinds].sort((a, b) => compareClauses(firstClause(a), firstClause(b)));
}
