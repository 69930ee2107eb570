// The nominees of the dossier as the editor and the documents see them: the list of the quota
// planner in the dossier's order, with each one's list summary and votes, and the text of their
// reports (as edited, else the starting text). Pure: no DOM, no Preact, no docx; the dossier
// builder imports it statically (the checks and the assembly are loaded on the first click).
import type { CampaignReferences, DossierNominee } from '../documents/types';
import { evaluateSelfCheck, type EligibilityRecords } from '../domain/eligibility';
import type { DocumentForms } from '../schemas/form';
import type { Nominee } from '../schemas/nominee';
import { groupNominees } from '../schemas/nomineeOrder';
import type { QuotaCategory } from '../schemas/quota';
import type { SelfCheckAnswers } from '../schemas/selfCheck';
import type { Drafts } from '../storage/drafts';
import { wholeNumberUpTo } from '../text/vietnamese';
import type { DossierCampaign } from './references';
import { starterSections, type ReportFacts } from './starter';

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

/** What the self-check of a nominee knows for section II of the report: voter figures and criteria met. */
export function reportFacts(check: SelfCheckAnswers | undefined, records: EligibilityRecords): ReportFacts {
  if (!check) return {};
  const result = evaluateSelfCheck(check, records);
  if (!result?.ok) return {};
  const { criteria } = result.evaluation;
  const turnout = criteria.find((c) => c.turnout)?.turnout;
  return { criteriaMet: criteria.filter((c) => c.status === 'met').map((c) => c.text), ...(turnout ? { turnout } : {}) };
}

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

/** The nominee of the list with this id, in the dossier's shape; undefined when it left the list. */
export function listedNominee(nomineeId: string, drafts: Drafts): ListedNominee | undefined {
  const planned = drafts.quotaPlan.nominees.find((n) => n.id === nomineeId);
  return planned && dossierNominee(planned, drafts);
}

/**
 * The starting text of a nominee's report (section id → text): the form's starter lines and what
 * the self-check knows. The editor shows it until the unit edits the section.
 */
export function reportStarter(nominee: Nominee, drafts: Drafts, rules: DossierRules): Record<string, string> {
  return starterSections(rules.forms, rules.references, nominee, reportFacts(drafts.selfChecks[nominee.id], rules.records));
}

/** The text of every section of a nominee's report: as edited, else the starting text, else empty. */
export function reportSections(nominee: Nominee, drafts: Drafts, rules: DossierRules): Record<string, string> {
  const stored = drafts.dossier.reports[nominee.id]?.sections ?? {};
  const starter = reportStarter(nominee, drafts, rules);
  return Object.fromEntries(rules.forms.achievementReport.sections.map((section) => [section.id, stored[section.id] ?? starter[section.id] ?? '']));
}
