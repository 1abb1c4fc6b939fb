import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import { isPlainData } from '../../src/shared/plain-data.ts';

/** A value as the server holds it after lib0 decoded it from a phone's update. */
function throughLib0(value: unknown): unknown {
  const encoder = encoding.createEncoder();
  encoding.writeAny(encoder, value as never);
  return decoding.readAny(decoding.createDecoder(encoding.toUint8Array(encoder)));
}

describe('isPlainData', () => {
  test('accepts primitives, arrays and plain objects, nested', () => {
    for (const value of ['b', 7, null, true, undefined, ['a', 'c'], { ticks: ['a'], rewrite: 'Goed zo.' }, { s1: 'waarneming' }]) {
      expect(isPlainData(throughLib0(value)), JSON.stringify(value)).toBe(true);
    }
  });

  test('refuses an object whose "__proto__" key lib0 turned into a prototype, at any depth', () => {
    const hidden = throughLib0(JSON.parse('{"ticks":["a"],"__proto__":{"rewrite":"verstopt"}}'));
    expect(Object.keys(hidden as object)).toEqual(['ticks']);
    expect((hidden as { rewrite?: string }).rewrite).toBe('verstopt');
    expect(isPlainData(hidden)).toBe(false);
    expect(isPlainData(throughLib0(JSON.parse('{"round":1,"value":{"__proto__":null}}')))).toBe(false);
    expect(isPlainData(throughLib0([JSON.parse('{"__proto__":[]}')]))).toBe(false);
  });

  test('refuses bytes, which no answer is', () => {
    expect(isPlainData(throughLib0({ value: new Uint8Array([1]) }))).toBe(false);
  });
});
