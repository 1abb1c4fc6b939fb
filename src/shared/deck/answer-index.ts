/**
 * The trainer's answers by exercise and round, kept up to date as the results document changes.
 * A screen redraws its tally after every arriving answer; reading its own round from here costs
 * that round's answers, where walking the whole results map cost every answer of the session
 * (at 5,000 phones, 2.5 ms per redraw and 6 s of the trainer's CPU over one burst; see
 * `npm run bench`).
 */
import type * as Y from 'yjs';
import type { AnswerEntry } from '../kind/kind.ts';
import { parseResultKey, type RecordedAnswer } from '../room-schema.ts';

export type AnswerIndex = {
  /** The answers of one exercise's round, with their senders, in the order the results map holds them. */
  answersFor(exerciseId: string, round: number): AnswerEntry[];
  destroy(): void;
};

export function indexAnswers(answers: Y.Map<RecordedAnswer>): AnswerIndex {
  // exercise id → round → pid → value
  const index = new Map<string, Map<number, Map<string, unknown>>>();
  const roundOf = (exerciseId: string, round: number) => {
    let rounds = index.get(exerciseId);
    if (!rounds) index.set(exerciseId, (rounds = new Map()));
    let entries = rounds.get(round);
    if (!entries) rounds.set(round, (entries = new Map()));
    return entries;
  };
  const remove = (key: string, answer: RecordedAnswer | undefined) => {
    const { exerciseId, pid } = parseResultKey(key);
    if (answer) index.get(exerciseId)?.get(answer.round)?.delete(pid);
  };
  const add = (key: string, answer: RecordedAnswer) => {
    const { exerciseId, pid } = parseResultKey(key);
    roundOf(exerciseId, answer.round).set(pid, answer.value);
  };

  for (const [key, answer] of answers) add(key, answer);
  const onChange = (event: Y.YMapEvent<RecordedAnswer>) => {
    event.changes.keys.forEach((change, key) => {
      const answer = answers.get(key);
      // An answer rewritten within its round keeps its place; one whose round changed moves.
      if (change.action !== 'add' && (!answer || (change.oldValue as RecordedAnswer | undefined)?.round !== answer.round)) {
        remove(key, change.oldValue as RecordedAnswer | undefined);
      }
      if (answer) add(key, answer);
    });
  };
  answers.observe(onChange);

  return {
    answersFor(exerciseId, round) {
      const entries = index.get(exerciseId)?.get(round);
      return entries ? [...entries].map(([pid, value]) => ({ pid, value })) : [];
    },
    destroy: () => answers.unobserve(onChange),
  };
}
