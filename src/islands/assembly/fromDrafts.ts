// The ONE place where the assembly reads the dossier drafts of this device: the unit, its quota
// category, the nominees in the order of the list (with their self-check outcome and votes), the
// meeting and the letter. Everything else of the assembly (src/pdf/, the island, the worker) sees
// only what this file returns. Rewire this file when the drafts or the dossier layer move.
//
// - draftSlots(): what the island shows (the unit's name, the nominees' ids, kinds and names);
//   light, on the island's first load.
// - assemblySource(): ho-so.json's data; evaluated in the worker at merge time. The domain
//   modules it needs are imported there, dynamically, so that the island (which imports this file
//   for draftSlots) carries none of them.
import type { EligibilityRecords } from '../../domain/eligibility';
import type { AssemblySource, SourceNominee } from '../../pdf/data';
import type { SlotNominee } from '../../pdf/slots';
import type { DossierSelfCheck } from '../../schemas/dossierData';
import type { QuotaCategory } from '../../schemas/quota';
import type { Drafts } from '../../storage/drafts';

/** What the page passes for reading the drafts: the plan's number, the quota categories, the self-check rules. */
export interface DraftRules {
  planNumber: string;
  quotas: Pick<QuotaCategory, 'id' | 'label' | 'basis'>[];
  records: EligibilityRecords;
}

const text = (typed: string | undefined): string => (typed ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
const orNull = (typed: string | undefined): string | null => text(typed) || null;

/** The unit's name and the nominees of the list as the slots need them (the order is the slots' business). */
export function draftSlots(drafts: Drafts): { unitName: string; nominees: SlotNominee[] } {
  return {
    unitName: text(drafts.dossier.profile.unitName),
    nominees: drafts.quotaPlan.nominees.map((nominee) => ({ id: nominee.id, kind: nominee.type, name: text(nominee.name) })),
  };
}

/** The domain modules assemblySource() reads the drafts with. */
const domain = async () => {
  const [{ parseTypedDate }, { dossierNominee, parseWholeNumber }, { summariseSelfCheck }] = await Promise.all([
    import('../../domain/dossier'),
    import('../../domain/dossierNominees'),
    import('../../domain/quotas'),
  ]);
  return { parseTypedDate, dossierNominee, parseWholeNumber, summariseSelfCheck };
};
type Domain = Awaited<ReturnType<typeof domain>>;

/** A date as typed on /ho-so/ ("05/3/2026", "3/2026", "2026") in ISO with the same precision; null when blank or unreadable. */
function isoFromTyped({ parseTypedDate }: Domain, typed: string): string | null {
  const parsed = parseTypedDate(typed);
  if (!parsed.ok) return null;
  const { year, month, day } = parsed.date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(year), ...(month === undefined ? [] : [pad(month)]), ...(day === undefined ? [] : [pad(day)])].join('-');
}

/** "45", "45,5", "45 %" → 45 / 45.5; null when empty or not a share. */
function percent(typed: string): number | null {
  const value = Number(typed.replace(/%/g, '').replace(',', '.').trim());
  return typed.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

function selfCheckOf({ summariseSelfCheck }: Domain, drafts: Drafts, id: string, records: EligibilityRecords): DossierSelfCheck | null {
  const summary = summariseSelfCheck(drafts.selfChecks[id], records);
  return summary ? { outcome: summary.outcome, reasons: (summary.reasons ?? []).map((reason) => ({ text: reason.text, clause: reason.clause ?? null })) } : null;
}

/**
 * The dossier as the drafts of this device hold it (null or empty where nothing was typed), the
 * nominees in the planner's order like draftSlots(): the caller puts collectives first.
 */
export async function assemblySource(drafts: Drafts, rules: DraftRules): Promise<AssemblySource> {
  const loaded = await domain();
  const { dossierNominee, parseWholeNumber } = loaded;
  const { profile, meeting } = drafts.dossier;
  const plan = drafts.quotaPlan;
  const category = rules.quotas.find((quota) => quota.id === plan.categoryId);
  const present = parseWholeNumber(meeting.membersPresent);
  const nominees = plan.nominees.map((entry): SourceNominee => {
    const nominee = dossierNominee(entry, drafts);
    const individual = nominee.type === 'individual';
    const birthYear = individual ? parseWholeNumber(nominee.birthYear) : null;
    return {
      id: nominee.id,
      kind: nominee.type,
      nomineeKind: entry.nomineeKind ?? drafts.selfChecks[nominee.id]?.nomineeKind ?? null,
      name: text(nominee.name),
      position: individual ? orNull(nominee.position) : null,
      unit: individual ? orNull(nominee.unit) : null,
      birthYear: birthYear !== null && birthYear >= 1900 && birthYear <= 2100 ? birthYear : null,
      gender: individual && nominee.gender !== '' ? nominee.gender : null,
      holdsLeadershipPost: individual ? (entry.holdsLeadershipPost ?? null) : null,
      womenSharePercent: individual ? null : percent(entry.womenSharePercent),
      selfCheck: selfCheckOf(loaded, drafts, nominee.id, rules.records),
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
      groupCount: category && category.basis !== 'unit' ? parseWholeNumber(plan.groupCount) : null,
    },
    nominees,
    meeting: {
      minutesNumber: orNull(meeting.minutesNumber),
      date: isoFromTyped(loaded, meeting.date),
      membersTotal: parseWholeNumber(meeting.membersTotal),
      membersPresent: present,
    },
    letter: { number: orNull(meeting.letterNumber), date: isoFromTyped(loaded, meeting.letterDate) },
    fromDrafts: nominees.length > 0,
  };
}
