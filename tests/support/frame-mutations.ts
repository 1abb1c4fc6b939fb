/**
 * Byte-level mutations of a real frame: what a flaky radio, a buggy client or an attacker with
 * a hex editor makes of it. Each takes the frame and returns a new one; none changes its input.
 */
import { EDGE_NUMBERS, type Rng } from './fuzz-random.ts';

type Mutation = (bytes: Uint8Array, rng: Rng, words: readonly string[]) => Uint8Array;

const INTERESTING_BYTES = [0x00, 0x01, 0x02, 0x03, 0x07, 0x0a, 0x7f, 0x80, 0x81, 0xfe, 0xff, 0x76, 0x77, 0x75, 0x7d] as const;

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

const position = (bytes: Uint8Array, rng: Rng) => rng.int(Math.max(1, bytes.length));

/** lib0's unsigned varint: 7 bits per byte, high bit set on all but the last. */
export function encodeVarUint(value: number): Uint8Array {
  const out: number[] = [];
  let rest = Math.max(0, Math.floor(value));
  while (rest > 0x7f) {
    out.push(0x80 | (rest % 0x80));
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return new Uint8Array(out);
}

/** The length of the varint starting at `at` (it ends at the first byte without the high bit). */
function varintLength(bytes: Uint8Array, at: number): number {
  let end = at;
  while (end < bytes.length - 1 && bytes[end] & 0x80) end++;
  return end - at + 1;
}

const MUTATIONS: Record<string, Mutation> = {
  flipBit(bytes, rng) {
    const out = bytes.slice();
    if (out.length > 0) out[position(out, rng)] ^= 1 << rng.int(8);
    return out;
  },
  setInterestingByte(bytes, rng) {
    const out = bytes.slice();
    if (out.length > 0) out[position(out, rng)] = rng.pick(INTERESTING_BYTES);
    return out;
  },
  nudgeByte(bytes, rng) {
    const out = bytes.slice();
    if (out.length > 0) out[position(out, rng)] += rng.chance(0.5) ? 1 : -1;
    return out;
  },
  insertBytes(bytes, rng) {
    const at = rng.int(bytes.length + 1);
    return concat(bytes.subarray(0, at), rng.bytes(1 + rng.int(8)), bytes.subarray(at));
  },
  deleteRange(bytes, rng) {
    const at = position(bytes, rng);
    return concat(bytes.subarray(0, at), bytes.subarray(at + 1 + rng.int(8)));
  },
  truncate(bytes, rng) {
    return bytes.slice(0, rng.int(bytes.length + 1));
  },
  duplicateRange(bytes, rng) {
    const at = position(bytes, rng);
    const range = bytes.subarray(at, at + 1 + rng.int(16));
    return concat(bytes.subarray(0, at), range, bytes.subarray(at));
  },
  swapBytes(bytes, rng) {
    const out = bytes.slice();
    if (out.length < 2) return out;
    const i = position(out, rng);
    const j = position(out, rng);
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  },
  /** A length, count, client id or clock replaced by an edge number: the varints drive every decoder. */
  rewriteVarint(bytes, rng) {
    if (bytes.length === 0) return encodeVarUint(rng.u32());
    const at = position(bytes, rng);
    const value = rng.chance(0.5) ? Math.abs(rng.pick(EDGE_NUMBERS)) || 0 : rng.int(300);
    const replacement = encodeVarUint(Number.isFinite(value) ? value : 2 ** 40);
    return concat(bytes.subarray(0, at), replacement, bytes.subarray(at + varintLength(bytes, at)));
  },
  appendBytes(bytes, rng) {
    return concat(bytes, rng.bytes(1 + rng.int(6)));
  },
  /**
   * A word in the frame (an exercise id, a map name, `round`) swapped for another one of the room:
   * of the same length most of the time, so the framing around it still holds.
   */
  replaceWord(bytes, rng, words) {
    const text = Buffer.from(bytes).toString('latin1');
    const runs = [...text.matchAll(/[a-z][a-z0-9-]{2,}/g)];
    if (runs.length === 0 || words.length === 0) return bytes.slice();
    const run = rng.pick(runs);
    const sameLength = words.filter((word) => word.length === run[0].length && word !== run[0]);
    const word = sameLength.length > 0 && rng.chance(0.7) ? rng.pick(sameLength) : rng.pick(words);
    const at = run.index;
    return concat(bytes.subarray(0, at), new Uint8Array(Buffer.from(word, 'utf8')), bytes.subarray(at + run[0].length));
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One to four mutations in a row; returns the frame and the names applied (for the failure report). */
export function mutate(bytes: Uint8Array, rng: Rng, words: readonly string[]): { bytes: Uint8Array; applied: string[] } {
  let out = bytes;
  const applied: string[] = [];
  const count = 1 + (rng.chance(0.5) ? 0 : rng.int(4));
  for (let i = 0; i < count; i++) {
    const name = rng.pick(MUTATION_NAMES);
    out = MUTATIONS[name](out, rng, words);
    applied.push(name);
  }
  return { bytes: out, applied };
}

/** A prefix of one frame joined to a suffix of another. */
export function splice(first: Uint8Array, second: Uint8Array, rng: Rng): Uint8Array {
  return concat(first.subarray(0, rng.int(first.length + 1)), second.subarray(rng.int(second.length + 1)));
}

export { concat };
