import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { ParticipantSession } from '../../src/join/participant-session.ts';
import type { OpenTally } from '../../src/exercises/open/model.ts';
import { participantDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { answerUpdate, expectClosedWith, openAsParticipant, updateFrom } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

const ID = 'nodig';
const answer = (value: unknown, round = 1) => answerUpdate(ID, value, round);

describe('hostile clients on an open question', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  let honest: ParticipantSession;
  let attacker: ParticipantSeat;

  const asAttacker = (docName: string) => openAsParticipant(server.origin, attacker, docName);
  const ownDoc = () => participantDocName(trainer.code, attacker.pid);
  const tally = () => trainer.tallyOf(ID) as OpenTally;

  /** Nothing of the attack reached the trainer, and the honest phone still answers. */
  async function expectNoHarm() {
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    expect(trainer.exercises.get(ID)?.progress).toBeUndefined();
    honest.answer(ID, 'Geduld');
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: 'Geduld' }]));
  }

  beforeEach(async () => {
    server = await startTestServer({ limits: { messageBurst: 40, messagesPerSecond: 10 } });
    trainer = await connectTrainer(server.origin, { deck: 'open' });
    honest = await connectParticipant(server.origin, trainer.code);
    attacker = await joinRoom(server.origin, trainer.code);
    trainer.arrive({ h: 1, v: 0 }, ID);
    await vi.waitFor(() => expect(honest.current()?.state.status).toBe('open'));
  });

  afterEach(async () => {
    honest.destroy();
    trainer.destroy();
    await server.close();
  });

  test('rejects answers that are not one line of trimmed text within the limit', async () => {
    for (const bad of [
      answer(42),
      answer(null),
      answer(['Geduld']),
      answer({ text: 'Geduld' }),
      answer(''),
      answer('   '),
      answer(' Geduld'),
      answer('x'.repeat(81)),
      answer('Ge\nduld'),
      answer('Ge\u0000duld'),
      answer('\u202eGeduld'),
      updateFrom((doc) => doc.getMap('answers').set(ID, { round: 1, value: 'Geduld', shown: true })),
      updateFrom((doc) => doc.getMap('answers').set(ID, new Y.Text('Geduld'))),
    ]) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(bad);
      await expectClosedWith(socket, 'invalidAnswer');
    }
    await expectNoHarm();
  });

  test('accepts markup as plain text of at most 80 characters', async () => {
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(answer('<img src=x onerror=alert(1)>'));
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1).map((entry) => entry.value)).toEqual(['<img src=x onerror=alert(1)>']));
    socket.ws.close();
  });

  test('rejects a participant that puts its own answer on the projector by writing the stage', async () => {
    const socket = await asAttacker(stageDocName(trainer.code));
    const state = trainer.exercises.get(ID)!;
    socket.sendUpdate(updateFrom((doc) => doc.getMap('exercises').set(ID, { ...state, progress: { shown: [{ pid: attacker.pid, hash: 'x' }] } })));
    await expectClosedWith(socket, 'forbidden');
    await expectNoHarm();
  });

  test('rejects an answer to a locked question and to an old round', async () => {
    trainer.control(ID, 'lock');
    await vi.waitFor(() => expect(honest.current()?.state.status).toBe('locked'));
    const locked = await asAttacker(ownDoc());
    locked.sendUpdate(answer('Geduld'));
    await expectClosedWith(locked, 'notOpen');
    trainer.control(ID, 'reset');
    await vi.waitFor(() => expect(honest.current()?.state.round).toBe(2));
    const old = await asAttacker(ownDoc());
    old.sendUpdate(answer('Geduld', 1));
    await expectClosedWith(old, 'notOpen');
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    expect(trainer.answersFor(ID, 2)).toEqual([]);
  });

  test('an approved answer that its sender changes leaves the projector until the trainer approves the new text', async () => {
    honest.answer(ID, 'Geduld');
    await vi.waitFor(() => expect(tally().total).toBe(1));
    trainer.move(ID, { type: 'show', pid: honest.pid });
    await vi.waitFor(() => expect(honest.current()?.state.progress).toEqual({ shown: [{ pid: honest.pid, hash: expect.any(String) }] }));
    expect(tally().shown).toEqual(['Geduld']);
    honest.answer(ID, 'Iets wat de trainer niet zag');
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)[0]?.value).toBe('Iets wat de trainer niet zag'));
    expect(tally()).toEqual({ total: 1, shown: [], words: [] });
    trainer.move(ID, { type: 'show', pid: honest.pid });
    expect(tally().shown).toEqual(['Iets wat de trainer niet zag']);
  });
});
