// The text of a nominee's achievement report: the starting text (the form's starter lines and
// what the self-check knows), and each section as edited, else that starting text. Pure; the
// report editors and the checks load it, not the first screen of the dossier builder.
import { evaluateSelfCheck, type EligibilityRecords } from '../domain/eligibility';
import type { Nominee } from '../schemas/nominee';
import type { SelfCheckAnswers } from '../schemas/selfCheck';
import type { Drafts } from '../storage/drafts';
import type { DossierRules } from './nominees';
import { starterSections, type ReportFacts } from './starter';

/** What the self-check of a nominee knows for section II of the report: voter figures and criteria met. */
export function reportFacts(check: SelfCheckAnswers | undefined, records: EligibilityRecords): ReportFacts {
  if (!check) return {};
  const result = evaluateSelfCheck(check, records);
  if (!result?.ok) return {};
  const { criteria } = result.evaluation;
  const turnout = criteria.find((c) => c.turnout)?.turnout;
  return { criteriaMet: criteria.filter((c) => c.status === 'met').map((c) => c.text), ...(turnout ? { turnout } : {}) };
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
