import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { answerUpdate, expectClosedWith } from '../support/raw-socket.ts';
import { countsOf } from '../support/test-server.ts';

const QUIZ = 'stijlen-basis';
const NONE = { instrueren: 0, begeleiden: 0, steunen: 0, delegeren: 0 };

describe('hostile clients on a style quiz', () => {
  let room: HostileRoom;

  const attack = () => room.asAttacker(room.ownDoc());

  /** Every value is closed with 4422 and nothing of it reaches the results. */
  async function expectRejected(values: unknown[]) {
    const { trainer, attacker } = room;
    for (const value of values) {
      const socket = await attack();
      socket.sendUpdate(answerUpdate(QUIZ, value));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    expect([...trainer.answers.keys()].filter((key) => key.includes(attacker.pid))).toEqual([]);
  }

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'stijlquiz' });
    room.trainer.arrive({ h: 2, v: 0 }, QUIZ);
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('rejects answers of the wrong shape, with an unknown style, or for a situation not yet shown', async () => {
    const { trainer, honest } = room;
    await expectRejected([
      'instrueren',
      ['instrueren'],
      {},
      { 0: 'sturen' },
      { 0: 'Instrueren' },
      { 0: 3 },
      { 0: ['instrueren'] },
      { 0: 'instrueren', x: 'steunen' },
      { '00': 'instrueren' },
      { 1: 'steunen' },
      { 0: 'instrueren', 1: 'steunen' },
      { 99: 'steunen' },
    ]);
    expect(countsOf(trainer, QUIZ)).toEqual(NONE);
    honest.answer(QUIZ, { 0: 'instrueren' });
    await vi.waitFor(() => expect(countsOf(trainer, QUIZ)).toEqual({ ...NONE, instrueren: 1 }));
  });

  test('once the trainer moves on, a record may name the situations shown so far and no further', async () => {
    const { trainer, honest } = room;
    honest.answer(QUIZ, { 0: 'instrueren' });
    await vi.waitFor(() => expect(countsOf(trainer, QUIZ).instrueren).toBe(1));
    trainer.move(QUIZ, 'next');
    await vi.waitFor(() => expect(honest.current()?.state.progress).toEqual({ situation: 1, reached: 1 }));
    await expectRejected([{ 0: 'instrueren', 1: 'steunen', 2: 'steunen' }, { 2: 'delegeren' }, { 1: 'coachen' }]);
    expect(countsOf(trainer, QUIZ)).toEqual(NONE);
    honest.answer(QUIZ, { 0: 'instrueren', 1: 'steunen' });
    await vi.waitFor(() => expect(countsOf(trainer, QUIZ)).toEqual({ ...NONE, steunen: 1 }));
    expect(trainer.answersFor(QUIZ, 1).map((entry) => entry.value)).toEqual([{ 0: 'instrueren', 1: 'steunen' }]);
  });

  test('rejects any answer while the summary is on screen', async () => {
    const { trainer, honest } = room;
    trainer.move(QUIZ, 'summary');
    await vi.waitFor(() => expect(honest.current()?.state.status).toBe('revealed'));
    const socket = await attack();
    socket.sendUpdate(answerUpdate(QUIZ, { 0: 'instrueren' }));
    await expectClosedWith(socket, 'notOpen');
    expect(trainer.answersFor(QUIZ, 1)).toEqual([]);
  });
});
