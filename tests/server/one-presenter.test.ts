/**
 * Two trainer laptops' decks on one room (decision 0092) against a real server: only the deck the
 * stage names as presenter writes; the other writes nothing (slide, exercise, names, cue, remote
 * acknowledgements) until it takes over, and from then on the first writes nothing.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import type { TrainerRoom } from '../../src/sync/room-api.ts';
import { createRoom } from '../../src/sync/trainer-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import { TRAINER_HEADERS, TrainerWebSocket, startTestServer, type TestServer } from '../support/test-server.ts';

const ID = 'nodig';

async function openDeck(origin: string, room: TrainerRoom, device: string): Promise<LiveRoom> {
  const live = createLiveRoom({
    origin, room, asViewer: false, writer: 'deck', device,
    definitions: fixtureManifest().decks.open.exercises, WebSocketPolyfill: TrainerWebSocket,
  });
  await live.ready;
  return live;
}

const stateVector = (live: LiveRoom) => Array.from(Y.encodeStateVector(live.stage.doc!)).join();

describe('two decks on one room', () => {
  let server: TestServer;
  let first: LiveRoom;
  let second: LiveRoom;
  let room: TrainerRoom;

  beforeEach(async () => {
    server = await startTestServer();
    room = await createRoom(server.origin, 'open', TRAINER_HEADERS);
    first = await openDeck(server.origin, room, 'laptop-a');
    expect(first.isPresenting()).toBe(true);
    first.present();
    first.arrive({ h: 1, v: 0 }, ID);
    second = await openDeck(server.origin, room, 'laptop-b');
  });

  afterEach(async () => {
    first.destroy();
    second.destroy();
    await server.close();
  });

  test('the second follows: it sees the presenter and writes nothing', () => {
    expect(second.stage.get('presenter')).toBe('laptop-a');
    expect(second.isPresenting()).toBe(false);
    const before = stateVector(second);
    second.arrive({ h: 0, v: 0 }, null);
    second.control(ID, 'lock');
    second.showNames(false);
    second.setCue({ title: 'x' } as never);
    second.followRemotes(() => {})();
    expect(stateVector(second)).toBe(before);
    expect(second.stage.get('slide')).toEqual({ h: 1, v: 0 });
    expect(second.exercises.get(ID)?.status).toBe('open');
  });

  test('taking over: the second presents, and the first stops writing at once', async () => {
    second.present();
    await vi.waitFor(() => expect(first.isPresenting()).toBe(false));
    const before = stateVector(first);
    first.arrive({ h: 0, v: 0 }, null);
    first.control(ID, 'lock');
    expect(stateVector(first)).toBe(before);

    second.arrive({ h: 2, v: 0 }, null);
    await vi.waitFor(() => expect(first.stage.get('slide')).toEqual({ h: 2, v: 0 }));
    expect(second.isPresenting()).toBe(true);
  });

  test('a reopened deck on the presenting device (a reload, a crash) presents again', async () => {
    first.destroy();
    first = await openDeck(server.origin, room, 'laptop-a');
    expect(first.isPresenting()).toBe(true);
    expect(second.isPresenting()).toBe(false);
  });
});
