// The nominees of the dossier as the editor and the documents see them: the list of the quota
// planner in the dossier's order, with each one's list summary and votes (the text of their
// reports is in ./reportText.ts). Pure: no DOM, no Preact, no docx; the dossier builder imports it
// statically, for its first screen.
import type { CampaignReferences, DossierNominee } from '../documents/types';
import type { EligibilityRecords } from '../domain/eligibility';
import type { DocumentForms, NomineeWording } from '../schemas/form';
import type { Nominee } from '../schemas/nominee';
import { groupNominees } from '../schemas/nomineeOrder';
import type { QuotaCategory } from '../schemas/quota';
import type { Drafts } from '../storage/drafts';
import { comparableName, isBlank, quotedName, wholeNumberUpTo } from '../text/vietnamese';
import type { DossierCampaign } from './references';

/** What the dossier is assembled and checked with; the Astro page passes it to the island as props. */
export interface DossierRules {
  /** the documents' wording (content/forms) */
  forms: DocumentForms;
  /** the campaign's references (campaignReferences() of src/dossier/references.ts) */
  references: CampaignReferences;
  /** the quota categories of content/rules/quotas.yaml */
  quotas: QuotaCategory[];
  /** what self-checks are evaluated with (eligibilityRecords(rules)) */
  records: EligibilityRecords;
  /** the province and the dates of the campaign (dossierCampaign() of src/dossier/references.ts) */
  campaign: DossierCampaign;
}

/** A nominee of the list with its list summary and votes; the dossier's assembly adds its own unit. */
export type ListedNominee = Omit<DossierNominee, 'ownUnit'>;

/** Most members a council can have, and so most votes: more is a typing error. */
export const MAX_MEMBERS = 999;

/** A count of council members or votes as typed, read by the site's whole-number rule; NaN when it is not one. */
export const memberCount = (typed: string | undefined): number => wholeNumberUpTo(typed ?? '', MAX_MEMBERS) ?? Number.NaN;

/** A nominee of the quota plan as the documents need it, with the list and vote data of its report draft. */
export function dossierNominee(nominee: Nominee, drafts: Drafts): ListedNominee {
  const report = drafts.dossier.reports[nominee.id];
  return { ...nominee, achievementSummary: report?.achievementSummary ?? '', votesInFavour: memberCount(report?.votesInFavour) };
}

/** The nominees in the order of the list: collectives first, then individuals, each as the planner orders them. */
export function dossierNominees(drafts: Drafts): ListedNominee[] {
  const { collective, individual } = groupNominees(drafts.quotaPlan.nominees);
  return [...collective, ...individual].map((nominee) => dossierNominee(nominee, drafts));
}

/** How a message names a nominee of the list. */
export type NomineeNaming = (nominee: { id: string; name: string }) => string;

/**
 * Names the nominees of a list in messages: by their name in quotes, and, when that does not tell
 * them apart (a name left empty, or the same name twice), with their group and number in the list
 * as the documents number them: “Nguyễn Văn A” (cá nhân số 2), cá nhân số 3 (chưa có tên).
 */
export function nomineeNaming(nominees: readonly ListedNominee[], groups: NomineeWording['nomineeGroups']): NomineeNaming {
  const counts = new Map<string, number>();
  for (const nominee of nominees) counts.set(comparableName(nominee.name), (counts.get(comparableName(nominee.name)) ?? 0) + 1);
  const positions = new Map<string, string>();
  const { collective, individual } = groupNominees(nominees);
  for (const group of [collective, individual]) {
    group.forEach((nominee, index) => positions.set(nominee.id, `${groups[nominee.type].toLocaleLowerCase('vi')} số ${index + 1}`));
  }
  return (nominee) => {
    const position = positions.get(nominee.id);
    if (!position) return quotedName(nominee.name);
    if (isBlank(nominee.name)) return `${position} ${quotedName(nominee.name)}`;
    return (counts.get(comparableName(nominee.name)) ?? 0) > 1 ? `${quotedName(nominee.name)} (${position})` : quotedName(nominee.name);
  };
}

/** The nominee of the list with this id, in the dossier's shape; undefined when it left the list. */
export function listedNominee(nomineeId: string, drafts: Drafts): ListedNominee | undefined {
  const planned = drafts.quotaPlan.nominees.find((n) => n.id === nomineeId);
  return planned && dossierNominee(planned, drafts);
}
