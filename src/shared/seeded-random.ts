/**
 * A small seeded random source, so a rehearsal or a benchmark run can be repeated exactly
 * (`--seed`). No DOM, no Node: the answer sampler and its tests use it as a plain function.
 */

/** A function returning numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough to vary answers; not for anything secret. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from text (FNV-1a), e.g. a question, so every phone shares the room's leaning on it. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A seed for one phone of a run: the run's seed and the phone's number mixed. */
export function phoneSeed(runSeed: number, phone: number): number {
  return seedOf(`${runSeed}:${phone}`);
}

/** An index drawn with the given (non-negative, not all zero) weights. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let left = random() * total;
  for (let i = 0; i < weights.length; i++) {
    left -= weights[i];
    if (left < 0) return i;
  }
  return weights.length - 1;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** A standard normal number (Box-Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * A room's leaning over `count` options for one question: the same for every phone (seeded by
 * the question), steep like real answers (one or two favourites, a long tail), never uniform.
 */
export function leaningOf(key: string, count: number): number[] {
  const random = createRandom(seedOf(key));
  const ranks = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
  }
  return ranks.map((rank) => 1 / (rank + 0.6) ** 1.4);
}

/**
 * How long a person takes to answer: log-normal, mostly 2-20 s (median about 6 s), divided by
 * `speed` so tests and rehearsals can run faster.
 */
export function humanDelayMs(random: Random, speed = 1): number {
  const seconds = Math.min(20, Math.max(2, Math.exp(Math.log(6) + 0.55 * normal(random))));
  return (seconds * 1000) / speed;
}
