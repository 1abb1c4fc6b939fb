/**
 * The phone's first screen stays light on a venue's wifi: the join page's JavaScript and CSS,
 * with the largest phone view (each kind's view loads when its kind first opens), within the
 * budget. Reads the build `npm test` makes (`dist/`).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script (the build prints the same figure), no types
import { JOIN_BUDGET_BYTES, joinWeight } from '../../scripts/join-weight.mjs';

const dist = join(import.meta.dirname, '../../dist');

describe('the join page on the wire', () => {
  it('is within 45 kB gzip of JavaScript and CSS before the first answer', () => {
    const { totalBytes, pageBytes, largestView } = joinWeight(dist) as { totalBytes: number; pageBytes: number; largestView: { bytes: number } };
    expect(pageBytes).toBeGreaterThan(0);
    expect(largestView.bytes).toBeGreaterThan(0);
    expect(totalBytes).toBeLessThanOrEqual(JOIN_BUDGET_BYTES);
  });

  it('keeps the leergang member part out of the page: a one-off room never loads it', () => {
    const { memberPartBytes } = joinWeight(dist) as { memberPartBytes: number };
    expect(memberPartBytes).toBeGreaterThan(0);
  });
});
