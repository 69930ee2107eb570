import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { Rules } from '../domain/rules';

const byOrder = <T extends { order: number }>(records: T[]) => [...records].sort((a, b) => a.order - b.order);
const data = async <C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> =>
  (await getCollection(name)).map((entry) => entry.data);

/** Loads every rules collection in the plan's order (the store returns records by id). */
export async function loadRules(): Promise<Rules> {
  const [planDocument] = await data('planDocument');
  if (!planDocument) throw new Error('content/rules/plan-document.yaml: thiếu bản ghi');
  return {
    planDocument,
    awards: byOrder(await data('awards')),
    nomineeKinds: byOrder(await data('nomineeKinds')),
    criteria: byOrder(await data('criteria')),
    principles: byOrder(await data('principles')),
    quotas: byOrder(await data('quotas')),
    keyDates: byOrder(await data('keyDates')),
    legalReferences: byOrder(await data('legalReferences')),
  };
}
