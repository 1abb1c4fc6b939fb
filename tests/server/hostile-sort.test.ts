import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SortTally } from '../../src/kinds/sort/model.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { answerUpdate, expectClosedWith } from '../support/raw-socket.ts';

const SORT = 'kijken-of-denken';
const RIGHT = { s1: 'waarneming', s2: 'interpretatie', s3: 'waarneming', s4: 'interpretatie', s5: 'waarneming', s6: 'interpretatie' };

describe('hostile clients against an observation sort', () => {
  let room: HostileRoom;

  const attack = () => room.asAttacker(room.ownDoc());
  const sortTally = () => (room.trainer.tallyOf(SORT) as SortTally);

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'sorteer' });
    room.trainer.arrive({ h: 2, v: 0 }, SORT);
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('closes the socket on a sort of the wrong shape, with a statement missing or extra, or on a pile that does not exist', async () => {
    const { trainer, honest } = room;
    const { s6: _left, ...missing } = RIGHT;
    for (const bad of [
      'waarneming',
      42,
      null,
      Object.values(RIGHT),
      missing,
      { ...RIGHT, s7: 'waarneming' },
      { ...missing, s9: 'interpretatie' },
      { ...RIGHT, s2: 'gevoel' },
      { ...RIGHT, s2: 'Interpretatie' },
      { ...RIGHT, s2: 'x'.repeat(10_000) },
      { ...RIGHT, s2: ['interpretatie'] },
      { ...RIGHT, s2: { pile: 'interpretatie' } },
    ]) {
      const socket = await attack();
      socket.sendUpdate(answerUpdate(SORT, bad));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    expect(sortTally().total).toBe(0);
    expect([...trainer.answers.keys()]).toEqual([]);

    honest.answer(SORT, RIGHT);
    await vi.waitFor(() => expect(sortTally().total).toBe(1));
    expect([sortTally().counts['s1/waarneming'], sortTally().counts['s1/interpretatie']]).toEqual([1, 0]);
    expect([...trainer.answers.keys()]).toEqual([`${SORT}/${honest.pid}/1`]);
  });

  test('closes the socket on an answer to the sort that is not on screen and on an old round', async () => {
    const { trainer, honest } = room;
    const otherSort = { s1: 'waarneming', s2: 'interpretatie', s3: 'gevoel' };
    const offScreen = await attack();
    offScreen.sendUpdate(answerUpdate('drie-stapels', otherSort));
    await expectClosedWith(offScreen, 'notOpen');
    const wrongExercise = await attack();
    wrongExercise.sendUpdate(answerUpdate(SORT, otherSort));
    await expectClosedWith(wrongExercise, 'invalidAnswer');
    trainer.control(SORT, 'reset');
    await vi.waitFor(() => expect(honest.current()?.state.round).toBe(2));
    const stale = await attack();
    stale.sendUpdate(answerUpdate(SORT, RIGHT, 1));
    await expectClosedWith(stale, 'notOpen');
    expect([...trainer.answers.keys()]).toEqual([]);

    honest.answer(SORT, RIGHT);
    await vi.waitFor(() => expect(trainer.answersFor(SORT, 2).map((entry) => entry.value)).toEqual([RIGHT]));
  });

  test('an honest sort sent by the same raw client is accepted, so the checks above are not blanket refusals', async () => {
    const { trainer } = room;
    const socket = await attack();
    socket.sendUpdate(answerUpdate(SORT, RIGHT));
    await vi.waitFor(() => expect(trainer.answersFor(SORT, 1).map((entry) => entry.value)).toEqual([RIGHT]));
    socket.ws.close();
  });
});
