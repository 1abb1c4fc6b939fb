/**
 * Questions from the hall against a real server on port 0 with real Yjs clients: what a hostile
 * phone sends is refused or does not count, and no phone receives an unapproved question of
 * another, a sender or a voter.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { VragenPublicParts, VragenTally } from '../../src/kinds/vragen/model.ts';
import { publicQuestionId, questionContentHash, SEAT_BUDGET, type AskedQuestion, type VragenAnswer } from '../../src/kinds/vragen/rules.ts';
import { publicStageDocName } from '../../src/shared/doc-names.ts';
import { talliesOf } from '../../src/shared/room-schema.ts';
import { startHostileRoom, type HostileRoom } from '../support/hostile-room.ts';
import { joinAsSpy } from '../support/phone-spy.ts';
import { answerUpdate, expectClosedWith, updateFrom } from '../support/raw-socket.ts';

const ID = 'zaal';
const LATER = { timeout: 10_000 };
const ask = (id: string, text: string, name?: string): AskedQuestion => ({ id, text, ...(name ? { name } : {}) });
const value = (questions: AskedQuestion[], votes: string[] = []): VragenAnswer => ({ questions, votes });
const answer = (v: unknown, round = 1) => answerUpdate(ID, v, round);

describe('hostile clients on questions from the hall', () => {
  let room: HostileRoom;
  const tally = () => room.trainer.tallyOf(ID) as VragenTally;
  const live = () => (room.honest.current()?.live ?? {}) as Partial<VragenPublicParts>;
  const approve = (pid: string, question: AskedQuestion) => room.trainer.moderate(ID, { type: 'show', pid, hash: questionContentHash(question) });

  beforeEach(async () => {
    room = await startHostileRoom({ deck: 'vragen', limits: { messageBurst: 60, messagesPerSecond: 20, publicTallyMs: 50 } });
    room.trainer.arrive({ h: 1, v: 0 }, ID);
    await vi.waitFor(() => expect(room.honest.current()?.state.status).toBe('open'));
  });

  afterEach(() => room.close());

  test('refuses an empty, oversize or unclean question, a bad name, one question too many and a malformed answer', async () => {
    const { asAttacker, ownDoc, trainer } = room;
    for (const bad of [
      value([ask('aaaa1', '')]),
      value([ask('aaaa1', '   ')]),
      value([ask('aaaa1', 'x'.repeat(121))]),
      value([ask('aaaa1', 'Hoe\u202e?')]),
      value([ask('aaaa1', 'Hoe\nzo?')]),
      value([ask('aaaa1', 'Hoe?', 'n'.repeat(31))]),
      value([ask('aaaa1', 'Een?'), ask('aaaa2', 'Twee?'), ask('aaaa3', 'Drie?')]),
      value([ask('aaaa1', 'Een?'), ask('aaaa1', 'Twee?')]),
      value([], Array.from({ length: 101 }, (_, i) => `v${i}`)),
      { questions: [ask('aaaa1', 'Hoe?')] },
      { ...value([]), pid: 'iemand' },
      'Hoe begin ik?',
      updateFrom((doc) => doc.getMap('answers').set(ID, { round: 1, value: value([]), at: 0 })),
    ]) {
      const socket = await asAttacker(ownDoc());
      socket.sendUpdate(bad instanceof Uint8Array ? bad : answer(bad));
      await expectClosedWith(socket, 'invalidAnswer');
    }
    expect(trainer.answersFor(ID, 1)).toEqual([]);
    room.honest.answer(ID, value([ask('eerl1', 'Een eerlijke vraag?')]));
    await vi.waitFor(() => expect(tally().waiting).toBe(1));
  });

  test('closes a seat that changes its questions and votes faster than its budget, over every socket it opens, and no other seat', async () => {
    const { asAttacker, ownDoc, trainer, honest } = room;
    const first = await asAttacker(ownDoc());
    const half = Math.ceil(SEAT_BUDGET.burst / 2);
    for (let i = 0; i < half; i++) first.sendUpdate(answer(value([], [`v${i}`])));
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toHaveLength(1));
    first.ws.close();
    const second = await asAttacker(ownDoc());
    for (let i = half; i <= SEAT_BUDGET.burst; i++) second.sendUpdate(answer(value([], [`v${i}`])));
    await expectClosedWith(second, 'flood');
    honest.answer(ID, value([ask('eerl1', 'Mag ik nog?')]));
    await vi.waitFor(() => expect(tally().waiting).toBe(1));
  });

  test('counts one vote per phone: a second vote, a vote on an unapproved or unknown question and one on its own are ignored', async () => {
    const { asAttacker, ownDoc, honest, attacker, trainer } = room;
    const shown = ask('open1', 'Goedgekeurde vraag?');
    const waiting = ask('wacht', 'Nog niet goedgekeurd?');
    honest.answer(ID, value([shown, waiting]));
    await vi.waitFor(() => expect(tally().waiting).toBe(2));
    approve(honest.pid, shown);
    await vi.waitFor(() => expect(live().questions?.map((q) => q.text)).toEqual(['Goedgekeurde vraag?']), LATER);
    const shownId = publicQuestionId(shown.id);
    const waitingId = publicQuestionId(waiting.id);
    const own = ask('mijn1', 'Mijn eigen vraag?');
    const socket = await asAttacker(ownDoc());
    socket.sendUpdate(answer(value([own], [shownId, shownId, shownId, waitingId, 'onbekend', publicQuestionId(own.id)])));
    await vi.waitFor(() => expect(trainer.answersFor(ID, 1)).toHaveLength(2));
    approve(attacker.pid, own);
    await vi.waitFor(() => expect(live().questions).toHaveLength(2), LATER);
    expect(tally().questions.map((q) => [q.text, q.votes])).toEqual([['Goedgekeurde vraag?', 1], ['Mijn eigen vraag?', 0]]);
    const ownId = publicQuestionId(own.id);
    await vi.waitFor(() => expect(live().votes).toEqual({ [shownId]: 1, [ownId]: 0 }), LATER);
    // A vote can be taken back.
    honest.answer(ID, value([shown, waiting], [ownId]));
    await vi.waitFor(() => expect(live().votes).toEqual({ [shownId]: 1, [ownId]: 1 }), LATER);
    honest.answer(ID, value([shown, waiting], []));
    await vi.waitFor(() => expect(live().votes).toEqual({ [shownId]: 1, [ownId]: 0 }), LATER);
    socket.ws.close();
  });

  test('a phone never receives another\'s unapproved question, nor who asked or voted', async () => {
    const { trainer, honest, server } = room;
    const spy = await joinAsSpy(server.origin, trainer.code);
    const secret = ask('geheim', 'GEHEIM nog niet goedgekeurd?', 'Naamloos');
    const approved = ask('goed1', 'OPENBAAR goedgekeurd?', 'Sanne');
    honest.answer(ID, value([secret, approved]));
    await vi.waitFor(() => expect(tally().waiting).toBe(2));
    approve(honest.pid, approved);
    const approvedId = publicQuestionId(approved.id);
    spy.session.answer(ID, value([], [approvedId]));
    await vi.waitFor(() => expect(spy.session.current()?.live.votes).toEqual({ [approvedId]: 1 }), LATER);
    expect(spy.received()).toContain('OPENBAAR goedgekeurd?');
    for (const text of [spy.received(), spy.held()]) {
      expect(text).not.toContain('GEHEIM');
      expect(text).not.toContain('Naamloos');
      expect(text).not.toContain(honest.pid);
      expect(text).not.toContain('goed1');
    }
    // The honest phone learns nothing of the spy's vote but the count.
    expect(JSON.stringify(honest.docs().map((doc) => doc.getMap(talliesOf(ID)).toJSON()))).not.toContain(spy.seat.pid);
    spy.session.destroy();
  });

  test('a participant cannot publish a question or a count itself', async () => {
    const { trainer, asAttacker } = room;
    const socket = await asAttacker(publicStageDocName(trainer.code));
    socket.sendUpdate(updateFrom((doc) => doc.getMap(talliesOf(ID)).set('questions', [{ id: 'x', text: 'Gekaapt', state: 'open' }])));
    await expectClosedWith(socket, 'forbidden');
    expect(live().questions ?? []).toEqual([]);
  });
});

describe('the public tally under many votes', () => {
  test('reaches phones at most once per interval, not once per vote', async () => {
    const room = await startHostileRoom({ deck: 'vragen', limits: { publicTallyMs: 60_000 } });
    try {
      const { trainer, honest, asAttacker, ownDoc } = room;
      trainer.arrive({ h: 2, v: 0 }, 'groep');
      await vi.waitFor(() => expect(honest.current()?.state.status).toBe('open'));
      // The first change after a quiet spell (the exercise opening) is published at once…
      await vi.waitFor(() => expect(honest.current()?.live).toEqual({ questions: [], votes: {} }), LATER);
      const question = ask('vraag', 'Wie stemt er mee?');
      honest.answer('groep', value([question]));
      const voter = await asAttacker(ownDoc());
      voter.sendUpdate(answerUpdate('groep', value([], [publicQuestionId(question.id)])));
      await vi.waitFor(() => expect((trainer.tallyOf('groep') as VragenTally).questions.map((q) => q.votes)).toEqual([1]));
      // …and what follows only when the interval is over: the trainer has the question and its vote, phones not yet.
      expect(honest.current()?.live).toEqual({ questions: [], votes: {} });
      voter.ws.close();
    } finally {
      await room.close();
    }
  });
});
