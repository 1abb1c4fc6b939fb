import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ResultsExport } from '../../server/results-export.ts';
import type { FeedbackTally } from '../../src/kinds/feedback/model.ts';
import { publicStageDocName } from '../../src/shared/doc-names.ts';
import { fetchResults } from '../../src/sync/trainer-api.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { TRAINER_HEADERS } from '../support/test-server.ts';
import { answerUpdate, expectClosedWith, updateFrom } from '../support/raw-socket.ts';

const DRILL = 'altijd-slordig';
const PLAIN = 'goed-gedaan';

describe('hostile clients on a feedback drill', () => {
  let room: HostileRoom;

  async function expectRejected(id: string, values: unknown[]) {
    const { asAttacker, ownDoc } = room;
    for (const value of values) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(answerUpdate(id, value));
      await expectClosedWith(socket, 'invalidAnswer');
    }
  }

  async function show(id: string, h: number) {
    const { trainer, honest } = room;
    trainer.arrive({ h, v: 0 }, id);
    await vi.waitFor(() => expect(honest.current()?.id).toBe(id));
  }

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'feedback', limits: { messageBurst: 40, messagesPerSecond: 10 } });
    await show(DRILL, 1);
  });

  afterEach(() => room.close());

  test('rejects ticks that are unsorted, repeated, unknown or not a list, and answers of the wrong shape', async () => {
    const { trainer, honest } = room;
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

  test('rejects rewrites that are empty, too long, multi-line, invisible-marked or not text', async () => {
    const { trainer, honest } = room;
    await expectRejected(DRILL, [
      { ticks: [], rewrite: '' },
      { ticks: [], rewrite: ' Ik zag' },
      { ticks: [], rewrite: 'x'.repeat(201) },
      { ticks: [], rewrite: 'Ik zag\nhet' },
      { ticks: [], rewrite: 5 },
      { ticks: [], rewrite: null },
      { ticks: [], rewrite: 'Ik\u200b zag' },
      { ticks: [], rewrite: 'Ik za\u0351\u0352\u0357g' },
    ]);
    honest.answer(DRILL, { ticks: [], rewrite: 'Ik zag drie dozen zonder etiket.' });
    await vi.waitFor(() => expect((trainer.tallyOf(DRILL) as FeedbackTally).rewrites).toBe(1));
  });

  test('rejects an answer that hides a rewrite under a "__proto__" key, which lib0 decodes into a prototype', async () => {
    const { server, trainer, honest } = room;
    // Found by the fuzz suite: ticks alone pass the schema, and the hidden rewrite (no free-text
    // check, a line break and markup in it) reached the server's results and its download.
    const smuggled = JSON.parse('{"ticks":["a"],"__proto__":{"rewrite":"verstopt\\n<b>x</b>"}}');
    await expectRejected(DRILL, [smuggled, JSON.parse('{"ticks":["a"],"__proto__":null}')]);
    honest.answer(DRILL, { ticks: ['a'] });
    await vi.waitFor(() => expect(trainer.answersFor(DRILL, 1)).toEqual([{ pid: honest.pid, value: { ticks: ['a'] } }]));
    const download = JSON.parse(await (await fetchResults(server.origin, trainer.room, 'json', TRAINER_HEADERS)).text()) as ResultsExport;
    expect(download.totals.map((total) => (total.tally as FeedbackTally).rewrites)).toEqual([0]);
  });

  test('rejects bytes as a "__proto__", which would have left the participant\'s document unable to sync', async () => {
    const { trainer, attacker, asAttacker, ownDoc } = room;
    // Found by the fuzz suite: such a value cannot be encoded again, so once applied the
    // document could neither be stored, nor sent on, nor answer a sync until a restart.
    await expectRejected(DRILL, [Object.fromEntries([['ticks', ['a']], ['__proto__', new Uint8Array([1, 2])]])]);
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(answerUpdate(DRILL, { ticks: ['c'] }));
    await vi.waitFor(() => expect(trainer.answersFor(DRILL, 1)).toEqual([{ pid: attacker.pid, value: { ticks: ['c'] } }]));
    socket.ws.close();
  });

  test('rejects a rewrite where the drill asks for none', async () => {
    const { trainer, honest } = room;
    await show(PLAIN, 2);
    await expectRejected(PLAIN, [{ ticks: ['c'], rewrite: 'Goed dat je het meldde.' }]);
    honest.answer(PLAIN, { ticks: ['c'] });
    await vi.waitFor(() => expect(trainer.answersFor(PLAIN, 1)).toEqual([{ pid: honest.pid, value: { ticks: ['c'] } }]));
  });

  test('rejects an answer to a drill that is not on screen, and a participant writing the reveal', async () => {
    const { trainer, honest, asAttacker, ownDoc } = room;
    const offScreen = await asAttacker(ownDoc());
    offScreen.sendUpdate(answerUpdate(PLAIN, { ticks: ['c'] }));
    await expectClosedWith(offScreen, 'notOpen');
    const stage = await asAttacker(publicStageDocName(trainer.code));
    const state = trainer.exercises.get(DRILL)!;
    stage.sendUpdate(updateFrom((doc) => doc.getMap('exercises').set(DRILL, { ...state, status: 'revealed', reveal: { shown: ['spam'] } })));
    await expectClosedWith(stage, 'forbidden');
    expect(trainer.exercises.get(DRILL)?.status).toBe('open');
    expect(trainer.answersFor(PLAIN, 1)).toEqual([]);
    honest.answer(DRILL, { ticks: [] });
    await vi.waitFor(() => expect(trainer.answersFor(DRILL, 1)).toEqual([{ pid: honest.pid, value: { ticks: [] } }]));
  });
});
