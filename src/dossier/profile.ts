// The defaults of the unit's profile: where the unit left a field empty, what its documents print
// instead, read from its name and category (content/forms/common.yaml, unitNames). The island
// shows each default beside its field, so nothing is filled in behind the unit's back; ./unit.ts
// applies them. Pure, small; no docx: the dossier island imports it statically for those hints.
import type { CampaignReferences } from '../documents/types';
import { cleanLine } from '../documents/text';
import { isCommuneName, nameParts, type UnitNames } from '../documents/unitNames';
import type { DocumentForms } from '../schemas/form';
import type { QuotaCategory } from '../schemas/quota';
import type { UnitProfile } from '../schemas/unitProfile';
import type { Drafts } from '../storage/drafts';
import { fillTemplate } from '../text/vietnamese';
import type { DossierRules } from './nominees';

/** What the defaults are read from besides the profile: the wording and the unit's category. */
export interface ProfileContext {
  forms: Pick<DocumentForms, 'common' | 'meetingMinutes' | 'submissionLetter'>;
  references: Pick<CampaignReferences, 'legalBases'>;
  /** the province a provincial body writes on its date line ("Đắk Lắk") */
  province: string;
  /** the unit's category chosen in the planner, if any */
  category?: Pick<QuotaCategory, 'group'>;
}

/** The defaults of the profile's fields that have one, as the unit would type them. */
export interface ProfileDefaults {
  /** the unit's name split before its place, one line per line */
  headerName: string;
  /** the place of the date line; empty when none can be told (the unit must type it) */
  place: string;
  councilName: string;
  /** the campaign's legal bases, one per line */
  legalBases: string;
}

/** What the profile's defaults are read from: the wording, the references, the province and the unit's category. */
export function profileContext(drafts: Pick<Drafts, 'quotaPlan'>, rules: Pick<DossierRules, 'forms' | 'references' | 'quotas' | 'campaign'>): ProfileContext {
  const category = rules.quotas.find((c) => c.id === drafts.quotaPlan.categoryId);
  return { forms: rules.forms, references: rules.references, province: rules.campaign.province, ...(category ? { category } : {}) };
}

const unitNames = (context: ProfileContext): UnitNames => context.forms.common.unitNames;

/** A commune or ward writes its own name on the date line; the unit's category decides, else its name. */
function isCommune(name: string, context: ProfileContext): boolean {
  if (context.category) return context.category.group === 'xa-phuong';
  return isCommuneName(name, unitNames(context));
}

export function profileDefaults(profile: Pick<UnitProfile, 'unitName'>, context: ProfileContext): ProfileDefaults {
  const name = cleanLine(profile.unitName);
  const names = unitNames(context);
  const parts = nameParts(name, names);
  const owner = parts && names.councilOwnerDrops.some((body) => body.toLocaleLowerCase('vi') === parts.body.toLocaleLowerCase('vi')) ? parts.place : name;
  return {
    headerName: parts ? `${parts.body}\n${parts.place}` : name,
    place: isCommune(name, context) ? (parts?.placeName ?? '') : context.province,
    councilName: name ? fillTemplate(context.forms.meetingMinutes.councilName, { owner }) : '',
    legalBases: context.references.legalBases.join('\n'),
  };
}
