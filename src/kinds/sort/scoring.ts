/** A sort's counts, score and pile names; small on purpose, the phone view loads it without the model. */

/** The tally key of one statement on one pile: `s1/waarneming`. */
export function countKey(statementId: string, pile: string): string {
  return `${statementId}/${pile}`;
}

/** How many of this answer's placements match the model (phones compute their own score with it). */
export function scoreOf(model: Record<string, string>, answer: unknown): number {
  if (typeof answer !== 'object' || answer === null) return 0;
  return Object.entries(model).filter(([id, pile]) => (answer as Record<string, unknown>)[id] === pile).length;
}

/** "waarneming" → "Waarneming", for headings and buttons. */
export function pileLabel(pile: string): string {
  return pile.charAt(0).toUpperCase() + pile.slice(1);
}
