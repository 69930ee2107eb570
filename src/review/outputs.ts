// The review's outputs as the document builders take them: the accepted nominees grouped by
// category in the plan's order (the annex of the award decision and the workbook), the Sở's letter
// with the totals, the summary table of every unit. A nominee counts as accepted only by a mark
// made for it (./marks.ts). The annex and the letter are refused while a unit without a category
// has accepted nominees: the annex has no heading to put them under. Pure; the builders
// (src/documents) are loaded only when a file is asked for.
import type {
  AnnexGroup,
  DecisionAnnexInput,
  ReviewIssuer,
  ReviewLetterInput,
  ReviewSummaryInput,
  SummaryRow,
  TypeCounts,
  WorkbookInput,
  WorkbookNominee,
} from '../documents/reviewTypes';
import type { CampaignReferences } from '../documents/types';
import { NO_SELF_CHECK_LABEL, OUTCOME_LABELS } from '../domain/outcomes';
import type { ReviewDocumentFields } from '../schemas/review';
import { quotedName, type DocumentDate } from '../text/vietnamese';
import type { Consolidation, NomineeReview, UnitReview } from './consolidate';
import { typedDate } from './dates';
import { comparableUnitName } from './identity';
import { currentMark, statusOf, type Marks } from './marks';
import type { StatusCounts, Tally } from './tally';

/** Everything the outputs need besides the consolidation and the marks. */
export interface OutputContext {
  references: CampaignReferences;
  issuer: ReviewIssuer;
  fields: ReviewDocumentFields;
  /** today, for the summary's date line and a letter without a date */
  today: Date;
  /** how a unit without a category is named */
  noCategory: string;
}

const typeCounts = (entries: readonly { kind: 'collective' | 'individual' }[]): TypeCounts => ({
  collectives: entries.filter((e) => e.kind === 'collective').length,
  individuals: entries.filter((e) => e.kind === 'individual').length,
});

/** A typed date, or only the year (today's) for a date left to write by hand. */
const dateOr = (typed: string, today: Date): DocumentDate => typedDate(typed) ?? { year: today.getFullYear() };

/** Units without a category of Mục IV.2 whose nominees were accepted, with how many. */
export function unplacedAccepted(consolidation: Pick<Consolidation, 'units'>, marks: Marks): { unitName: string; accepted: number }[] {
  return consolidation.units
    .filter((unit) => unit.category === null)
    .map((unit) => ({ unitName: unit.name, accepted: unit.nominees.filter((nominee) => statusOf(marks, unit.key, nominee) === 'accepted').length }))
    .filter((entry) => entry.accepted > 0);
}

/** Why the annex and the letter wait for a unit without a category (`quotaClause`: "Mục IV.2"). */
export const unplacedMessage = (entry: { unitName: string; accepted: number }, quotaClause: string): string =>
  `${quotedName(entry.unitName)} chưa chọn nhóm đơn vị theo ${quotaClause} nhưng đã có ${entry.accepted} đề nghị được chấp nhận: danh sách kèm quyết định và tờ trình không xếp được các đề nghị này vào nhóm nào. Hãy bỏ quyết định chấp nhận, hoặc đề nghị đơn vị gửi lại hồ sơ có chọn nhóm.`;

/** Refuses to make the annex or the letter while accepted nominees have no category (the page says why first). */
function requirePlaced(consolidation: Consolidation, marks: Marks, context: OutputContext) {
  const unplaced = unplacedAccepted(consolidation, marks);
  if (unplaced.length > 0) throw new Error(unplaced.map((entry) => unplacedMessage(entry, context.references.quotaClause)).join(' '));
}

/** The accepted nominees of each category in the plan's order; in a category, collectives first, unit by unit. */
function acceptedByCategory(consolidation: Consolidation, marks: Marks, noCategory: string): { label: string; items: { unit: UnitReview; nominee: NomineeReview }[] }[] {
  const groups = new Map<string, { label: string; items: { unit: UnitReview; nominee: NomineeReview }[] }>();
  for (const unit of consolidation.units) {
    const label = unit.category?.label ?? noCategory;
    const group = groups.get(label) ?? { label, items: [] };
    groups.set(label, group);
    for (const nominee of unit.nominees) if (statusOf(marks, unit.key, nominee) === 'accepted') group.items.push({ unit, nominee });
  }
  return [...groups.values()]
    .map((group) => ({ ...group, items: [...group.items.filter((i) => i.nominee.data.kind === 'collective'), ...group.items.filter((i) => i.nominee.data.kind === 'individual')] }))
    .filter((group) => group.items.length > 0);
}

