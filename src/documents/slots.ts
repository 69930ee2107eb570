// Values of the template slots that several documents share. Pure; no docx.
import type { CampaignSlot } from '../schemas/form';
import { fillTemplate } from '../text/vietnamese';
import { cleanLine } from './text';
import type { CampaignReferences, ProposingUnit } from './types';

/** {unitName}, {addressee}, {awardName}, {campaignName}: exactly the slots the form schema allows. */
export const campaignSlots = (unit: Pick<ProposingUnit, 'name'>, references: CampaignReferences): Record<CampaignSlot, string> => ({
  unitName: cleanLine(unit.name),
  addressee: references.addressee,
  awardName: references.awardName,
  campaignName: references.campaignName,
});

/** "TTr-UBND", "BB-HĐTĐKT": a form's number symbol with the unit's symbol ("…" when not given). */
export const numberSymbol = (template: string, unitSymbol: string): string =>
  fillTemplate(template, { unitSymbol: cleanLine(unitSymbol) || '…' });
