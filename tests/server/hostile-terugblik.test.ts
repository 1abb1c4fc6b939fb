/**
 * Hostile clients on a look-back, and its privacy on the server: every answer outside
 * `{ score, share, story? }` closes the socket and leaves no trace, and a story its writer did not
 * share never reaches the trainer's results (only its step does).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { TerugblikTally } from '../../src/kinds/terugblik/model.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { answerUpdate, expectClosedWith, updateFrom } from '../support/raw-socket.ts';

const ID = 'hoe-ging-het';
const STORY = { score: 4, share: true, story: 'Hij deed de eerste stap zelf' };
const answer = (value: unknown, round = 1) => answerUpdate(ID, value, round);

describe('hostile clients on a look-back', () => {
  let room: HostileRoom;

  const tally = () => room.trainer.tallyOf(ID) as TerugblikTally;

  /** Nothing of the attack reached the trainer, and the honest phone still answers. */
  async function expectNoHarm() {
    const { trainer, honest } = room;
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    expect(trainer.exercises.get(ID)?.progress).toBeUndefined();
    honest.answer(ID, STORY);
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: STORY }]));
  }

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'terugblik', limits: { messageBurst: 40, messagesPerSecond: 10 } });
    room.trainer.arrive({ h: 1, v: 0 }, ID);
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('rejects answers that are not a step 1-5, a boolean and at most a clean story within the limit', async () => {
    const { asAttacker, ownDoc } = room;
    for (const bad of [
      answer(4),
      answer('Ging goed'),
      answer(null),
      answer([STORY]),
      answer({ score: 0, share: false }),
      answer({ score: 6, share: false }),
      answer({ score: 2.5, share: false }),
      answer({ score: '4', share: false }),
      answer({ score: 4 }),
      answer({ score: 4, share: 'ja' }),
      answer({ ...STORY, story: '' }),
      answer({ ...STORY, story: 'x'.repeat(201) }),
      answer({ ...STORY, story: 'Ging\ngoed' }),
      answer({ ...STORY, story: '\u202eGing goed' }),
      answer({ ...STORY, story: 'Ging\u200bgoed' }),
      answer({ ...STORY, shown: true }),
      updateFrom((doc) => doc.getMap('answers').set(ID, new Y.Map())),
    ]) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(bad);
      await expectClosedWith(socket, 'invalidAnswer');
    }
    await expectNoHarm();
  });

  test('keeps of an unshared story only its step in the trainer\'s results; a story taken back leaves the projector', async () => {
    const { trainer, honest } = room;
    honest.answer(ID, { score: 2, share: false, story: 'Geheim: het ging mis met Jan' });
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: { score: 2, share: false } }]));
    expect(JSON.stringify(trainer.answers.toJSON())).not.toContain('Geheim');
    expect(tally()).toMatchObject({ total: 1, shared: 0, shown: [] });

    honest.answer(ID, STORY);
    await vi.waitFor(() => expect(tally()).toMatchObject({ total: 1, shared: 1 }));
    trainer.moderate(ID, { type: 'show', pid: honest.pid });
    await vi.waitFor(() => expect(honest.current()?.own).toEqual({ shownText: STORY.story }));
    expect(tally().shown).toEqual([STORY.story]);
    honest.answer(ID, { ...STORY, share: false });
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: { score: 4, share: false } }]));
    expect(tally()).toMatchObject({ shared: 0, shown: [] });
    await vi.waitFor(() => expect(honest.current()?.own).toBeUndefined());
  });
});
