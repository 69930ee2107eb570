// The key of a reviewer's mark in a Map: unit and nominee, joined by a character neither can hold.
// Apart from the review's schema (./review.ts) so that the page can key its marks without zod.

export function markKey(unitKey: string, nomineeId: string): string {
  return `${unitKey}\u0000${nomineeId}`;
}
