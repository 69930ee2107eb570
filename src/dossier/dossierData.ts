// The dossier as the drafts of this device hold it, for ho-so.json (the data embedded in the
// one-PDF dossier, src/schemas/dossierData.ts): the unit, its quota category, the nominees in the
// order of the list with their self-check outcome and votes, the meeting and the letter. Pure; the
// assembly's Web Worker imports it when the PDF is made.
import type { EligibilityRecords } from '../domain/eligibility';
import { summariseSelfCheck } from '../domain/quotas';
import type { AssemblySource, SourceNominee } from '../pdf/data';
import type { DossierSelfCheck } from '../schemas/dossierData';
import type { QuotaCategory } from '../schemas/quota';
import type { Drafts } from '../storage/drafts';
import { parsePercent, parseTypedDate, wholeNumberUpTo } from '../text/vietnamese';
import { dossierNominee, MAX_MEMBERS, memberCount } from './nominees';
import { fullBirthDate } from './starter';

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

/**
 * The dossier as the drafts of this device hold it (null or empty where nothing was typed), the
 * nominees in the planner's order: the caller puts collectives first.
 */
export function assemblySource(drafts: Drafts, rules: DraftRules): AssemblySource {
  const { profile, meeting } = drafts.dossier;
  const plan = drafts.quotaPlan;
  const category = rules.quotas.find((quota) => quota.id === plan.categoryId);
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
    unit: {
      name: text(profile.unitName),
      symbol: text(profile.unitSymbol),
      categoryId: category?.id ?? null,
      categoryLabel: category?.label ?? null,
      categoryUnit: orNull(plan.unitName),
      groupCount: category && category.basis !== 'unit' ? wholeNumberUpTo(plan.groupCount, MAX_MEMBERS) : null,
    },
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
