// The council's vote on a nominee against the share the dossier needs (voteThreshold of
// content/rules/plan-document.yaml): decided on whole numbers, never on a rounded percentage, and
// shown as a share rounded the ordinary way (7 of 9 → 77,78%), as the minutes print it. Used by the
// unit's dossier checks and by Sở Nội vụ's review. Pure.
import type { VoteThreshold } from '../schemas/planDocument';
import { fillTemplate, formatHundredths, formatShare } from '../text/vietnamese';

/** Votes in favour out of the members present. */
export interface CouncilVotes {
  inFavour: number;
  present: number;
}

/** Whether the votes reach the threshold, computed on whole numbers (no rounding). */
export function reachesThreshold(votes: CouncilVotes, threshold: Pick<VoteThreshold, 'percent' | 'inclusive'>): boolean {
  const share = votes.inFavour * 100;
  const needed = threshold.percent * votes.present;
  return threshold.inclusive ? share >= needed : share > needed;
}

/** "77,78%": the share of the members present, rounded the ordinary way; "" when nobody was present. */
export const voteShare = (votes: CouncilVotes): string => (votes.present > 0 ? `${formatShare(votes.inFavour, votes.present)}%` : '');

/** The threshold in words: "quá 50% số thành viên Hội đồng có mặt đồng ý". */
export const thresholdWording = (threshold: Pick<VoteThreshold, 'percent' | 'wording'>): string =>
  fillTemplate(threshold.wording, { percent: formatHundredths(BigInt(Math.round(threshold.percent * 100)), true) });
