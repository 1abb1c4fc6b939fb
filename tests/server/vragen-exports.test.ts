/**
 * Questions from the hall in the results export and the groepsverslag: every question of every
 * seat, not only a phone's first, with its votes and state (waiting, open, being answered, done),
 * anonymous as the exercise is: pseudonyms, no name typed under a question, nobody's votes.
 * Seeded as the store would hand a room over.
 */
import { describe, expect, test } from 'vitest';
import { exerciseFigures } from '../../server/exercise-figures.ts';
import { buildGroupReport, type SessionRoomData } from '../../server/group-report-input.ts';
import type { GroupRecord } from '../../server/groups.ts';
import { buildResultsExport, resultsToCsv } from '../../server/results-export.ts';
import { vragen } from '../../src/kinds/vragen/index.ts';
import { publicQuestionId, questionContentHash, type AskedQuestion } from '../../src/kinds/vragen/rules.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { resultKey, type ExerciseState, type RecordedAnswer } from '../../src/shared/room-schema.ts';

const deck = parseDeck('# Proef\n\n---\n\n::: vragen zaal\nWelke vraag heeft u?\naantal: 3\n:::\n', 'decks/proef.md', 'proef');
const AT = Date.UTC(2027, 9, 1, 15, 30);

// One seat asks three questions; another one, signed; a third only votes.
const asked: Record<string, AskedQuestion[]> = {
  pidA: [
    { id: 'aaaa1', text: 'Wat kost de training?' },
    { id: 'aaaa2', text: 'Wie geeft de training?' },
    { id: 'aaaa3', text: 'Hoe lang duurt het?' },
  ],
  pidB: [{ id: 'bbbb1', text: 'Werkt het ook bij uitzendkrachten?', name: 'Bram' }],
  pidC: [],
};
const [costs, who, howLong] = asked.pidA.map((q) => publicQuestionId(q.id));
const votes: Record<string, string[]> = { pidA: [], pidB: [costs, who], pidC: [costs, howLong] };
const answers: [string, RecordedAnswer][] = Object.keys(asked).map((pid, i) => [
  resultKey('zaal', pid, 1),
  { round: 1, value: { questions: asked[pid], votes: votes[pid] }, at: AT + i * 1000 } as RecordedAnswer,
]);
const people: [string, { nickname: string; online: boolean; joinedAt: number }][] = [
  ['pidA', { nickname: 'Anna', online: true, joinedAt: 1 }],
  ['pidB', { nickname: 'Bram', online: true, joinedAt: 2 }],
  ['pidC', { nickname: 'Cor', online: true, joinedAt: 3 }],
];
// The trainer approved two of A's questions and B's; the speaker answered "costs" and is answering "who".
const approved = [...asked.pidA.slice(0, 2).map((q) => ({ pid: 'pidA', hash: questionContentHash(q) })), { pid: 'pidB', hash: questionContentHash(asked.pidB[0]) }];
const states: Record<string, ExerciseState> = { zaal: { status: 'open', round: 1, prompt: null, progress: { answering: who, done: [costs] } } };
const moderation = { zaal: { round: 1, shown: approved } };

