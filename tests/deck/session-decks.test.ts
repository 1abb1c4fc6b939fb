/**
 * The six decks the toolkit ships (decks/): complete sessions a new trainer can give from the
 * notes, a congress talk fit for a hall, and a curriculum where every goal and working
 * component is practised.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { coverageProblems, curriculumCoverage } from '../../src/shared/deck/curriculum-coverage.ts';
import { parseDeck, type ParsedDeck } from '../../src/shared/deck/parse-deck.ts';
import type { ChoiceDefinition } from '../../src/kinds/choice/model.ts';
import type { ScaleDefinition } from '../../src/kinds/scale/model.ts';
import type { TerugblikDefinition } from '../../src/kinds/terugblik/model.ts';
import type { VragenDefinition } from '../../src/kinds/vragen/model.ts';

const DECKS_DIR = join(import.meta.dirname, '../../decks');
const SESSIONS = ['sessie-1', 'sessie-2', 'sessie-3', 'sessie-4', 'sessie-5'];
const sourceOf = (id: string) => readFileSync(join(DECKS_DIR, `${id}.md`), 'utf8');
const decks = new Map<string, ParsedDeck>(
  readdirSync(DECKS_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .map((id) => [id, parseDeck(sourceOf(id), `decks/${id}.md`, id)]),
);
const deck = (id: string) => decks.get(id)!;
const slidesOf = (id: string) => deck(id).stacks.flat();
const exercisesOf = (id: string) => Object.values(deck(id).exercises);

test('the six decks are there: five sessions and the dissemination talk', () => {
  expect([...decks.keys()].sort()).toEqual([...SESSIONS, 'disseminatie'].sort());
});

describe.each([...SESSIONS, 'disseminatie'])('%s', (id) => {
  test('every slide has speaker notes with its time ("Tijd: N min.")', () => {
    const missing = slidesOf(id).filter((slide) => !slide.hasNotes || slide.minutes === null);
    expect(missing.map((slide) => `decks/${id}.md:${slide.line}`)).toEqual([]);
  });

  test('says in the deck index what it teaches ("Over:" on the title slide)', () => {
    expect(deck(id).about?.length).toBeGreaterThan(30);
  });

  test('ends with a sources slide that lists every source the deck cites', () => {
    const slides = sourceOf(id).split(/^---$/m);
    const sources = slides.at(-1)!;
    expect(sources).toMatch(/^## Bronnen/m);
    const cited = new Set(slides.slice(0, -1).join('\n').match(/S\d+/g));
    const listed = new Set(sources.match(/\[S\d+\]/g)?.map((tag) => tag.slice(1, -1)));
    expect([...cited].filter((tag) => !listed.has(tag))).toEqual([]);
  });
});

describe.each(SESSIONS)('session deck %s', (id) => {
  test('is a half-day of 170 to 180 minutes, with a break and a buffer of at least 10 minutes each', () => {
    expect(deck(id).minutes).toBeGreaterThanOrEqual(170);
    expect(deck(id).minutes).toBeLessThanOrEqual(180);
    expect(slidesOf(id).some((slide) => slide.heading === 'Pauze' && (slide.minutes ?? 0) >= 10)).toBe(true);
    const buffer = slidesOf(id).filter((slide) => slide.isBuffer).reduce((sum, slide) => sum + (slide.minutes ?? 0), 0);
    expect(buffer, 'minutes on "Buffer:" lines').toBeGreaterThanOrEqual(10);
  });

  test('its pause slide shows the return time worked out from its own minutes', () => {
    const pause = slidesOf(id).find((slide) => slide.heading === 'Pauze')!;
    expect(pause.html).toContain(`<mw-return-time minutes="${pause.minutes}"></mw-return-time>`);
  });

  test('lets the room join on the second slide and practises with several kinds of live exercise', () => {
    expect(slidesOf(id)[1].html).toContain('<mw-join-card>');
    expect(new Set(exercisesOf(id).map((exercise) => exercise.kind)).size).toBeGreaterThanOrEqual(3);
  });

  test('gives a transfer task for the coming week and ends with a short evaluation', () => {
    expect(sourceOf(id)).toMatch(/^## .*[Oo]pdracht/m);
    const lastExercise = slidesOf(id).filter((slide) => slide.exerciseId).at(-1)!;
    const later = slidesOf(id).slice(slidesOf(id).indexOf(lastExercise));
    expect(later.length).toBeLessThanOrEqual(4);
  });

  test('says plainly where the session plan is our proposal, not the Handboek', () => {
    expect(sourceOf(id)).toMatch(/voorstel/i);
    expect(sourceOf(id)).toMatch(/Handboek/);
  });
});

test('every goal D1-D4 and working component WB1-WB6 is practised by at least two live exercises across the sessions', () => {
  const coverage = curriculumCoverage(
    SESSIONS.map((id) => ({
      deck: id,
      title: deck(id).title,
      exercises: exercisesOf(id).map(({ id: exerciseId, kind, tags, reason }) => ({ id: exerciseId, kind, label: exerciseId, tags, ...(reason ? { reason } : {}) })),
    })),
  );
  expect(coverageProblems(coverage)).toEqual([]);
});

test('session 5 asks the self-efficacy scale of session 1 again, word for word, so the group sees its shift', () => {
  const start = deck('sessie-1').exercises['zelfvertrouwen-start'] as ScaleDefinition;
  const end = exercisesOf('sessie-5').find((exercise) => (exercise as ScaleDefinition).compare) as ScaleDefinition;
  expect(end.compare).toMatchObject({ deck: 'sessie-1', exercise: 'zelfvertrouwen-start' });
  const item = ({ question, min, max, labels }: ScaleDefinition) => ({ question, min, max, labels });
  expect(item(end)).toEqual(item(start));
});

test('each session gives its transfer task as an opdracht, and each next session opens by looking back on it', () => {
  const tasks = SESSIONS.map((id) => exercisesOf(id).filter((exercise) => exercise.kind === 'opdracht'));
  for (const found of tasks) expect(found.length).toBe(1);
  expect(tasks[4][0].id).toBe('actieplan');
  for (const [i, id] of SESSIONS.entries()) {
    if (i === 0) continue;
    const lookBacks = exercisesOf(id).filter((exercise): exercise is TerugblikDefinition => exercise.kind === 'terugblik');
    expect(lookBacks.map((lookBack) => lookBack.task), id).toMatchObject([{ deck: SESSIONS[i - 1], exercise: tasks[i - 1][0].id }]);
    // Early in the session: right after joining, before the day's content.
    const slideIndex = slidesOf(id).findIndex((slide) => slide.exerciseId === lookBacks[0].id);
    expect(slideIndex, id).toBeLessThanOrEqual(3);
  }
});

describe('the dissemination talk', () => {
  test('lasts 20 to 30 minutes', () => {
    expect(deck('disseminatie').minutes).toBeGreaterThanOrEqual(20);
    expect(deck('disseminatie').minutes).toBeLessThanOrEqual(30);
  });

  test('shows the join QR on its first slide and asks no names', () => {
    expect(slidesOf('disseminatie')[0].html).toContain('<mw-join-card names="nee">');
    expect(deck('disseminatie').askNames).toBe(false);
  });

  test('seats a hall of up to 2,000 (its join block sets the cap)', () => {
    expect(deck('disseminatie').participantCap).toBeGreaterThanOrEqual(2000);
  });

  test('has two or three live polls that show only aggregates', () => {
    const polls = exercisesOf('disseminatie').filter((exercise) => exercise.kind !== 'vragen');
    expect(polls.length).toBeGreaterThanOrEqual(2);
    expect(polls.length).toBeLessThanOrEqual(3);
    for (const poll of polls) {
      const isAggregateOnly = (poll.kind === 'choice' && (poll as ChoiceDefinition).poll) || poll.kind === 'scale';
      expect(isAggregateOnly, poll.id).toBe(true);
    }
  });

  test('ends with questions from the hall, moderated, with the join QR one key press away', () => {
    const questions = exercisesOf('disseminatie').filter((exercise): exercise is VragenDefinition => exercise.kind === 'vragen');
    expect(questions.map(({ id, moderated }) => ({ id, moderated }))).toEqual([{ id: 'zaal', moderated: true }]);
    // The last horizontal slide before Bronnen, with a join card right below it for latecomers.
    const stacks = deck('disseminatie').stacks;
    const [asking, join] = stacks[stacks.length - 2];
    expect(asking.exerciseId).toBe('zaal');
    expect(join.html).toContain('<mw-join-card names="nee">');
    expect(join.minutes).toBe(0);
    expect(stacks[stacks.length - 1][0].heading).toBe('Bronnen');
  });
});
