// The dossier as the drafts of this device hold it, for ho-so.json (the data embedded in the
// one-PDF dossier, src/schemas/dossierData.ts): the unit, its quota category, the nominees in the
// order of the list with their self-check outcome and votes, the meeting and the letter. Without a
// list on the device, the reports added by hand and the category asked on the page take their
// place. Pure; the assembly's Web Worker imports it when the PDF is made.
import type { EligibilityRecords } from '../domain/eligibility';
import { summariseSelfCheck } from '../domain/quotas';
import type { AssemblySource, SourceNominee } from '../pdf/data';
import { withUniqueIds } from '../pdf/nominees';
import { inListOrder } from '../pdf/slots';
import type { DossierSelfCheck, DossierUnit } from '../schemas/dossierData';
import type { QuotaCategory } from '../schemas/quota';
import type { Drafts } from '../storage/drafts';
import { parsePercent, parseTypedDate, wholeNumberUpTo } from '../text/vietnamese';
import { dossierNominee, MAX_MEMBERS, memberCount } from './nominees';
import { fullBirthDate } from './starter';
import type { UnitChoice } from './unitChoice';

export type { UnitChoice };

/** What the page passes for reading the drafts: the plan's number, the quota categories, the self-check rules. */
export interface DraftRules {
  planNumber: string;
  quotas: Pick<QuotaCategory, 'id' | 'label' | 'basis'>[];
  records: EligibilityRecords;
}

const text = (typed: string | undefined): string => (typed ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const orNull = (typed: string | undefined): string | null => text(typed) || null;
/** A share of women as typed, in percent (72,5 → 72.5); null when empty or not a share from 0 to 100. */
const shareOrNull = (typed: string): number | null => {
  const share = parsePercent(typed);
  return share.ok && share.hundredths <= BigInt(10000) ? Number(share.hundredths) / 100 : null;
};
const countOrNull = (typed: string): number | null => (Number.isInteger(memberCount(typed)) ? memberCount(typed) : null);

/** A full date of birth as typed ("05/3/1985") in ISO ("1985-03-05"), when it is in the year of birth given; null otherwise. */
function birthDateOf(typed: string, birthYear: number | null): string | null {
  const date = fullBirthDate(typed);
  if (!date || date.year !== birthYear) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** A date as typed on /ho-so/ ("05/3/2026", "3/2026", "2026") in ISO with the same precision; null when blank or unreadable. */
function isoFromTyped(typed: string): string | null {
  const parsed = parseTypedDate(typed);
  if (!parsed) return null;
  const { year, month, day } = parsed;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(year), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join('-');
}

function selfCheckOf(drafts: Drafts, id: string, records: EligibilityRecords): DossierSelfCheck | null {
  const summary = summariseSelfCheck(drafts.selfChecks[id], records);
  return summary ? { outcome: summary.outcome, reasons: (summary.reasons ?? []).map((reason) => ({ text: reason.text, clause: reason.clause ?? null })) } : null;
}

/** ho-so.json's fields of the unit's category for `choice`: null where nothing (known) is chosen. */
export function unitCategory(quotas: DraftRules['quotas'], choice: UnitChoice): Pick<DossierUnit, 'categoryId' | 'categoryLabel' | 'categoryUnit' | 'groupCount'> {
  const category = quotas.find((quota) => quota.id === choice.categoryId);
  return {
    categoryId: category?.id ?? null,
    categoryLabel: category?.label ?? null,
    categoryUnit: category ? orNull(choice.unitName) : null,
    groupCount: category && category.basis !== 'unit' ? wholeNumberUpTo(choice.groupCount, MAX_MEMBERS) : null,
  };
}

/**
 * The dossier as the drafts of this device hold it (null or empty where nothing was typed), the
 * nominees in the planner's order: the caller puts collectives first.
 */
export function assemblySource(drafts: Drafts, rules: DraftRules): AssemblySource {
  const { profile, meeting } = drafts.dossier;
  const plan = drafts.quotaPlan;
  const present = countOrNull(meeting.membersPresent);
  const nominees = plan.nominees.map((entry): SourceNominee => {
    const nominee = dossierNominee(entry, drafts);
    const individual = nominee.type === 'individual';
    const typedYear = individual ? wholeNumberUpTo(nominee.birthYear, 2100) : null;
    const birthYear = typedYear !== null && typedYear >= 1900 ? typedYear : null;
    return {
      id: nominee.id,
      kind: nominee.type,
      nomineeKind: entry.nomineeKind ?? drafts.selfChecks[nominee.id]?.nomineeKind ?? null,
      name: text(nominee.name),
      position: individual ? orNull(nominee.position) : null,
      unit: individual ? orNull(nominee.unit) : null,
      birthYear,
      birthDate: individual ? birthDateOf(nominee.birthDate, birthYear) : null,
      gender: individual && nominee.gender !== '' ? nominee.gender : null,
      holdsLeadershipPost: individual ? (entry.holdsLeadershipPost ?? null) : null,
      womenSharePercent: individual ? null : shareOrNull(entry.womenSharePercent),
      selfCheck: selfCheckOf(drafts, nominee.id, rules.records),
      votesInFavour: Number.isInteger(nominee.votesInFavour) ? nominee.votesInFavour : null,
      membersPresent: present,
    };
  });
  return {
    plan: rules.planNumber,
    unit: { name: text(profile.unitName), symbol: text(profile.unitSymbol), ...unitCategory(rules.quotas, plan) },
    nominees,
    meeting: {
      minutesNumber: orNull(meeting.minutesNumber),
      date: isoFromTyped(meeting.date),
      membersTotal: countOrNull(meeting.membersTotal),
      membersPresent: present,
    },
    letter: { number: orNull(meeting.letterNumber), date: isoFromTyped(meeting.letterDate) },
    fromDrafts: nominees.length > 0,
  };
}

/** What the assembly page adds when the device has no list: the reports added by hand, and the unit's category asked on the page. */
export interface HandAssembly {
  nominees: SourceNominee[];
  category: UnitChoice;
}

/**
 * The dossier that ho-so.json is written from: the drafts' list, or, without one, the reports
 * added by hand with the category chosen on the page. Collectives first; ids unique.
 */
export function mergeSource(drafts: Drafts, rules: DraftRules, hand: HandAssembly): AssemblySource {
  const base = assemblySource(drafts, rules);
  if (base.fromDrafts) return { ...base, nominees: inListOrder(withUniqueIds(base.nominees)) };
  return { ...base, unit: { ...base.unit, ...unitCategory(rules.quotas, hand.category) }, nominees: inListOrder(hand.nominees) };
}
