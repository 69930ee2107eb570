// What the assembly knows of the dossier (read from the drafts by the island's adapter, or typed
// on the page when there is no draft), and the ho-so.json it becomes. Pure.
import {
  DOSSIER_DATA_FORMAT,
  DOSSIER_DATA_VERSION,
  isSafeId,
  type DossierData,
  type DossierDataNominee,
  type DossierUnit,
} from '../schemas/dossierData';

/** A nominee as the assembly reads it: ho-so.json's fields, with the id as stored in the drafts. */
export type SourceNominee = DossierDataNominee;

/** The dossier as the assembly page starts from it. */
export interface AssemblySource {
  /** number of the plan, e.g. "0125/KH-UBND" */
  plan: string;
  /** the unit; `name` may be empty (the page then asks for it) */
  unit: DossierUnit;
  /** the nominees in the order of the list (collectives, then individuals) */
  nominees: SourceNominee[];
  meeting: DossierData['meeting'];
  letter: DossierData['letter'];
  /** true when the nominees come from the dossier drafts of this device */
  fromDrafts: boolean;
}

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

/** The data of ho-so.json before the merge adds the documents, and the id each nominee gets in it. */
export interface PreparedData {
  data: Omit<DossierData, 'documents' | 'pageCount'>;
  /** draft id → id in ho-so.json */
  ids: Map<string, string>;
}

/**
 * ho-so.json's data for `source`, the unit's name being `unitName`. Ids that are unsafe as object
 * keys or HTML ids (an imported draft may hold anything) are replaced by "doi-tuong-<n>" (ids must be unique: see withUniqueIds).
 */
export function prepareData(source: AssemblySource, unitName: string, generatedAt: Date): PreparedData {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const nominees = source.nominees.map((nominee, index) => {
    let id = isSafeId(nominee.id) && !used.has(nominee.id) ? nominee.id : `doi-tuong-${index + 1}`;
    for (let n = 2; used.has(id); n++) id = `doi-tuong-${index + 1}-${n}`;
    used.add(id);
    ids.set(nominee.id, id);
    return { ...nominee, id };
  });
  return {
    data: {
      format: DOSSIER_DATA_FORMAT,
      version: DOSSIER_DATA_VERSION,
      generatedAt: generatedAt.toISOString(),
      plan: source.plan,
      unit: { ...source.unit, name: unitName.normalize('NFC').replace(/\s+/g, ' ').trim() },
      nominees,
      meeting: source.meeting,
      letter: source.letter,
    },
    ids,
  };
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
