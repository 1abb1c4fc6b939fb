import { describe, expect, test } from 'vitest';
import { compareDeckIds, coverageProblems, curriculumCoverage, type SessionCoverage } from '../../src/shared/deck/curriculum-coverage.ts';
import { CURRICULUM_TAGS, type CurriculumTag } from '../../src/shared/kind/kind.ts';

const session = (deck: string, ...exercises: [string, CurriculumTag[]][]): SessionCoverage => ({
  deck,
  title: deck,
  exercises: exercises.map(([id, tags]) => ({ id, kind: 'choice', label: id, tags, ...(tags.length ? { reason: `waarom ${id}` } : {}) })),
});
const everything = [...CURRICULUM_TAGS];

describe('curriculumCoverage', () => {
  test('lists per code the exercises that practise it, sessions in number order, other decks left out', () => {
    const coverage = curriculumCoverage([
      session('sessie-10', ['laat', ['D1']]),
      session('disseminatie', ['peiling', ['D1']]),
      session('sessie-2', ['vroeg', ['D1', 'D1', 'WB5']]),
    ]);
    expect(coverage.sessions.map((s) => s.deck)).toEqual(['sessie-2', 'sessie-10']);
    expect(coverage.byCode.D1).toEqual(['sessie-2/vroeg', 'sessie-10/laat']);
    expect(coverage.byCode.WB5).toEqual(['sessie-2/vroeg']);
    expect(coverage.byCode.D2).toEqual([]);
  });

  test('no problem when every code is practised twice', () => {
    const coverage = curriculumCoverage([session('sessie-1', ['a', everything]), session('sessie-2', ['b', everything])]);
    expect(coverageProblems(coverage)).toEqual([]);
  });

  test('names every code practised too little, with where it is practised', () => {
    const coverage = curriculumCoverage([
      session('sessie-1', ['a', everything.filter((code) => code !== 'WB4')]),
      session('sessie-2', ['b', everything.filter((code) => code !== 'WB4' && code !== 'D3')]),
    ]);
    expect(coverageProblems(coverage)).toEqual([
      'D3 is practised by 1 live exercise across the sessions (only sessie-1/a); give it at least 2 with "tags: D3"',
      'WB4 is practised by 0 live exercises across the sessions; give it at least 2 with "tags: WB4"',
    ]);
  });

  test("carries each exercise's reason to the overview", () => {
    const coverage = curriculumCoverage([session('sessie-1', ['a', ['WB3']], ['meting', []])]);
    expect(coverage.sessions[0].exercises.map((exercise) => exercise.reason)).toEqual(['waarom a', undefined]);
  });

  test('a tagged exercise without a reason does not count, and is named', () => {
    const unexplained: SessionCoverage = { deck: 'sessie-2', title: 'sessie-2', exercises: [{ id: 'kaal', kind: 'open', label: 'kaal', tags: ['WB6'] }] };
    const coverage = curriculumCoverage([session('sessie-1', ['a', everything], ['b', everything]), unexplained]);
    expect(coverage.byCode.WB6).toEqual(['sessie-1/a', 'sessie-1/b']);
    expect(coverageProblems(coverage)).toEqual(['sessie-2/kaal is tagged WB6 without a reason; add "waarom: …" under its "tags:"']);
  });

  test('a build without session decks (the test fixtures) has nothing to check', () => {
    expect(coverageProblems(curriculumCoverage([session('kennis', ['a', []])]))).toEqual([]);
  });
});

test('decks are listed as a trainer reads them: sessions by number, then the rest', () => {
  expect(['disseminatie', 'sessie-10', 'extra', 'sessie-2', 'sessie-1'].sort(compareDeckIds)).toEqual(['sessie-1', 'sessie-2', 'sessie-10', 'disseminatie', 'extra']);
});
