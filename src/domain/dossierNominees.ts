// What the dossier builder shows while the unit edits: the nominees in the order of the list, the
// starting text of their reports, and the ids of the fields that the consistency messages link
// to. Kept apart from src/domain/dossier.ts (assembly and consistency rules), which the island
// loads only when a document is asked for. Pure: no DOM, no Preact.
import { starterSections, type ReportFacts } from '../documents/starter';
import { groupNominees } from '../documents/text';
import type { CampaignReferences, DossierNominee, EarlierAward } from '../documents/types';
import type { DocumentForms } from '../schemas/form';
import type { QuotaCategory } from '../schemas/quota';
import type { Drafts } from '../storage/drafts';
import type { NomineeDraft } from '../storage/quotaPlanDraft';
import type { SelfCheckDraft } from '../storage/selfCheckDraft';
import { evaluateSelfCheck, type EligibilityRecords } from './eligibility';

/** What the dossier is assembled and checked with; the Astro page passes it to the island as props. */
export interface DossierRules {
  /** the documents' wording (content/forms) */
  forms: DocumentForms;
  /** the campaign's references (campaignReferences() of src/documents/references.ts) */
  references: CampaignReferences;
  /** the quota categories of content/rules/quotas.yaml */
  quotas: QuotaCategory[];
  /** what self-checks are evaluated with (eligibilityRecords(rules)) */
  records: EligibilityRecords;
}

/** The quota planner's list, where nominees are added, removed and renamed. */
export const QUOTA_PLANNER_HREF = '/so-luong/#lap-danh-sach';

/** Ids of the dossier builder's fields on /ho-so/; the consistency messages link to them. */
export const FIELD_IDS = {
  profile: {
    governingBody: 'hs-co-quan-chu-quan',
    unitName: 'hs-ten-don-vi',
    unitSymbol: 'hs-ky-hieu',
    place: 'hs-dia-danh',
    signerAuthority: 'hs-tham-quyen-ky',
    signerTitle: 'hs-chuc-vu-nguoi-ky',
    signerName: 'hs-nguoi-ky',
    councilChair: 'hs-chu-tich-hoi-dong',
    councilSecretary: 'hs-thu-ky-hoi-dong',
  },
  meeting: {
    minutesNumber: 'hs-so-bien-ban',
    date: 'hs-ngay-hop',
    startTime: 'hs-gio-bat-dau',
    endTime: 'hs-gio-ket-thuc',
    venue: 'hs-dia-diem-hop',
    membersTotal: 'hs-tong-thanh-vien',
    membersPresent: 'hs-thanh-vien-co-mat',
    letterNumber: 'hs-so-to-trinh',
    letterDate: 'hs-ngay-to-trinh',
    campaignAccount: 'hs-tom-tat-phong-trao',
    reportDate: 'hs-ngay-bao-cao',
  },
} as const;

/** A nominee id made safe for an HTML id (ids are random, but imported drafts may hold anything). */
const idPart = (nomineeId: string) => nomineeId.replace(/[^A-Za-z0-9_-]/g, '-');

/** Ids of one nominee's fields on /ho-so/. */
export const nomineeFieldIds = (nomineeId: string) => {
  const base = `hs-${idPart(nomineeId)}`;
  return {
    /** the nominee's block (heading) in the report editor */
    report: `${base}-bao-cao`,
    achievementSummary: `${base}-tom-tat`,
    votesInFavour: `${base}-phieu`,
    section: (sectionId: string) => `${base}-${sectionId}`,
    award: (index: number, column: keyof EarlierAward) => `${base}-kt-${index + 1}-${column}`,
  };
};

// ---------------------------------------------------------------------------------------------
// Typed values

/** A whole number as typed (spaces ignored), or null. */
export function parseWholeNumber(typed: string): number | null {
  const text = typed.replace(/\s/g, '');
  return /^\d{1,6}$/.test(text) ? Number(text) : null;
}

// ---------------------------------------------------------------------------------------------
// Nominees and the starting text of their reports

/** What the self-check of a nominee knows for section II of the report: voter figures and criteria met. */
export function reportFacts(check: SelfCheckDraft | undefined, records: EligibilityRecords): ReportFacts {
  if (!check) return {};
  const result = evaluateSelfCheck(check, records);
  if (!result?.ok) return {};
  const { criteria } = result.evaluation;
  const turnout = criteria.find((c) => c.turnout)?.turnout;
  return { criteriaMet: criteria.filter((c) => c.status === 'met').map((c) => c.text), ...(turnout ? { turnout } : {}) };
}

/** A nominee of the quota plan as the documents need it, with the list and vote data of its report draft. */
export function dossierNominee(nominee: NomineeDraft, drafts: Drafts): DossierNominee {
  const report = drafts.dossier.reports[nominee.id];
  const votes = parseWholeNumber(report?.votesInFavour ?? '');
  return {
    id: nominee.id,
    type: nominee.type,
    name: nominee.name,
    position: nominee.type === 'individual' ? nominee.position : '',
    unit: nominee.type === 'individual' ? nominee.unit : '',
    birthYear: nominee.type === 'individual' ? nominee.birthYear : '',
    gender: nominee.type === 'individual' ? nominee.gender : '',
    achievementSummary: report?.achievementSummary ?? '',
    votesInFavour: votes ?? Number.NaN,
  };
}

/** The nominees in the order of the list: collectives first, then individuals, each as the planner orders them. */
export function dossierNominees(drafts: Drafts): DossierNominee[] {
  const nominees = drafts.quotaPlan.nominees.map((nominee) => dossierNominee(nominee, drafts));
  const { collective, individual } = groupNominees(nominees);
  return [...collective, ...individual];
}

/**
 * The starting text of a nominee's report (section id → text): the form's starter lines and what
 * the self-check knows. The editor shows it until the unit edits the section.
 */
export function reportStarter(nominee: DossierNominee, drafts: Drafts, rules: DossierRules): Record<string, string> {
  return starterSections(rules.forms, rules.references, nominee, reportFacts(drafts.selfChecks[nominee.id], rules.records));
}

/** The text of every section of a nominee's report: as edited, else the starting text, else empty. */
export function reportSections(nominee: DossierNominee, drafts: Drafts, rules: DossierRules): Record<string, string> {
  const stored = drafts.dossier.reports[nominee.id]?.sections ?? {};
  const starter = reportStarter(nominee, drafts, rules);
  return Object.fromEntries(rules.forms.achievementReport.sections.map((section) => [section.id, stored[section.id] ?? starter[section.id] ?? '']));
}

