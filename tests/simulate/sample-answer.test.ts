/**
 * Every answer the simulator samples is one the server accepts: for every exercise of every
 * fixture deck, every situation/scene/phase a phone can see, and many seeds, the kind's own
 * `isValidAnswer` (the check the server's guard runs) says yes. The simulator sees only what a
 * phone receives: the public stage and its own inbox.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import type { ChoiceDefinition } from '../../src/kinds/choice/model.ts';
import { ownPartsOf, publicStateOf } from '../../src/kinds/for-phones.ts';
import type { BaseDefinition } from '../../src/shared/kind/kind.ts';
import { modelFor } from '../../src/kinds/registry.ts';
import type { RoleplayDefinition, RoleplayProgress } from '../../src/kinds/roleplay/model.ts';
import type { StyleQuizDefinition } from '../../src/kinds/stylequiz/model.ts';
import { sampleAnswer } from '../../src/tools/simulate/sample-answer.ts';
import { createRandom } from '../../src/shared/seeded-random.ts';

const DECKS_DIR = join(import.meta.dirname, '../fixtures/decks');
const SEEDS = 60;
const PID = 'AAAAAAAAAAAAAAAA';

/** What the phone `PID` receives of the exercise with the trainer's `progress`: its public state and its own part. */
function phoneViewOf(definition: BaseDefinition, progress: unknown) {
  const state = { status: 'open' as const, round: 1, prompt: modelFor(definition.kind)!.toPrompt(definition, progress), progress };
  const shared = publicStateOf(definition, state);
  return { prompt: shared.prompt, progress: shared.progress, own: ownPartsOf(definition, state, () => undefined)[PID] };
}

const definitions: BaseDefinition[] = readdirSync(DECKS_DIR)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => Object.values(parseDeck(readFileSync(join(DECKS_DIR, name), 'utf8'), name, name.slice(0, -3)).exercises));

/** What phones can be shown of one exercise: its progress at each step the trainer can take, and whether an answer is due. */
function viewsOf(definition: BaseDefinition): { progress: unknown; answers: boolean }[] {
  if (definition.kind === 'stylequiz') {
    const { situations } = definition as StyleQuizDefinition;
    return [{ progress: undefined, answers: true }, ...situations.map((_, i) => ({ progress: { situation: i, reached: i }, answers: true }))];
  }
  if (definition.kind === 'roleplay') {
    const roleplay = definition as RoleplayDefinition;
    const views: { progress: RoleplayProgress; answers: boolean }[] = roleplay.scenes.map((scene) => ({
      progress: { phase: 'vote', scene: scene.id, path: [] },
      answers: scene.choices.length > 0,
    }));
    if (roleplay.roles) {
      const groups = (role: 'observator' | 'medewerker') => ({ [PID]: { group: 1, role } });
      const first = roleplay.scenes[0].id;
      views.push({ progress: { phase: 'groups', scene: first, path: [], groups: groups('observator') }, answers: true });
      views.push({ progress: { phase: 'groups', scene: first, path: [], groups: groups('medewerker') }, answers: false });
    }
    return views;
  }
  return [{ progress: undefined, answers: true }];
}

describe('sampleAnswer', () => {
  const kinds = new Set(definitions.map((definition) => definition.kind));

  it('covers every kind in the fixture decks', () => {
    expect([...kinds].sort()).toEqual(['choice', 'feedback', 'opdracht', 'open', 'roleplay', 'scale', 'sort', 'stylequiz', 'terugblik', 'vragen']);
  });

  it.each(definitions.map((definition) => [`${definition.kind} ${definition.id}`, definition] as const))(
    '%s: every sampled answer is valid',
    (_name, definition) => {
      const model = modelFor(definition.kind)!;
      for (const { progress, answers } of viewsOf(definition)) {
        const view = phoneViewOf(definition, progress);
        for (let seed = 0; seed < SEEDS; seed++) {
          const random = createRandom(seed);
          // A style quiz sends its whole series: sample on top of an earlier sampled record.
          const previous = sampleAnswer(phoneViewOf(definition, undefined), random);
          const value = sampleAnswer({ ...view, previous: definition.kind === 'stylequiz' ? previous : undefined }, random);
          if (!answers) {
            expect(value).toBeNull();
            continue;
          }
          expect(model.isValidAnswer(definition, value, { progress, pid: PID }), `${JSON.stringify(value)} for ${JSON.stringify(progress)}`).toBe(true);
        }
      }
    },
  );

  it('a style quiz keeps the earlier situations of the series', () => {
    const quiz = definitions.find((definition) => definition.kind === 'stylequiz') as StyleQuizDefinition;
    const model = modelFor('stylequiz')!;
    const progress = { situation: 1, reached: 1 };
    const value = sampleAnswer({ prompt: model.toPrompt(quiz, progress), progress, previous: { 0: quiz.styles[0] } }, createRandom(3));
    expect(value).toMatchObject({ 0: quiz.styles[0] });
    expect(Object.keys(value as object).sort()).toEqual(['0', '1']);
  });

  it('leans like a real room: the favourite option gets far more than an even share', () => {
    const question = definitions.find((definition) => definition.kind === 'choice' && (definition as ChoiceDefinition).options.length >= 3)!;
    const prompt = modelFor('choice')!.toPrompt(question, undefined);
    const counts = new Map<unknown, number>();
    for (let seed = 0; seed < 600; seed++) {
      const value = sampleAnswer({ prompt }, createRandom(seed));
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const options = (question as ChoiceDefinition).options.length;
    expect(Math.max(...counts.values())).toBeGreaterThan((600 / options) * 1.4);
    expect(counts.size).toBeGreaterThan(1);
  });

  it('the same seed gives the same answers', () => {
    const definition = definitions.find((d) => d.kind === 'sort')!;
    const prompt = modelFor('sort')!.toPrompt(definition, undefined);
    expect(sampleAnswer({ prompt }, createRandom(42))).toEqual(sampleAnswer({ prompt }, createRandom(42)));
  });
});
