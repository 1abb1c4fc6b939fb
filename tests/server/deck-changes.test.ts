/**
 * Under `npm run dev` a saved deck gives the server a new manifest while rooms are open (see
 * src/tools/dev-server.ts): an open room takes the deck as it is now, without a restart.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLiveRoom } from '../../src/sync/live-room.ts';
import { FIXTURE_DECK, fixtureManifest } from '../support/fixture-manifest.ts';
import { connectParticipant, connectTrainer, countsOf, startTestServer, TrainerWebSocket, type TestServer } from '../support/test-server.ts';

describe('an open room whose deck changes', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  test('takes answers to an exercise added to the deck after the room was loaded', async () => {
    const manifest = fixtureManifest();
    server = await startTestServer({ manifest });
    const first = await connectTrainer(server.origin);
    const phone = await connectParticipant(server.origin, first.code);

    // As a new parse of the saved deck gives it: new objects, not the old ones changed.
    const deck = manifest.decks[FIXTURE_DECK];
    const exercises = { ...deck.exercises, nieuw: { ...deck.exercises.overschat, id: 'nieuw' } };
    manifest.decks = { ...manifest.decks, [FIXTURE_DECK]: { ...deck, exercises } };
    first.destroy();
    const trainer = createLiveRoom({ origin: server.origin, room: first.room, asViewer: false, definitions: exercises, WebSocketPolyfill: TrainerWebSocket });
    await trainer.ready;

    trainer.arrive({ h: 5, v: 0 }, 'nieuw');
    await vi.waitFor(() => expect(phone.current()?.id).toBe('nieuw'));
    phone.answer('nieuw', 'b');
    await vi.waitFor(() => expect(countsOf(trainer, 'nieuw')).toEqual({ a: 0, b: 1, c: 0 }));
    trainer.destroy();
    phone.destroy();
  });
});