describe('the results export', () => {
  const data = buildResultsExport({ room: 'ABC234', deck: 'proef', exercises: deck.exercises, answers, people, exportedAt: 0, states, moderation });

  test('has a row per question, three for the seat that asked three, with its votes and state', () => {
    expect(data.rows.map(({ participant, answer, count, state }) => [participant, answer, count, state])).toEqual([
      ['deelnemer-001', 'Wat kost de training?', 2, 'done'],
      ['deelnemer-001', 'Wie geeft de training?', 1, 'answering'],
      ['deelnemer-001', 'Hoe lang duurt het?', 0, 'waiting'],
      ['deelnemer-002', 'Werkt het ook bij uitzendkrachten?', 0, 'open'],
    ]);
    expect(data.rows[0].answeredAt).toBe(new Date(AT).toISOString());
  });

  test('totals count the questions, the approved ones and the votes that count, and all who took part', () => {
    expect(data.totals).toEqual([{ exercise: 'zaal', kind: 'vragen', round: 1, answers: 3, tally: { asked: 4, approved: 3, votes: 3 } }]);
  });

  test('holds no name, pid, local id or vote of anyone', () => {
    const text = JSON.stringify(data) + resultsToCsv(data);
    expect(text).not.toMatch(/Anna|Bram|Cor|pid[ABC]|aaaa\d|bbbb\d/);
    for (const id of [costs, who, howLong]) expect(text).not.toContain(id);
  });

  test('writes each question\'s votes in the count column and its state in the last', () => {
    const lines = resultsToCsv(data).trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFtype,participant,exercise,kind,round,answer,correct,count,answered_at,state');
    expect(lines[1]).toBe(`answer,deelnemer-001,zaal,vragen,1,Wat kost de training?,,2,${new Date(AT).toISOString()},done`);
  });

  test('its total rows give the questions asked, approved, the votes and the respondents, as the JSON totals do', () => {
    const totals = resultsToCsv(data).trimEnd().split('\r\n').filter((line) => line.startsWith('total,'));
    expect(totals).toEqual([
      'total,,zaal,vragen,1,(asked),,4,,',
      'total,,zaal,vragen,1,(approved),,3,,',
      'total,,zaal,vragen,1,(votes),,3,,',
      'total,,zaal,vragen,1,(respondents),,3,,',
    ]);
  });

  test('an earlier round, whose approvals are gone, lists its questions as waiting', () => {
    const later = { zaal: { ...states.zaal, round: 2 } };
    const old = buildResultsExport({ room: 'ABC234', deck: 'proef', exercises: deck.exercises, answers, people, exportedAt: 0, states: later, moderation });
    expect(old.rows.map((row) => row.state)).toEqual(['waiting', 'waiting', 'waiting', 'waiting']);
  });
});

describe('the groepsverslag', () => {
  const group: GroupRecord = {
    id: 'g1',
    name: 'Proefgroep',
    organisation: 'Werkzaak',
    trainers: ['Anna de Wit'],
    createdAt: 0,
    sessions: [{ session: 1, deck: 'proef', plannedDate: null, room: { code: 'R1', secret: 's', openedAt: 0 } }],
  };
  const room: SessionRoomData = { session: 1, deck: 'proef', exercises: deck.exercises, states, moderation, answers };
  const report = (options: { names: boolean; texts: boolean }) => buildGroupReport(group, [room], { ...options, now: AT, deckTitle: () => 'Proef' }).exercises;

  test('counts every question of every seat, the approved ones and their votes', () => {
    expect(report({ names: false, texts: false })).toEqual([
      { session: 1, title: 'Welke vraag heeft u? (vragen uit de zaal)', figures: '4 vragen · 3 goedgekeurd · 3 stemmen' },
    ]);
  });

  test('with texts, lists every approved question, most votes first, with its votes and state, and no name', () => {
    expect(report({ names: false, texts: true })[0].texts).toEqual([
      'Wat kost de training? (2 stemmen, beantwoord)',
      'Wie geeft de training? (1 stem, werd beantwoord)',
      'Werkt het ook bij uitzendkrachten? (0 stemmen, niet beantwoord)',
    ]);
  });

  test('with names too, a name its sender typed under a question', () => {
    expect(report({ names: true, texts: true })[0].texts).toContain('Werkt het ook bij uitzendkrachten? — Bram (0 stemmen, niet beantwoord)');
  });

  test('without moderation every question is on the list, and the speaker\'s marks still count', () => {
    const open = parseDeck('# Proef\n\n---\n\n::: vragen zaal\nWelke vraag heeft u?\nmoderatie: uit\n:::\n', 'decks/proef.md', 'proef');
    const texts = buildGroupReport(group, [{ ...room, exercises: open.exercises, moderation: {} }], { names: false, texts: true, now: AT, deckTitle: () => 'Proef' }).exercises[0].texts;
    expect(texts).toHaveLength(4);
    expect(texts?.[0]).toBe('Wat kost de training? (2 stemmen, beantwoord)');
  });
});

test('exerciseFigures reads the kind\'s items, not one per answer', () => {
  const entries = answers.map(([key, { value }]) => ({ pid: key.split('/')[1], value }));
  expect(exerciseFigures(vragen, deck.exercises.zaal, entries, undefined)).toBe('4 vragen · 0 goedgekeurd · 0 stemmen');
});
