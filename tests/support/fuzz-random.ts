/**
 * The fuzz suite's randomness: a small seeded PRNG (sfc32), so one seed replays one run, and the
 * random values a hostile phone could put in an answer (every type lib0 can encode, the edge
 * numbers, the keys that tempt a prototype or a schema check).
 */

export type Rng = {
  /** A number in [0, 1). */
  float(): number;
  /** A whole number in [0, n). */
  int(n: number): number;
  u32(): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Uint8Array;
};

/** The seed of a run: `FUZZ_SEED` (decimal or 0x-hex) when set, else a fixed one so CI replays the same frames. */
export function fuzzSeed(env: NodeJS.ProcessEnv, fallback = 0x5eed_2026): number {
  const text = env.FUZZ_SEED?.trim();
  if (!text) return fallback;
  const seed = Number(text);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new Error(`FUZZ_SEED must be a 32-bit number, got "${text}"`);
  return seed;
}

/** sfc32, its state spread from (seed, stream) by splitmix32: independent streams of one seed. */
export function createRng(seed: number, stream = 0): Rng {
  let mix = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  const splitmix = () => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const u32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();
  const float = () => u32() / 4294967296;
  const int = (n: number) => Math.floor(float() * n);
  return {
    float,
    int,
    u32,
    chance: (p) => float() < p,
    pick: (items) => items[int(items.length)],
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = u32() & 0xff;
      return out;
    },
  };
}

/** Numbers at the edges of what decoders and schema checks handle. */
export const EDGE_NUMBERS = [
  0, -0, 1, -1, 2, 7, 10, 11, 127, 128, 255, 256, 0x7fff_ffff, 0x8000_0000, 0xffff_ffff, 2 ** 32,
  Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1.5, 0.1, 1e308, -1e308, Number.NaN, Infinity, -Infinity,
] as const;

/** Keys an answer check could trip over: the schema's own, and ones that reach for a prototype. */
export const TEMPTING_KEYS = [
  'round', 'value', 'ticks', 'rewrite', 'checklist', 'nickname', '0', '1', 's1', 's2', 's3',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'length', '',
] as const;

/** Strings an answer check could trip over: empty, padded, control, bidi and zero-width characters, piled-up marks, lone surrogates, long. */
const TEMPTING_STRINGS = [
  '', ' ', 'a', ' a ', 'a\nb', '\u0000', '\u202eevil', 'x\u2028y', '\ud800', '🙂', '<img src=x onerror=alert(1)>',
  'a\u200bb', 'Z\u0351\u0352\u0357a', '👩\u200d🔧',
  '=cmd|/c calc', 'x'.repeat(31), 'x'.repeat(81), 'x'.repeat(281),
] as const;

/**
 * A random value of any type lib0's `writeAny` encodes, built from `words` (the room's own ids
 * and option names, so values land near valid ones) and the tempting strings and numbers above.
 */
export function randomValue(rng: Rng, words: readonly string[], depth = 0): unknown {
  const choice = rng.int(depth >= 3 ? 7 : 10);
  switch (choice) {
    case 0:
      return null;
    case 1:
      return rng.pick([undefined, true, false]);
    case 2:
      return rng.pick(EDGE_NUMBERS);
    case 3:
      return rng.int(12);
    case 4:
      return rng.chance(0.3) ? BigInt(rng.u32()) * 7n : rng.bytes(rng.int(6));
    case 5:
      return rng.chance(0.5) && words.length > 0 ? rng.pick(words) : rng.pick(TEMPTING_STRINGS);
    case 6:
      return words.length > 0 ? rng.pick(words) : String(rng.u32());
    case 7:
    case 8:
      return Array.from({ length: rng.int(5) }, () => randomValue(rng, words, depth + 1));
    default: {
      // Object.fromEntries makes "__proto__" an own key, as it is after lib0 decodes one.
      const entries = Array.from({ length: rng.int(4) }, () => [
        rng.chance(0.6) ? rng.pick(TEMPTING_KEYS) : words.length > 0 ? rng.pick(words) : 'k',
        randomValue(rng, words, depth + 1),
      ]);
      return Object.fromEntries(entries);
    }
  }
}

/** Fields some answer schema reads. */
const SCHEMA_KEYS = ['round', 'value', 'ticks', 'rewrite', 'checklist'] as const;

/** A value close to `value` (an honest answer): one change of type, order, length or keys. */
export function nearMiss(rng: Rng, value: unknown, words: readonly string[]): unknown {
  if (typeof value === 'string') return rng.pick([`${value}x`, value.toUpperCase(), ` ${value}`, value.slice(1), [value], rng.pick(words)]);
  if (typeof value === 'number') return rng.pick([value + 0.5, value + 100, -value - 1, String(value), [value]]);
  if (Array.isArray(value)) return rng.pick([[...value].reverse(), [...value, ...value], [], [...value, 'zz'], value.slice(1), value.join(',')]);
  if (typeof value !== 'object' || value === null) return randomValue(rng, words);
  const copy: Record<string, unknown> = { ...value };
  const keys = Object.keys(copy);
  if (rng.chance(0.25)) {
    // A field moved or added under "__proto__": lib0 decodes that key into the object's
    // prototype, out of sight of Object.keys but not of `value.field`.
    // Or the prototype is any value at all: bytes, an array, null.
    const hidden = rng.pick([...keys, ...SCHEMA_KEYS]);
    const field = hidden in copy && rng.chance(0.7) ? copy[hidden] : randomValue(rng, words);
    if (rng.chance(0.5)) delete copy[hidden];
    const prototype = rng.chance(0.5) ? { [hidden]: field } : rng.pick([new Uint8Array([1, 2]), [], null]);
    return Object.fromEntries([...Object.entries(copy), ['__proto__', prototype]]);
  }
  if (keys.length > 0 && rng.chance(0.4)) {
    delete copy[rng.pick(keys)];
    return copy;
  }
  // Through entries, not `copy[key] =`: assigning to "__proto__" would set the prototype here.
  const key = rng.chance(0.5) ? rng.pick(TEMPTING_KEYS) : rng.pick(keys.length ? keys : ['k']);
  return Object.fromEntries([...Object.entries(copy).filter(([name]) => name !== key), [key, randomValue(rng, words)]]);
}

/** Every string inside `value` of at most 60 characters, and every key: the words of a prompt. */
export function wordsOf(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string' && value.length <= 60) into.add(value);
  else if (Array.isArray(value)) for (const item of value) wordsOf(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      into.add(key);
      wordsOf(item, into);
    }
  }
  return into;
}
