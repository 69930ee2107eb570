// The order of nominees in every document and list of the dossier (a module of its own, so that
// the islands that only read drafts do not carry it).
import type { NomineeType } from './nominee';

/** Collectives first, then individuals, each in the given order. */
export function groupNominees<T extends { type: NomineeType }>(nominees: readonly T[]): { collective: T[]; individual: T[] } {
  return {
    collective: nominees.filter((n) => n.type === 'collective'),
    individual: nominees.filter((n) => n.type === 'individual'),
  };
}
