import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { OpdrachtTally } from '../../src/kinds/opdracht/model.ts';
import { inboxDocName, publicStageDocName } from '../../src/shared/doc-names.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { answerUpdate, expectClosedWith, updateFrom } from '../support/raw-socket.ts';

const ID = 'transfer';
const TASK = { text: 'Ik vraag door voordat ik een oplossing geef', share: true };
const answer = (value: unknown, round = 1) => answerUpdate(ID, value, round);

describe('hostile clients on a transfer task', () => {
  let room: HostileRoom;

  const tally = () => room.trainer.tallyOf(ID) as OpdrachtTally;

  /** Nothing of the attack reached the trainer, and the honest phone still answers. */
  async function expectNoHarm() {
    const { trainer, honest } = room;
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    expect(trainer.exercises.get(ID)?.progress).toBeUndefined();
    honest.answer(ID, TASK);
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: TASK }]));
  }

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'opdracht', limits: { messageBurst: 40, messagesPerSecond: 10 } });
    room.trainer.arrive({ h: 1, v: 0 }, ID);
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('rejects answers that are not exactly { text, share } with clean text within the limit and a boolean', async () => {
    const { asAttacker, ownDoc } = room;
    for (const bad of [
      answer('Ik vraag door'),
      answer(null),
      answer([TASK]),
      answer({ text: 'Ik vraag door' }),
      answer({ share: false }),
      answer({ text: 'Ik vraag door', share: 'ja' }),
      answer({ text: 'Ik vraag door', share: 1 }),
      answer({ text: 'Ik vraag door', share: null }),
      answer({ ...TASK, shown: true }),
      answer({ text: '', share: false }),
      answer({ text: '   ', share: false }),
      answer({ text: ' Ik vraag door', share: false }),
      answer({ text: 'x'.repeat(201), share: false }),
      answer({ text: 'Ik vraag\ndoor', share: true }),
      answer({ text: 'Ik\u200bvraag door', share: true }),
      answer({ text: '\u202eIk vraag door', share: true }),
      answer({ text: 42, share: true }),
      updateFrom((doc) => doc.getMap('answers').set(ID, { round: 1, value: TASK, shown: true })),
      updateFrom((doc) => doc.getMap('answers').set(ID, new Y.Map())),
    ]) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(bad);
      await expectClosedWith(socket, 'invalidAnswer');
    }
    await expectNoHarm();
  });

  test('rejects a participant that puts its own task on the projector through the public stage or its inbox', async () => {
    const { trainer, attacker, asAttacker } = room;
    const socket = await asAttacker(publicStageDocName(trainer.code));
    const state = trainer.exercises.get(ID)!;
    socket.sendUpdate(updateFrom((doc) => doc.getMap('exercises').set(ID, { ...state, progress: { shown: [{ pid: attacker.pid, hash: 'x' }] } })));
    await expectClosedWith(socket, 'forbidden');
    const inbox = await asAttacker(inboxDocName(trainer.code, attacker.pid));
    inbox.sendUpdate(updateFrom((doc) => doc.getMap('own').set(ID, { shownText: TASK.text })));
    await expectClosedWith(inbox, 'forbidden');
    await expectNoHarm();
  });

  test('rejects a task for a locked exercise and for an old round', async () => {
    const { trainer, honest, asAttacker, ownDoc } = room;
    trainer.control(ID, 'lock');
    await vi.waitFor(() => expect(honest.current()?.state.status).toBe('locked'));
    const locked = await asAttacker(ownDoc());
    locked.sendUpdate(answer(TASK));
    await expectClosedWith(locked, 'notOpen');
    trainer.control(ID, 'reset');
    await vi.waitFor(() => expect(honest.current()?.state.round).toBe(2));
    const old = await asAttacker(ownDoc());
    old.sendUpdate(answer(TASK, 1));
    await expectClosedWith(old, 'notOpen');
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    expect(trainer.answersFor(ID, 2)).toEqual([]);
  });

  test('a shared task taken back leaves the projector, and the trainer cannot show it again', async () => {
    const { trainer, honest } = room;
    honest.answer(ID, TASK);
    await vi.waitFor(() => expect(tally()).toEqual({ written: 1, shared: 1, shown: [] }));
    trainer.moderate(ID, { type: 'show', pid: honest.pid });
    await vi.waitFor(() => expect(honest.current()?.own).toEqual({ shownText: TASK.text }));
    expect(tally().shown).toEqual([TASK.text]);
    honest.answer(ID, { ...TASK, share: false });
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: { share: false } }]));
    expect(tally()).toEqual({ written: 1, shared: 0, shown: [] });
    await vi.waitFor(() => expect(honest.current()?.own).toBeUndefined());
    trainer.moderate(ID, { type: 'show', pid: honest.pid });
    expect(tally().shown).toEqual([]);
  });
});
