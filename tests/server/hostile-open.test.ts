import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { OpenTally } from '../../src/kinds/open/model.ts';
import { inboxDocName, publicStageDocName } from '../../src/shared/doc-names.ts';
import { STAGE } from '../../src/shared/room-schema.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { answerUpdate, expectClosedWith, updateFrom } from '../support/raw-socket.ts';

const ID = 'nodig';
const answer = (value: unknown, round = 1) => answerUpdate(ID, value, round);

describe('hostile clients on an open question', () => {
  let room: HostileRoom;

  const tally = () => room.trainer.tallyOf(ID) as OpenTally;

  /** Nothing of the attack reached the trainer, and the honest phone still answers. */
  async function expectNoHarm() {
    const { trainer, honest } = room;
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    expect(trainer.exercises.get(ID)?.progress).toBeUndefined();
    honest.answer(ID, 'Geduld');
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toEqual([{ pid: honest.pid, value: 'Geduld' }]));
  }

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'open', limits: { messageBurst: 40, messagesPerSecond: 10 } });
    room.trainer.arrive({ h: 1, v: 0 }, ID);
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('rejects answers that are not one line of trimmed text within the limit', async () => {
    const { asAttacker, ownDoc } = room;
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

  test('rejects answers with a zero-width character, a bidi mark or a pile of combining marks', async () => {
    const { asAttacker, ownDoc } = room;
    for (const bad of ['Ge\u200bduld', 'Ge\u200dduld', 'Geduld\ufeff', 'Ge\u00adduld', '\u200fGeduld', 'Ge\u0351\u0352\u0357\u035bduld']) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(answer(bad));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    await expectNoHarm();
  });

  test('accepts markup as plain text of at most 80 characters', async () => {
    const { trainer, asAttacker, ownDoc } = room;
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(answer('<img src=x onerror=alert(1)>'));
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1).map((entry) => entry.value)).toEqual(['<img src=x onerror=alert(1)>']));
    socket.ws.close();
  });

  test('rejects a participant that puts its own answer on the projector by writing the public stage or its inbox', async () => {
    const { trainer, attacker, asAttacker } = room;
    const socket = await asAttacker(publicStageDocName(trainer.code));
    const state = trainer.exercises.get(ID)!;
    socket.sendUpdate(updateFrom((doc) => doc.getMap('exercises').set(ID, { ...state, progress: { shown: [{ pid: attacker.pid, hash: 'x' }] } })));
    await expectClosedWith(socket, 'forbidden');
    const inbox = await asAttacker(inboxDocName(trainer.code, attacker.pid));
    inbox.sendUpdate(updateFrom((doc) => doc.getMap('own').set(ID, { shownText: 'Geduld' })));
    await expectClosedWith(inbox, 'forbidden');
    await expectNoHarm();
  });

  test('rejects a participant that writes the moderation window\'s marks, on the public stage or in its own document', async () => {
    const { trainer, attacker, asAttacker, ownDoc } = room;
    const entry = { round: 1, shown: [{ pid: attacker.pid, hash: 'x' }] };
    const publicStage = await asAttacker(publicStageDocName(trainer.code));
    publicStage.sendUpdate(updateFrom((doc) => doc.getMap(STAGE.moderation).set(ID, entry)));
    await expectClosedWith(publicStage, 'forbidden');
    const own = await asAttacker(ownDoc());
    own.sendUpdate(updateFrom((doc) => doc.getMap(STAGE.moderation).set(ID, entry)));
    await expectClosedWith(own, 'forbidden');
    expect(trainer.moderation.size).toBe(0);
    await expectNoHarm();
  });

  test('rejects an answer to a locked question and to an old round', async () => {
    const { trainer, honest, asAttacker, ownDoc } = room;
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
    const { trainer, honest } = room;
    honest.answer(ID, 'Geduld');
    await vi.waitFor(() => expect(tally().total).toBe(1));
    trainer.move(ID, { type: 'show', pid: honest.pid });
    await vi.waitFor(() => expect(honest.current()?.own).toEqual({ shownText: 'Geduld' }));
    expect(honest.current()?.state).not.toHaveProperty('progress');
    expect(tally().shown).toEqual(['Geduld']);
    honest.answer(ID, 'Iets wat de trainer niet zag');
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)[0]?.value).toBe('Iets wat de trainer niet zag'));
    expect(tally()).toEqual({ total: 1, shown: [], words: [] });
    trainer.move(ID, { type: 'show', pid: honest.pid });
    expect(tally().shown).toEqual(['Iets wat de trainer niet zag']);
  });
});
