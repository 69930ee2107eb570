// The nominees of the assembly before ho-so.json is written: unique ids, the ones added by hand.
// Type imports only, so that the island carries none of the schema. Pure.
import type { DossierDataNominee } from '../schemas/dossierData';

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

/** A nominee added by hand on the page (no draft): only its kind and name are known. */
export const manualNominee = (id: string, kind: SourceNominee['kind'], name: string): SourceNominee => ({
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
