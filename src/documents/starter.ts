// The starting text of an achievement report, which the unit then edits: the nominee's known
// details in section I and what the self-check knows in section II. Pure; no docx (the island
// may import it statically).
import { formatCount, formatHundredths, type Turnout } from '../domain/turnout';
import type { DocumentForms } from '../schemas/form';
import { cleanLine, fillTemplate } from './text';
import type { CampaignReferences, DossierNominee } from './types';

/** What the self-check knows about a nominee. */
export interface ReportFacts {
  /** the voter turnout of a commune or ward, as the self-check computed it from valid figures */
  turnout?: Pick<Turnout, 'registered' | 'voted' | 'hundredths'>;
  /** wording of the criteria answered "met" (criterion.text of content/rules/criteria.yaml), in order */
  criteriaMet?: string[];
}

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
  const { turnout } = facts;
  if (turnout) {
    factLines.push(
      fillTemplate(form.facts.turnout, {
        registered: formatCount(turnout.registered),
        voted: formatCount(turnout.voted),
        turnout: formatHundredths(turnout.hundredths, true),
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
