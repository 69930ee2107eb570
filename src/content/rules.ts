import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { inPlanOrder, type Rules } from '../domain/rules';

const data = async <C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> =>
  (await getCollection(name)).map((entry) => entry.data);

/** Loads every rules collection in the plan's order (the store returns records by id). */
export async function loadRules(): Promise<Rules> {
  const [planDocument] = await data('planDocument');
  if (!planDocument) throw new Error('content/rules/plan-document.yaml: thiếu bản ghi');
  return inPlanOrder({
    planDocument,
    awards: await data('awards'),
    nomineeKinds: await data('nomineeKinds'),
    criteria: await data('criteria'),
    principles: await data('principles'),
    quotas: await data('quotas'),
    keyDates: await data('keyDates'),
    legalReferences: await data('legalReferences'),
  });
}
