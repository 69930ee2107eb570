// The reviewer's marks applied to the consolidation: each nominee's status, each unit's counts, and
// the totals by category of Mục IV.2 (collectives, individuals, women, non-leaders), proposed and
// accepted. A stale mark (./marks.ts) counts as undecided. Cheap: recomputed on every mark. Pure.
import type { CategoryRef, Consolidation, UnitReview } from './consolidate';
import { statusOf, type Marks } from './marks';

export { statusOf, type Marks };

export interface KindCounts {
  collectives: number;
  individuals: number;
  /** individuals whose gender is "nu" */
  women: number;
  /** individuals who hold no leadership or management post (the plan's priority, Mục IV, Lưu ý) */
  nonLeaders: number;
  /** individuals for whom the post was answered (the base of the non-leaders' share) */
  leadershipAnswered: number;
}

export interface StatusCounts {
  accepted: number;
  returned: number;
  pending: number;
}

export interface CategoryTally {
  /** null: units that chose no category */
  category: CategoryRef | null;
  /** units that sent a dossier */
  units: number;
  proposed: KindCounts;
  accepted: KindCounts;
}

export interface Tally {
  /** by category in the plan's order (only those with a unit), those without a category last */
  categories: CategoryTally[];
  total: { units: number; proposed: KindCounts; accepted: KindCounts; statuses: StatusCounts };
  /** each unit's statuses, by unit key */
  byUnit: Map<string, StatusCounts>;
}

export const emptyCounts = (): KindCounts => ({ collectives: 0, individuals: 0, women: 0, nonLeaders: 0, leadershipAnswered: 0 });

function count(counts: KindCounts, nominee: UnitReview['nominees'][number]['data']) {
  if (nominee.kind === 'collective') {
    counts.collectives += 1;
    return;
  }
  counts.individuals += 1;
  if (nominee.gender === 'nu') counts.women += 1;
  if (nominee.holdsLeadershipPost !== null) {
    counts.leadershipAnswered += 1;
    if (!nominee.holdsLeadershipPost) counts.nonLeaders += 1;
  }
}

const add = (into: KindCounts, from: KindCounts) => {
  for (const key of Object.keys(into) as (keyof KindCounts)[]) into[key] += from[key];
};

/** Applies the marks to the consolidation. */
export function tally(consolidation: Consolidation, marks: Marks): Tally {
  const byCategory = new Map<string | null, CategoryTally>();
  const byUnit = new Map<string, StatusCounts>();
  const statuses: StatusCounts = { accepted: 0, returned: 0, pending: 0 };
  for (const unit of consolidation.units) {
    const id = unit.category?.id ?? null;
    const row = byCategory.get(id) ?? { category: unit.category, units: 0, proposed: emptyCounts(), accepted: emptyCounts() };
    byCategory.set(id, row);
    row.units += 1;
    const own: StatusCounts = { accepted: 0, returned: 0, pending: 0 };
    for (const nominee of unit.nominees) {
      const status = statusOf(marks, unit.key, nominee);
      own[status] += 1;
      statuses[status] += 1;
      count(row.proposed, nominee.data);
      if (status === 'accepted') count(row.accepted, nominee.data);
    }
    byUnit.set(unit.key, own);
  }
  const categories = [...byCategory.values()].sort((a, b) => (a.category?.order ?? Infinity) - (b.category?.order ?? Infinity));
  const proposed = emptyCounts();
  const accepted = emptyCounts();
  for (const row of categories) {
    add(proposed, row.proposed);
    add(accepted, row.accepted);
  }
  return { categories, total: { units: consolidation.units.length, proposed, accepted, statuses }, byUnit };
}
