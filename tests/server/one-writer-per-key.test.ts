/**
 * The trainer's two windows on one stage: the deck (open, lock, reveal) and the moderation
 * window (which texts the projector shows). Each writes only its own keys, so actions pressed in
 * both at the same moment all stay; a room stored before the split still loads.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { createLiveRoom, type LiveRoom, type StageWriter } from '../../src/sync/live-room.ts';
import { hashText } from '../../src/shared/kind/moderation.ts';
import type { OpenTally } from '../../src/kinds/open/model.ts';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { joinRoom, type TrainerRoom } from '../../src/sync/room-api.ts';
import { createRoom, resumeRoom } from '../../src/sync/trainer-api.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';
import {
  TRAINER_HEADERS,
  TrainerWebSocket,
  connectParticipant,
  connectTrainer,
  startTestServer,
  tempDir,
  type TestServer,
} from '../support/test-server.ts';

const ID = 'nodig';
const SLIDE = { h: 1, v: 0 };
const TEXT = 'Geduld en een vast aanspreekpunt';

type Window = LiveRoom & { room: TrainerRoom };

/**
 * A trainer's window as its page connects (src/deck/main.ts, src/moderate/main.ts): the deck on
 * the room it made, the moderation window on the same room, resumed by its secret.
 */
async function openWindow(origin: string, writer: StageWriter, room: TrainerRoom): Promise<Window> {
  const resumed = writer === 'moderation' ? await resumeRoom(origin, room.code, room.secret, TRAINER_HEADERS) : room;
  const live = createLiveRoom({
    origin,
    room: resumed,
    asViewer: false,
    writer,
    definitions: fixtureManifest().decks.open.exercises,
    WebSocketPolyfill: TrainerWebSocket,
  });
  await live.ready;
  return Object.assign(live, { room: resumed });
}

const stateVector = (live: LiveRoom) => Array.from(Y.encodeStateVector(live.stage.doc!)).join();
const shownOn = (live: LiveRoom) => (live.tallyOf(ID) as OpenTally).shown;

describe('the deck and the moderation window on one stage', () => {
  let server: TestServer;
  let deck: Window;
  let moderation: Window;
  let phone: ParticipantSession;
  const others: { destroy(): void }[] = [];

  /** Waits until both windows hold each other's writes: the server passed them on, so it holds both. */
  async function bothSynced() {
    await vi.waitFor(() => expect(stateVector(deck)).toBe(stateVector(moderation)));
  }

  beforeEach(async () => {
    server = await startTestServer();
    deck = await openWindow(server.origin, 'deck', await createRoom(server.origin, 'open', TRAINER_HEADERS));
    moderation = await openWindow(server.origin, 'moderation', deck.room);
    phone = await connectParticipant(server.origin, deck.code);
    deck.arrive(SLIDE, ID);
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer(ID, TEXT);
    for (const window of [deck, moderation]) await vi.waitFor(() => expect(window.answersFor(ID, 1)).toHaveLength(1));
    await bothSynced();
  });

  afterEach(async () => {
    for (const client of [phone, deck, moderation, ...others.splice(0)]) client.destroy();
    await server.close();
  });

  // Both act in one synchronous block: neither window can have received the other's write yet,
  // so to Yjs the two writes are concurrent, as when two windows are clicked at the same moment.
  test('a lock in the deck and a "Toon" in the moderation window at the same moment: the server keeps both', async () => {
    deck.control(ID, 'lock');
    moderation.moderate(ID, { type: 'show', pid: phone.pid });
    await bothSynced();

    const fresh = await connectTrainer(server.origin, deck.room);
    others.push(fresh);
    expect(fresh.exercises.get(ID)?.status).toBe('locked');
    expect(shownOn(fresh)).toEqual([TEXT]);
    await vi.waitFor(() => expect(phone.current()).toMatchObject({ state: { status: 'locked' }, own: { shownText: TEXT } }));
  });

  test('a reveal in the deck and a "Toon" in the moderation window at the same moment: the phones get the text in the reveal', async () => {
    deck.control(ID, 'reveal');
    moderation.moderate(ID, { type: 'show', pid: phone.pid });
    await bothSynced();

    await vi.waitFor(() => expect(phone.current()?.state).toMatchObject({ status: 'revealed', reveal: { shown: [TEXT] } }));
    expect(phone.current()?.own).toEqual({ shownText: TEXT });
    expect(shownOn(deck)).toEqual([TEXT]);
  });

  test('a reset in the deck and a "Toon" in the moderation window at the same moment: the new round starts with nothing shown', async () => {
    deck.control(ID, 'reset');
    moderation.moderate(ID, { type: 'show', pid: phone.pid });
    await bothSynced();

    for (const window of [deck, moderation]) expect(window.stateOf(ID)).toMatchObject({ status: 'open', round: 2 });
    expect(shownOn(deck)).toEqual([]);
    await vi.waitFor(() => expect(phone.current()?.state.round).toBe(2));
    expect(phone.current()?.own).toBeUndefined();
  });

  test('neither window writes the other\'s keys: the moderation window cannot drive the deck, nor the deck moderate', () => {
    const before = [stateVector(deck), stateVector(moderation)];
    moderation.control(ID, 'lock');
    moderation.arrive({ h: 2, v: 0 }, null);
    moderation.showNames(false);
    deck.moderate(ID, { type: 'show', pid: phone.pid });
    // A write would show at once in the writer's own document.
    expect([stateVector(deck), stateVector(moderation)]).toEqual(before);
    expect(moderation.exercises.get(ID)?.status).toBe('open');
    expect(deck.moderation.size).toBe(0);
  });
});