/** The annex of the award decision: the accepted collectives and individuals by category. */
export function decisionAnnexInput(consolidation: Consolidation, marks: Marks, context: OutputContext): DecisionAnnexInput {
  requirePlaced(consolidation, marks, context);
  const groups: AnnexGroup[] = acceptedByCategory(consolidation, marks, context.noCategory).map(({ label, items }) => ({
    label,
    entries: items.map(({ unit, nominee }) => ({
      type: nominee.data.kind,
      name: nominee.data.name,
      gender: nominee.data.gender,
      position: nominee.data.position ?? '',
      workUnit: nominee.data.unit ?? '',
      // a collective's name may not say where it belongs ("Phòng Xây dựng chính quyền"): the proposing unit does
      proposingUnit: nominee.data.kind === 'collective' && !comparableUnitName(nominee.data.name).includes(comparableUnitName(unit.name)) ? unit.name : '',
    })),
  }));
  return { references: context.references, decisionNumber: context.fields.decisionNumber, decisionDate: typedDate(context.fields.decisionDate), groups };
}

/** The nominees of `units` whose status is `status`, counted by type. */
function countsWith(consolidation: Consolidation, marks: Marks, status: keyof StatusCounts): TypeCounts {
  return typeCounts(consolidation.units.flatMap((unit) => unit.nominees.filter((n) => statusOf(marks, unit.key, n) === status).map((n) => n.data)));
}

/** The Sở's letter to the Chairman, with the totals by category. */
export function reviewLetterInput(consolidation: Consolidation, marks: Marks, totals: Tally, context: OutputContext): ReviewLetterInput {
  requirePlaced(consolidation, marks, context);
  const { fields } = context;
  return {
    references: context.references,
    issuer: context.issuer,
    letterNumber: fields.letterNumber,
    letterDate: dateOr(fields.letterDate, context.today),
    signer: { authority: fields.signerAuthority, title: fields.signerTitle, name: fields.signerName },
    units: totals.total.units,
    proposed: { collectives: totals.total.proposed.collectives, individuals: totals.total.proposed.individuals },
    accepted: countsWith(consolidation, marks, 'accepted'),
    acceptedIndividuals: { women: totals.total.accepted.women, nonLeaders: totals.total.accepted.nonLeaders },
    returned: countsWith(consolidation, marks, 'returned'),
    pending: countsWith(consolidation, marks, 'pending'),
    rows: totals.categories.map((row) => ({
      label: row.category?.label ?? context.noCategory,
      units: row.units,
      proposed: { collectives: row.proposed.collectives, individuals: row.proposed.individuals },
      accepted: { collectives: row.accepted.collectives, individuals: row.accepted.individuals },
    })),
  };
}

/** Every unit's row (those of a known list that sent nothing included, after the others). */
export function summaryRows(consolidation: Consolidation, totals: Tally): SummaryRow[] {
  const received = consolidation.units.map((unit): SummaryRow => {
    const statuses = totals.byUnit.get(unit.key) ?? { accepted: 0, returned: 0, pending: unit.nominees.length };
    const counts = typeCounts(unit.nominees.map((n) => n.data));
    return {
      name: unit.name,
      category: unit.category?.label ?? null,
      source: unit.source,
      ...counts,
      ...statuses,
      state: unit.blocking > 0 ? { kind: 'issues', count: unit.blocking } : { kind: 'ready' },
    };
  });
  const missing = consolidation.missing.map(
    (unit): SummaryRow => ({ name: unit.name, category: unit.category.label, source: null, collectives: 0, individuals: 0, accepted: 0, returned: 0, pending: 0, state: { kind: 'missing' } }),
  );
  return [...received, ...missing];
}

export const reviewSummaryInput = (consolidation: Consolidation, totals: Tally, context: OutputContext): ReviewSummaryInput => ({
  references: context.references,
  issuer: context.issuer,
  date: { day: context.today.getDate(), month: context.today.getMonth() + 1, year: context.today.getFullYear() },
  rows: summaryRows(consolidation, totals),
});

function workbookNominee(unit: UnitReview, nominee: NomineeReview, marks: Marks, noCategory: string): WorkbookNominee {
  const mark = currentMark(marks, unit.key, nominee);
  const { data } = nominee;
  return {
    category: unit.category?.label ?? noCategory,
    proposingUnit: unit.name,
    type: data.kind,
    name: data.name,
    position: data.position ?? '',
    workUnit: data.unit ?? '',
    birthYear: data.birthYear,
    gender: data.gender,
    leadership: data.holdsLeadershipPost,
    selfCheck: nominee.outcome ? OUTCOME_LABELS[nominee.outcome] : data.selfCheck ? data.selfCheck.outcome : NO_SELF_CHECK_LABEL,
    votesInFavour: nominee.votes?.inFavour ?? data.votesInFavour,
    membersPresent: nominee.votes?.present ?? data.membersPresent,
    status: mark?.status ?? 'pending',
    ground: mark?.ground ?? null,
  };
}

/** The workbook: the accepted (in the annex's order), every proposal, every unit. */
export function workbookInput(consolidation: Consolidation, marks: Marks, totals: Tally, noCategory: string): WorkbookInput {
  return {
    accepted: acceptedByCategory(consolidation, marks, noCategory).flatMap(({ items }) => items.map(({ unit, nominee }) => workbookNominee(unit, nominee, marks, noCategory))),
    all: consolidation.units.flatMap((unit) => unit.nominees.map((nominee) => workbookNominee(unit, nominee, marks, noCategory))),
    units: summaryRows(consolidation, totals),
  };
}
