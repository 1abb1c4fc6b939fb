import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { indexAnswers } from '../../src/shared/deck/answer-index.ts';
import { RESULTS, parseResultKey, resultKey, type RecordedAnswer } from '../../src/shared/room-schema.ts';

/** What the trainer computed before the index: a walk over every answer. */
function fullScan(answers: Y.Map<RecordedAnswer>, exerciseId: string, round: number) {
  return [...answers]
    .filter(([key, answer]) => parseResultKey(key).exerciseId === exerciseId && answer.round === round)
    .map(([key, answer]) => ({ pid: parseResultKey(key).pid, value: answer.value }));
}

const pid = (n: number) => `pid${String(n).padStart(13, '0')}`;
const record = (answers: Y.Map<RecordedAnswer>, exerciseId: string, n: number, round: number, value: unknown) =>
  answers.set(resultKey(exerciseId, pid(n), round), { round, value, at: 0 });

describe('the trainer\'s answer index', () => {
  it('holds what a walk over the results holds, through answers changed, new rounds, deletions and remote updates', () => {
    const server = new Y.Doc();
    const trainer = new Y.Doc();
    const serverAnswers = server.getMap<RecordedAnswer>(RESULTS.answers);
    const answers = trainer.getMap<RecordedAnswer>(RESULTS.answers);
    server.transact(() => {
      record(serverAnswers, 'vraag', 1, 1, 'a');
      record(serverAnswers, 'vraag', 2, 1, 'b');
    });
    Y.applyUpdate(trainer, Y.encodeStateAsUpdate(server));
    // Created on a document that already holds answers (a trainer reloading mid-session).
    const index = indexAnswers(answers);
    const sync = () => Y.applyUpdate(trainer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(trainer)));

    server.transact(() => {
      record(serverAnswers, 'vraag', 1, 1, 'c');
      record(serverAnswers, 'vraag', 3, 1, 'a');
      record(serverAnswers, 'vraag', 1, 2, 'b');
      record(serverAnswers, 'schaal', 1, 1, 7);
    });
    sync();
    serverAnswers.delete(resultKey('vraag', pid(2), 1));
    sync();
    record(answers, 'schaal', 2, 1, 3);

    for (const [exerciseId, round] of [['vraag', 1], ['vraag', 2], ['schaal', 1], ['schaal', 2], ['open', 1]] as const) {
      expect(index.answersFor(exerciseId, round), `${exerciseId} round ${round}`).toEqual(fullScan(answers, exerciseId, round));
    }
    expect(index.answersFor('vraag', 1)).toEqual([{ pid: pid(1), value: 'c' }, { pid: pid(3), value: 'a' }]);
    index.destroy();
  });

  it('reads one round without walking every answer of the session', () => {
    const doc = new Y.Doc();
    const answers = doc.getMap<RecordedAnswer>(RESULTS.answers);
    const index = indexAnswers(answers);
    doc.transact(() => {
      for (let n = 0; n < 50; n++) record(answers, 'eerder', n, 1, 'a');
      record(answers, 'vraag', 1, 1, 'b');
    });
    const walk = vi.spyOn(answers, 'entries');
    expect(index.answersFor('vraag', 1)).toEqual([{ pid: pid(1), value: 'b' }]);
    expect(walk).not.toHaveBeenCalled();
  });
});
