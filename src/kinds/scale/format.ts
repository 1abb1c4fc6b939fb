/** How a scale's figures read in Dutch; small on purpose, the phone view loads it without the model. */

/** Dutch decimal notation for the projector: 7.5 → "7,5". */
export function formatScore(value: number | null): string {
  return value === null ? '–' : String(value).replace('.', ',');
}

/** A signed change in Dutch notation: 2 → "+2", -0.5 → "−0,5", 0 → "±0". */
export function formatShift(value: number | null): string {
  if (value === null) return '–';
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${formatScore(Math.abs(value))}`;
}
