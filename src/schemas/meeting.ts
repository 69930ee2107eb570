// How the council of the unit voted on each nominee: its own choice, recorded in the minutes
// (the wording of each method is in content/forms/bien-ban-hop-xet.yaml).

/** Secret ballot (bỏ phiếu kín) or show of hands (biểu quyết giơ tay). */
export const VOTING_METHODS = ['secret-ballot', 'show-of-hands'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

/** The stored method when it is one of VOTING_METHODS (drafts keep it as typed text). */
export const votingMethodOf = (stored: string): VotingMethod | undefined => VOTING_METHODS.find((method) => method === stored);
