/** The Mentorwijs session decks are the decks named `sessie-<n>`: a leergang's sessions, in order. */
const SESSION_DECK = /^sessie-(\d+)$/;

/** 3 for `sessie-3`; null for a deck that is no session (the congress talk, a fixture). */
export function sessionNumberOf(deck: string): number | null {
  const match = SESSION_DECK.exec(deck);
  return match ? Number(match[1]) : null;
}

/** The deck of session `n`. */
export const sessionDeckOf = (session: number) => `sessie-${session}`;
