/**
 * The documents the server derives for phones (the public stage and each phone's inbox): written
 * only where what a phone sees changed, kept up to date with the answers, and the same history
 * after the room left memory, so a phone that held them reconnects without being refused.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { inboxDocName, publicStageDocName } from '../../src/shared/doc-names.ts';
import { INBOX, STAGE } from '../../src/shared/room-schema.ts';
import { connectDoc, whenSynced, type DocConnection } from '../../src/sync/connect-doc.ts';
import { joinRoom } from '../../src/sync/room-api.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

const ID = 'nodig';
const SLIDE = { h: 1, v: 0 };

/** How many updates a document received since this was called. */
function countUpdates(doc: Y.Doc): () => number {
  let count = 0;
  doc.on('update', () => (count += 1));
  return () => count;
}

describe('documents derived for phones', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>> | undefined;
  let phones: ParticipantSession[];

  beforeEach(async () => {
    server = await startTestServer({ roomIdleMs: 1000 });
    phones = [];
  });

  afterEach(async () => {
    for (const phone of phones) phone.destroy();
    trainer?.destroy();
    trainer = undefined;
    await server.close();
  });

  /** A trainer on the open question and three phones that answered it. */
  async function openQuestionAnswered() {
    trainer = await connectTrainer(server.origin, { deck: 'open' });
    for (let i = 0; i < 3; i++) phones.push(await connectParticipant(server.origin, trainer.code));
    trainer.arrive(SLIDE, ID);
    for (const phone of phones) await vi.waitFor(() => expect(phone.current()?.state.status).toBe('open'));
    phones.forEach((phone, i) => phone.answer(ID, `Antwoord ${i}`));
    await vi.waitFor(() => expect(trainer!.answersFor(ID, 1)).toHaveLength(3));
    return trainer;
  }

  test('a trainer move phones cannot see writes nothing to the public stage', async () => {
    const live = await openQuestionAnswered();
    const publicUpdates = countUpdates(phones[0].stage.doc!);
    live.move(ID, { type: 'show', pid: phones[1].pid });
    await vi.waitFor(() => expect(phones[1].current()?.own).toEqual({ shownText: 'Antwoord 1' }));
    live.control(ID, 'lock');
    await vi.waitFor(() => expect(phones[0].current()?.state.status).toBe('locked'));
    expect(publicUpdates()).toBe(1);
  });

  test('approving an answer writes only its sender\'s inbox, and a slide change writes no inbox', async () => {
    const live = await openQuestionAnswered();
    const inboxUpdates = phones.map((phone) => countUpdates(phone.inbox.doc!));
    live.move(ID, { type: 'show', pid: phones[0].pid });
    await vi.waitFor(() => expect(phones[0].current()?.own).toEqual({ shownText: 'Antwoord 0' }));
    live.arrive({ h: 2, v: 0 }, null);
    await vi.waitFor(() => expect(phones[0].current()).toBeNull());
    live.arrive(SLIDE, ID);
    live.move(ID, { type: 'show', pid: phones[2].pid });
    // The last phone's inbox is written once, for its own approval: anything sent to it before came first.
    await vi.waitFor(() => expect(phones[2].current()?.own).toEqual({ shownText: 'Antwoord 2' }));
    expect(inboxUpdates.map((count) => count())).toEqual([1, 0, 1]);
  });

  test('a phone whose approved answer changes learns it is no longer on screen, and on screen again once approved', async () => {
    const live = await openQuestionAnswered();
    live.move(ID, { type: 'show', pid: phones[0].pid });
    await vi.waitFor(() => expect(phones[0].current()?.own).toEqual({ shownText: 'Antwoord 0' }));
    phones[0].answer(ID, 'Iets anders');
    await vi.waitFor(() => expect(phones[0].current()?.own).toBeUndefined());
    live.move(ID, { type: 'show', pid: phones[0].pid });
    await vi.waitFor(() => expect(phones[0].current()?.own).toEqual({ shownText: 'Iets anders' }));
    live.control(ID, 'reset');
    await vi.waitFor(() => expect(phones[0].current()?.own).toBeUndefined());
  });

  test('after the room left memory, a phone reconnects with the public stage and inbox it held, is not refused, and follows the stage', async () => {
    const live = await openQuestionAnswered();
    live.move(ID, { type: 'show', pid: phones[0].pid });
    await vi.waitFor(() => expect(phones[0].current()?.own).toEqual({ shownText: 'Antwoord 0' }));
    const seat = await joinRoom(server.origin, live.code);
    const params = { role: 'participant', pid: seat.pid, token: seat.token };
    const held: DocConnection[] = [publicStageDocName(live.code), inboxDocName(live.code, seat.pid)].map((docName) =>
      connectDoc({ origin: server.origin, docName, params, WebSocketPolyfill: WebSocket }),
    );
    await Promise.all(held.map(whenSynced));
    const closes: number[] = [];
    for (const { provider } of held) provider.on('connection-close', (event) => closes.push(event?.code ?? 0));

    for (const { provider } of held) provider.disconnect();
    for (const phone of phones.splice(0)) phone.destroy();
    live.destroy();
    await vi.waitFor(() => expect(server.loadedRooms()).toBe(0), { timeout: 10_000, interval: 50 });

    trainer = await connectTrainer(server.origin, live.room);
    trainer.control(ID, 'lock');
    for (const { provider } of held) provider.connect();
    const exercises = held[0].doc.getMap(STAGE.exercises);
    await vi.waitFor(() => expect(exercises.get(ID)).toMatchObject({ status: 'locked' }));
    trainer.control(ID, 'reveal');
    await vi.waitFor(() => expect(exercises.get(ID)).toMatchObject({ status: 'revealed', reveal: { shown: ['Antwoord 0'] } }));
    expect(held.map(({ provider }) => provider.wsconnected)).toEqual([true, true]);
    expect(held[1].doc.getMap(INBOX.own).toJSON()).toEqual({});
    expect(closes.filter((code) => code >= 4000)).toEqual([]);
    for (const connection of held) connection.destroy();
  });
});
