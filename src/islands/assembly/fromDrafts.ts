// What the assembly page shows of the dossier drafts of this device: the unit's name and the
// nominees' ids, kinds and names, light on the island's first load. The data of ho-so.json is read
// from the drafts by the dossier layer (src/dossier/dossierData.ts), in the worker, at merge time.
import type { SlotNominee } from '../../pdf/slots';
import type { Drafts } from '../../storage/drafts';

const text = (typed: string | undefined): string => (typed ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** The unit's name and the nominees of the list as the slots need them (the order is the slots' business). */
export function draftSlots(drafts: Drafts): { unitName: string; nominees: SlotNominee[] } {
  return {
    unitName: text(drafts.dossier.profile.unitName),
    nominees: drafts.quotaPlan.nominees.map((nominee) => ({ id: nominee.id, kind: nominee.type, name: text(nominee.name) })),
  };
}
