// The starting text of an achievement report, which the unit then edits: the nominee's known
// details in section I and what the self-check knows in section II. Pure; no docx (the island
// may import it statically).
import type { DocumentForms } from '../schemas/form';
import { cleanLine, fillTemplate, formatNumber, percentOf } from './text';
import type { CampaignReferences, DossierNominee } from './types';

/** What the self-check knows about a nominee. */
export interface ReportFacts {
  /** registered voters of a commune or ward (whole number) */
  registeredVoters?: number;
  /** voters who voted */
  votersVoted?: number;
  /** wording of the criteria answered "met" (criterion.text of content/rules/criteria.yaml), in order */
  criteriaMet?: string[];
}

const wholeNumber = (value: number | undefined): value is number => Number.isInteger(value) && value! >= 0;

/**
 * Proposed text of each section (section id → text), from the form's `starter` lines and the
 * self-check's facts. Sections without a starting text are absent.
 */
export function starterSections(
  forms: DocumentForms,
  references: Pick<CampaignReferences, 'criteriaClause' | 'planNumber'>,
  nominee: DossierNominee,
  facts: ReportFacts = {},
): Record<string, string> {
  const form = forms.achievementReport;
  const gender = nominee.gender ? forms.common.genders[nominee.gender] : '';
  const values = {
    name: cleanLine(nominee.name),
    position: cleanLine(nominee.position),
    unit: cleanLine(nominee.unit),
    birthYear: cleanLine(nominee.birthYear),
    gender,
  };
  const sections: Record<string, string[]> = {};
  for (const section of form.sections) {
    const lines = section.starter?.[nominee.type];
    if (lines && lines.length > 0) sections[section.id] = lines.map((line) => fillTemplate(line, values).trimEnd());
  }

  const factLines: string[] = [];
  const { registeredVoters, votersVoted } = facts;
  if (wholeNumber(registeredVoters) && wholeNumber(votersVoted) && registeredVoters > 0 && votersVoted <= registeredVoters) {
    factLines.push(
      fillTemplate(form.facts.turnout, {
        registered: formatNumber(registeredVoters),
        voted: formatNumber(votersVoted),
        turnout: percentOf(votersVoted, registeredVoters),
      }),
    );
  }
  const criteria = (facts.criteriaMet ?? []).map(cleanLine).filter(Boolean);
  if (criteria.length > 0) {
    factLines.push(fillTemplate(form.facts.criteriaIntro, { criteriaClause: references.criteriaClause, planNumber: references.planNumber }));
    for (const text of criteria) factLines.push(fillTemplate(form.facts.criterion, { text }));
  }
  if (factLines.length > 0) sections[form.facts.section] = [...(sections[form.facts.section] ?? []), ...factLines];

  return Object.fromEntries(Object.entries(sections).map(([id, lines]) => [id, lines.join('\n')]));
}