describe('a room stored before the moderation window had its own key', () => {
  test('resumed after a restart, it keeps the texts shown in the deck\'s state, and the moderation window moderates on from them', async () => {
    const dataDir = tempDir();
    let server = await startTestServer({ dataDir });
    const yesterday = await connectTrainer(server.origin, { deck: 'open' });
    const seat = await joinRoom(server.origin, yesterday.code);
    let phone = await connectParticipant(server.origin, yesterday.code, seat);
    yesterday.arrive(SLIDE, ID);
    await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phone.answer(ID, TEXT);
    await vi.waitFor(() => expect(yesterday.answersFor(ID, 1)).toHaveLength(1));
    // What the deck wrote before the split: the moderation marks inside the exercise's own state.
    yesterday.exercises.set(ID, { ...yesterday.exercises.get(ID)!, progress: { shown: [{ pid: seat.pid, hash: hashText(TEXT) }] } });
    await vi.waitFor(() => expect(phone.current()?.own).toEqual({ shownText: TEXT }));
    for (const client of [phone, yesterday]) client.destroy();
    await server.close();

    server = await startTestServer({ dataDir });
    const deck = await openWindow(server.origin, 'deck', yesterday.room);
    const moderation = await openWindow(server.origin, 'moderation', yesterday.room);
    phone = await connectParticipant(server.origin, yesterday.code, seat);
    try {
      for (const window of [deck, moderation]) expect(shownOn(window)).toEqual([TEXT]);
      await vi.waitFor(() => expect(phone.current()?.own).toEqual({ shownText: TEXT }));

      moderation.moderate(ID, { type: 'hide', pid: seat.pid });
      await vi.waitFor(() => expect(shownOn(deck)).toEqual([]));
      await vi.waitFor(() => expect(phone.current()?.own).toBeUndefined());
      moderation.moderate(ID, { type: 'show', pid: seat.pid });
      deck.control(ID, 'reveal');
      await vi.waitFor(() => expect(phone.current()?.state).toMatchObject({ status: 'revealed', reveal: { shown: [TEXT] } }));
    } finally {
      for (const client of [phone, deck, moderation]) client.destroy();
      await server.close();
    }
  });
});
