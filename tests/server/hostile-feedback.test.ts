import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { FeedbackTally } from '../../src/exercises/feedback/model.ts';
import type { ParticipantSession } from '../../src/join/participant-session.ts';
import { participantDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { answerUpdate, expectClosedWith, openAsParticipant, updateFrom } from '../support/raw-socket.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from '../support/test-server.ts';

const DRILL = 'altijd-slordig';
const PLAIN = 'goed-gedaan';

describe('hostile clients on a feedback drill', () => {
  let server: TestServer;
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  let honest: ParticipantSession;
  let attacker: ParticipantSeat;

  const asAttacker = (docName: string) => openAsParticipant(server.origin, attacker, docName);
  const ownDoc = () => participantDocName(trainer.code, attacker.pid);

  async function expectRejected(id: string, values: unknown[]) {
    for (const value of values) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(answerUpdate(id, value));
      await expectClosedWith(socket, 'invalidAnswer');
    }
  }

  async function show(id: string, h: number) {
    trainer.arrive({ h, v: 0 }, id);
    await vi.waitFor(() => expect(honest.current()?.id).toBe(id));
  }

  beforeEach(async () => {
    server = await startTestServer({ limits: { messageBurst: 40, messagesPerSecond: 10 } });
    trainer = await connectTrainer(server.origin, { deck: 'feedback' });
    honest = await connectParticipant(server.origin, trainer.code);
    attacker = await joinRoom(server.origin, trainer.code);
    await show(DRILL, 1);
  });

  afterEach(async () => {
    honest.destroy();
    trainer.destroy();
    await server.close();
  });

  test('rejects ticks that are unsorted, repeated, unknown or not a list, and answers of the wrong shape', async () => {
    await expectRejected(DRILL, [
      { ticks: ['b', 'a'] },
      { ticks: ['a', 'a'] },
      { ticks: ['z'] },
      { ticks: ['A'] },
      { ticks: [1] },
      { ticks: 'a' },
      {},
      { ticks: [], verdict: true },
      ['a'],
      'a',
      null,
    ]);
    honest.answer(DRILL, { ticks: ['a', 'e'] });
    await vi.waitFor(() => expect((trainer.tallyOf(DRILL) as FeedbackTally).counts).toMatchObject({ a: 1, e: 1 }));
    expect(trainer.answersFor(DRILL, 1).map((entry) => entry.pid)).toEqual([honest.pid]);
  });

  test('rejects rewrites that are empty, too long, multi-line or not text', async () => {
    await expectRejected(DRILL, [
      { ticks: [], rewrite: '' },
      { ticks: [], rewrite: ' Ik zag' },
      { ticks: [], rewrite: 'x'.repeat(201) },
      { ticks: [], rewrite: 'Ik zag\nhet' },
      { ticks: [], rewrite: 5 },
      { ticks: [], rewrite: null },
    ]);
    honest.answer(DRILL, { ticks: [], rewrite: 'Ik zag drie dozen zonder etiket.' });
    await vi.waitFor(() => expect((trainer.tallyOf(DRILL) as FeedbackTally).rewrites).toBe(1));
  });

  test('rejects a rewrite where the drill asks for none', async () => {
    await show(PLAIN, 2);
    await expectRejected(PLAIN, [{ ticks: ['c'], rewrite: 'Goed dat je het meldde.' }]);
    honest.answer(PLAIN, { ticks: ['c'] });
    await vi.waitFor(() => expect(trainer.answersFor(PLAIN, 1)).toEqual([{ pid: honest.pid, value: { ticks: ['c'] } }]));
  });

  test('rejects an answer to a drill that is not on screen, and a participant writing the reveal', async () => {
    const offScreen = await asAttacker(ownDoc());
    offScreen.sendUpdate(answerUpdate(PLAIN, { ticks: ['c'] }));
    await expectClosedWith(offScreen, 'notOpen');
    const stage = await asAttacker(stageDocName(trainer.code));
    const state = trainer.exercises.get(DRILL)!;
    stage.sendUpdate(updateFrom((doc) => doc.getMap('exercises').set(DRILL, { ...state, status: 'revealed', reveal: { shown: ['spam'] } })));
    await expectClosedWith(stage, 'forbidden');
    expect(trainer.exercises.get(DRILL)?.status).toBe('open');
    expect(trainer.answersFor(PLAIN, 1)).toEqual([]);
    honest.answer(DRILL, { ticks: [] });
    await vi.waitFor(() => expect(trainer.answersFor(DRILL, 1)).toEqual([{ pid: honest.pid, value: { ticks: [] } }]));
  });
});
