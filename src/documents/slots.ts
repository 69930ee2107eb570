// Values of the template slots that several documents share. Pure; no docx.
import { cleanLine, fillTemplate } from './text';
import type { CampaignReferences, UnitProfile } from './types';

/** {unitName}, {addressee}, {awardName}, {campaignName}. */
export const campaignSlots = (profile: UnitProfile, references: CampaignReferences) => ({
  unitName: cleanLine(profile.unitName),
  addressee: references.addressee,
  awardName: references.awardName,
  campaignName: references.campaignName,
});

/** "TTr-UBND", "BB-HĐTĐKT": a form's number symbol with the unit's symbol ("…" when not given). */
export const numberSymbol = (template: string, unitSymbol: string): string =>
  fillTemplate(template, { unitSymbol: cleanLine(unitSymbol) || '…' });
