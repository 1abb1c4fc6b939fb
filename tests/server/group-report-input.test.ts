/**
 * The groepsverslag's input, built from what a leergang's session rooms hold (seeded here as the
 * store would hand them over): each session's evaluation scales with their distribution, several
 * per session, and the questions asked alike in several sessions set side by side.
 */
import { describe, expect, test } from 'vitest';
import { evaluationTrends } from '../../server/documents/group-report-data.ts';
import { buildGroupReport, type SessionRoomData } from '../../server/group-report-input.ts';
import type { GroupRecord } from '../../server/groups.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { resultKey, type ExerciseState, type RecordedAnswer } from '../../src/shared/room-schema.ts';

const PAIR = `
---

::: scale bruikbaar
Deze bijeenkomst was bruikbaar voor mijn werk.
schaal: likert
evaluatie: ja
:::

---

::: scale tevreden
Hoe tevreden ben je over deze bijeenkomst?
schaal: 1-5
links: heel ontevreden
rechts: heel tevreden
evaluatie: ja
:::
`;
const DECKS: Record<string, string> = {
  'sessie-1': `# Sessie 1\n\n---\n\n::: scale zelfvertrouwen\nIk kan mijn medewerker goed begeleiden.\nschaal: 0-10\n:::\n${PAIR}`,
  'sessie-2': '# Sessie 2\n',
  'sessie-5': `# Sessie 5\n${PAIR}
---

::: scale trainers
Hoe tevreden ben je over de trainers?
schaal: 1-5
evaluatie: ja
:::
`,
};

const GROUP: GroupRecord = {
  id: 'g1',
  name: 'Proefgroep',
  organisation: 'Werkzaak',
  trainers: ['Anna de Wit'],
  createdAt: Date.UTC(2027, 8, 1),
  sessions: [1, 2, 3, 4, 5].map((session) => ({
    session,
    deck: `sessie-${session}`,
    plannedDate: null,
    room: DECKS[`sessie-${session}`] ? { code: `R${session}`, secret: 's', openedAt: Date.UTC(2027, 8, session) } : null,
  })),
};

/** A session room as the store gives it: every exercise opened once (round 1), with these answers. */
function room(session: number, answers: Record<string, number[]>, states: Record<string, ExerciseState> = {}): SessionRoomData {
  const deck = parseDeck(DECKS[`sessie-${session}`], `sessie-${session}.md`, `sessie-${session}`);
  const opened = Object.fromEntries(Object.keys(deck.exercises).map((id): [string, ExerciseState] => [id, { status: 'open', round: 1, prompt: null }]));
  return {
    session,
    deck: `sessie-${session}`,
    exercises: deck.exercises,
    states: { ...opened, ...states },
    moderation: {},
    answers: Object.entries(answers).flatMap(([id, values]) =>
      values.map((value, i): [string, RecordedAnswer] => [resultKey(id, `p${i}`, states[id]?.round ?? 1), { value, at: 0 } as RecordedAnswer]),
    ),
  };
}

const build = (rooms: SessionRoomData[]) => buildGroupReport(GROUP, rooms, { names: false, texts: false, now: Date.UTC(2027, 9, 1), deckTitle: (deck) => deck });

describe('buildGroupReport', () => {
  test('gives every evaluation scale of a session with its distribution, in deck order', () => {
    const report = build([room(1, { bruikbaar: [4, 5, 5], tevreden: [3, 4, 4] }), room(5, { bruikbaar: [5, 5], tevreden: [4, 5], trainers: [5, 4] })]);
    expect(report.evaluations).toEqual([
      {
        session: 1,
        questions: [
          { question: 'Deze bijeenkomst was bruikbaar voor mijn werk.', min: 1, max: 5, counts: [0, 0, 0, 1, 2] },
          { question: 'Hoe tevreden ben je over deze bijeenkomst?', min: 1, max: 5, counts: [0, 0, 1, 2, 0] },
        ],
      },
      {
        session: 5,
        questions: [
          { question: 'Deze bijeenkomst was bruikbaar voor mijn werk.', min: 1, max: 5, counts: [0, 0, 0, 0, 2] },
          { question: 'Hoe tevreden ben je over deze bijeenkomst?', min: 1, max: 5, counts: [0, 0, 0, 1, 1] },
          { question: 'Hoe tevreden ben je over de trainers?', min: 1, max: 5, counts: [0, 0, 0, 1, 1] },
        ],
      },
    ]);
  });

  test('lists evaluation scales only under the evaluation, not again among the exercises', () => {
    const report = build([room(1, { zelfvertrouwen: [6], bruikbaar: [4], tevreden: [4] })]);
    expect(report.exercises.map((exercise) => exercise.title)).toEqual(['Ik kan mijn medewerker goed begeleiden. (schaal)']);
  });

  test('counts only the latest round, and says so when a session has no evaluation or nobody answered it', () => {
    const reset = { bruikbaar: { status: 'open', round: 2, prompt: null } as ExerciseState };
    const withReset = room(1, { bruikbaar: [2, 2] }, reset);
    withReset.answers = [...withReset.answers, [resultKey('bruikbaar', 'old', 1), { value: 1, at: 0 } as RecordedAnswer]];
    const report = build([withReset, room(2, {}), room(5, {})]);
    expect(report.evaluations[0].questions).toEqual([{ question: 'Deze bijeenkomst was bruikbaar voor mijn werk.', min: 1, max: 5, counts: [0, 2, 0, 0, 0] }]);
    expect(report.evaluations[1]).toEqual({ session: 2, questions: [], note: 'Deze bijeenkomst heeft geen evaluatievraag.' });
    expect(report.evaluations[2]).toEqual({ session: 5, questions: [], note: 'Niemand beantwoordde de evaluatievragen.' });
  });

  test('sets the questions asked alike in several sessions side by side, per planned session', () => {
    const report = build([room(1, { bruikbaar: [4, 5, 5], tevreden: [3, 4, 4] }), room(5, { bruikbaar: [5, 5], tevreden: [4, 5], trainers: [5, 4] })]);
    expect(evaluationTrends(report)).toEqual([
      { question: 'Deze bijeenkomst was bruikbaar voor mijn werk.', min: 1, max: 5, means: [14 / 3, null, null, null, 5] },
      { question: 'Hoe tevreden ben je over deze bijeenkomst?', min: 1, max: 5, means: [11 / 3, null, null, null, 4.5] },
    ]);
  });
});
