// The consolidation as the page shows it: the labels and links computed in the review worker
// (outcome labels, clause citations, votes, times), so that the page itself carries none of the
// rules code. Runs in review.worker.ts.
import { NO_SELF_CHECK_LABEL, OUTCOME_LABELS } from '../../domain/outcomes';
import { clauseHref, clauseLabel } from '../../domain/rules';
import type { Consolidation, MissingUnit, NomineeReview, PossibleDuplicate, ReviewIssue, UnitReview } from '../../review/consolidate';
import { shownDate } from '../../review/dates';
import { formatShare } from '../../text/vietnamese';
import { formatDateTime } from '../shared/format';

/** A plan clause as the page links it. */
export interface ClauseLink {
  label: string;
  href: string;
}

export type PresentedIssue = ReviewIssue & { link?: ClauseLink };

export type PresentedNominee = Omit<NomineeReview, 'issues'> & {
  issues: PresentedIssue[];
  /** the self-check outcome's label, or that no self-check was made */
  outcomeLabel: string;
  /** "7/9 phiếu đồng ý (77,78%)" (the share as the minutes write it), or empty */
  votesText: string;
};

export type PresentedUnit = Omit<UnitReview, 'nominees' | 'issues'> & {
  nominees: PresentedNominee[];
  issues: PresentedIssue[];
  /** when the file was made, "10:15 ngày 20/03/2026" */
  madeAt: string;
  categoryLink: ClauseLink | null;
  /** the letter's and the meeting's dates as typed ("20/3/2026", "3/2026"), or empty */
  letterDate: string;
  meetingDate: string;
};

export interface PresentedConsolidation {
  units: PresentedUnit[];
  duplicates: PossibleDuplicate[];
  missing: (MissingUnit & { link: ClauseLink })[];
}

export const clauseLink = (clause: string): ClauseLink => ({ label: clauseLabel(clause), href: clauseHref(clause) });

/** The citation is shown unless the message already quotes it. */
const issue = (item: ReviewIssue): PresentedIssue =>
  item.clause && !item.message.includes(clauseLabel(item.clause)) ? { ...item, link: clauseLink(item.clause) } : item;

function nominee(item: NomineeReview): PresentedNominee {
  return {
    ...item,
    issues: item.issues.map(issue),
    outcomeLabel: item.outcome ? OUTCOME_LABELS[item.outcome] : item.data.selfCheck ? 'kết quả không xác định' : NO_SELF_CHECK_LABEL,
    votesText: item.votes ? `${item.votes.inFavour}/${item.votes.present} phiếu đồng ý (${formatShare(item.votes.inFavour, item.votes.present)}%)` : '',
  };
}

export function present(consolidation: Consolidation): PresentedConsolidation {
  return {
    units: consolidation.units.map((unit) => ({
      ...unit,
      nominees: unit.nominees.map(nominee),
      issues: unit.issues.map(issue),
      madeAt: formatDateTime(unit.data.generatedAt),
      categoryLink: unit.category ? clauseLink(unit.category.clause) : null,
      letterDate: unit.data.letter.date ? shownDate(unit.data.letter.date) : '',
      meetingDate: unit.data.meeting.date ? shownDate(unit.data.meeting.date) : '',
    })),
    duplicates: consolidation.duplicates,
    missing: consolidation.missing.map((unit) => ({ ...unit, link: clauseLink(unit.category.clause) })),
  };
}
