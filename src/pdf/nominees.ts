// The nominees of the assembly before ho-so.json is written: unique ids, the ones added by hand.
// No schema: the island imports this, and carries none of zod. Pure.
import type { DossierDataNominee } from '../schemas/dossierData';
import { newNomineeId } from '../schemas/nomineeId';

/** A nominee as the assembly reads it: ho-so.json's fields, with the id as stored in the drafts. */
export type SourceNominee = DossierDataNominee;

/**
 * The nominees with unique ids (an imported draft may repeat one): a repeated id gets "~2", "~3"…,
 * so that every nominee keeps its own slot.
 */
export function withUniqueIds<T extends { id: string }>(nominees: readonly T[]): T[] {
  const used = new Set<string>();
  return nominees.map((nominee) => {
    let id = nominee.id;
    for (let n = 2; used.has(id); n++) id = `${nominee.id}~${n}`;
    used.add(id);
    return id === nominee.id ? nominee : { ...nominee, id };
  });
}

/**
 * A nominee added by hand on the page (no draft): only its kind and name are known. Its id is a
 * new nominee id (random, as the planner's), never a counter that restarts with the page.
 */
export const manualNominee = (kind: SourceNominee['kind'], name: string, id: string = newNomineeId()): SourceNominee => ({
  id,
  kind,
  nomineeKind: null,
  name: name.normalize('NFC').replace(/\s+/g, ' ').trim(),
  position: null,
  unit: null,
  birthYear: null,
  gender: null,
  holdsLeadershipPost: null,
  womenSharePercent: null,
  selfCheck: null,
  votesInFavour: null,
  membersPresent: null,
});
