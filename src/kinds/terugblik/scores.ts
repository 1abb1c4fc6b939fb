/** The look-back's five steps, lowest first, in words a participant reads at a glance (phone and projector share them). */
export const SCORE_LABELS = ['Niet aan toegekomen', 'Geprobeerd, lukte niet', 'Ging een beetje', 'Ging goed', 'Ging heel goed'] as const;

/** A step of the look-back: 1 (not got round to it) to 5 (went very well). */
export type Score = 1 | 2 | 3 | 4 | 5;

export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

/** "3,4": a mean the Dutch way, or a dash when no one answered. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : String(mean).replace('.', ',');
}
