import { describe, expect, test } from 'vitest';
import { saysJoinedOnline } from '../../server/join-admission.ts';

describe('where a join says it comes from (decision 0089)', () => {
  test('only a literal true is online; every other value a phone may send is the room', () => {
    expect(saysJoinedOnline({ online: true })).toBe(true);
    for (const online of [false, 'true', 1, 'ja', {}, [true], null, undefined]) expect(saysJoinedOnline({ online })).toBe(false);
    expect(saysJoinedOnline({})).toBe(false);
  });
});
