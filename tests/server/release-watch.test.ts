/** The leak check behind the soak: what the server let go of is either collected or counted as held. */
import { describe, expect, test } from 'vitest';
import { createReleaseWatch } from '../../server/release-watch.ts';
import { collectGarbage } from '../support/collect-garbage.ts';

describe('createReleaseWatch', () => {
  test('counts a released object that something still holds, and forgets one that was collected', async () => {
    const watch = createReleaseWatch();
    const stillHeld = { name: 'room kept by a forgotten listener' };
    watch.watch(stillHeld, { name: 'room nobody holds' });
    await collectGarbage();
    expect(watch.held()).toBe(1);
    expect(watch.watched()).toBe(2);
    expect(stillHeld.name).toBe('room kept by a forgotten listener');
  });

  test('holds nothing once everything released has been collected', async () => {
    const watch = createReleaseWatch();
    for (let i = 0; i < 10; i++) watch.watch({ index: i });
    await collectGarbage();
    expect(watch.held()).toBe(0);
    expect(watch.watched()).toBe(10);
  });
});
