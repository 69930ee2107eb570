// The starting text of an achievement report, which the unit then edits: the nominee's known
// details in section I and what the self-check knows in section II. Pure; no docx.
import type { Turnout } from '../domain/turnout';
import type { DocumentForms } from '../schemas/form';
import type { Nominee } from '../schemas/nominee';
import { STARTER_SLOTS, type StarterSlot } from '../schemas/starterSlots';
import { fillTemplate, formatCount, formatHundredths, pad2, parseTypedDate } from '../text/vietnamese';
import { cleanLine } from '../documents/text';
import type { CampaignReferences } from '../documents/types';

/** What the self-check knows about a nominee. */
export interface ReportFacts {
  /** the voter turnout of a commune or ward, as the self-check computed it from valid figures */
  turnout?: Pick<Turnout, 'registered' | 'voted' | 'hundredths'>;
  /** wording of the criteria answered "met" (criterion.text of content/rules/criteria.yaml), in order */
  criteriaMet?: string[];
}

/** Years a date of birth may fall in. */
export const BIRTH_YEARS = { from: 1900, to: 2100 } as const;

/** A full date of birth as typed ("5/3/1985"), read; undefined unless day, month and year are all given and real. */
export function fullBirthDate(typed: string): { day: number; month: number; year: number } | undefined {
  const date = parseTypedDate(typed, BIRTH_YEARS);
  return date?.day !== undefined && date.month !== undefined ? { day: date.day, month: date.month, year: date.year } : undefined;
}

/** The date of birth as the report writes it: "05/03/1985" where the unit gave the full date, else the year. */
export function birthDateText(nominee: Pick<Nominee, 'birthDate' | 'birthYear'>): string {
  const date = fullBirthDate(nominee.birthDate ?? '');
  return date ? `${pad2(date.day)}/${pad2(date.month)}/${date.year}` : cleanLine(nominee.birthYear ?? '');
}

/** The values of the starter templates' slots: every text field of the nominee, the gender in words, the date of birth in full. */
function slotValues(forms: DocumentForms, nominee: Pick<Nominee, StarterSlot>): Record<StarterSlot, string> {
  const values = Object.fromEntries(STARTER_SLOTS.map((slot) => [slot, cleanLine(String(nominee[slot] ?? ''))])) as Record<StarterSlot, string>;
  values.gender = nominee.gender ? forms.common.genders[nominee.gender] : '';
  values.birthDate = birthDateText(nominee);
  return values;
}

/**
 * Proposed text of each section (section id → text), from the form's `starter` lines and the
 * self-check's facts. Sections without a starting text are absent.
 */
export function starterSections(
  forms: DocumentForms,
  references: Pick<CampaignReferences, 'criteriaClause' | 'planNumber'>,
  nominee: Pick<Nominee, 'type' | StarterSlot>,
  facts: ReportFacts = {},
): Record<string, string> {
  const form = forms.achievementReport;
  const values = slotValues(forms, nominee);
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
