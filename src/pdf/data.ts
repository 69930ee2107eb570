// What the assembly knows of the dossier (read from the drafts by the island's adapter, or typed
// on the page when there is no draft), and the ho-so.json it becomes. Pure.
import { DOSSIER_DATA_FORMAT, DOSSIER_DATA_VERSION, isSafeId, type DossierData, type DossierUnit } from '../schemas/dossierData';
import type { MergeMetadata } from './merge';
import type { SourceNominee } from './nominees';

export type { SourceNominee };

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

/** What the PDF's metadata cites about the campaign (from content/, through the page). */
export interface CampaignWords {
  /** e.g. "0125/KH-UBND" */
  planNumber: string;
  /** e.g. "Bằng khen của Chủ tịch UBND tỉnh" */
  awardName: string;
  /** the campaign's name, lower case, for sentences */
  campaignName: string;
}

/** The merged PDF's title, author, subject and keywords, in Vietnamese. */
export const dossierMetadata = (unitName: string, words: CampaignWords): MergeMetadata => ({
  title: `Hồ sơ đề nghị khen thưởng của ${unitName}`,
  author: unitName,
  subject: `Hồ sơ đề nghị tặng ${words.awardName} trong ${words.campaignName} (Kế hoạch số ${words.planNumber})`,
  keywords: [`Kế hoạch ${words.planNumber}`, 'hồ sơ đề nghị khen thưởng', unitName],
  creator: 'Thi đua Bầu cử 2026 · Đắk Lắk (ghép hồ sơ trên trình duyệt)',
});
