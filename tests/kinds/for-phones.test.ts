/** What each kind lets phones see of the trainer's state: nothing private on the public stage, each phone's own part in its inbox. */
import { describe, expect, test } from 'vitest';
import { ownPartsOf, publicStateOf } from '../../src/kinds/for-phones.ts';
import type { BaseDefinition } from '../../src/shared/kind/kind.ts';
import { hashText } from '../../src/shared/kind/moderation.ts';
import { modelFor } from '../../src/kinds/registry.ts';
import type { RoleplayDefinition, RoleplayProgress } from '../../src/kinds/roleplay/model.ts';
import type { ExerciseState } from '../../src/shared/room-schema.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';

const decks = fixtureManifest().decks;
const open = decks.open.exercises.nodig;
const feedback = decks['alle-soorten'].exercises['altijd-slordig'];
const plainFeedback = decks.feedback.exercises['goed-gedaan'];
const perk = decks.rollenspel.exercises.perk as RoleplayDefinition;
const quiz = decks['alle-soorten'].exercises.stijlen;

const stateOf = (definition: BaseDefinition, progress?: unknown): ExerciseState => ({
  status: 'open',
  round: 2,
  prompt: modelFor(definition.kind)!.toPrompt(definition, progress),
  ...(progress === undefined ? {} : { progress }),
});

/** The trainer's state after showing these pids' texts. */
function shown(definition: BaseDefinition, texts: Record<string, unknown>, pids: string[]): ExerciseState {
  const answers = Object.entries(texts).map(([pid, value]) => ({ pid, value }));
  let progress: unknown;
  for (const pid of pids) progress = modelFor(definition.kind)!.move!(definition, progress, { type: 'show', pid }, { answers, online: [] })!.progress;
  return stateOf(definition, progress);
}

/** The trainer's role-play with the four phones p1…p4 split into triads. */
function inGroups(): ExerciseState {
  const progress = modelFor('roleplay')!.move!(perk, undefined, { type: 'groepen', size: 3 }, { answers: [], online: ['p1', 'p2', 'p3', 'p4'] })!.progress;
  return stateOf(perk, progress);
}

describe('publicStateOf', () => {
  test('shares no moderation mark and no group split: no pid, no hash of a text', () => {
    const texts = { p1: 'Geduld', p2: 'Rust' };
    const cases: [BaseDefinition, ExerciseState][] = [
      [open, shown(open, texts, ['p1', 'p2'])],
      [feedback, shown(feedback, { p1: { ticks: [], rewrite: 'Geduld' } }, ['p1'])],
      [perk, inGroups()],
    ];
    for (const [definition, state] of cases) {
      expect(JSON.stringify(state.progress)).toMatch(/"p1"/);
      const json = JSON.stringify(publicStateOf(definition, state));
      expect(json).not.toMatch(/"p[1-4]"|pid/);
      expect(json).not.toContain(hashText('Geduld'));
    }
  });

  test('a role-play in groups keeps its phase and scene on the public stage, without progress', () => {
    const state = inGroups();
    const shared = publicStateOf(perk, state);
    expect(shared).toEqual({ status: 'open', round: 2, prompt: state.prompt });
    expect(shared.prompt).toMatchObject({ phase: 'groups' });
    expect(JSON.stringify(shared)).not.toContain(perk.roles!.medewerker);
  });

  test('a kind without its own rule shares the state without progress; the style quiz its situation numbers only', () => {
    const choice = decks.testdeck.exercises.overschat;
    expect(publicStateOf(choice, { ...stateOf(choice), progress: { anything: 'p1' } })).toEqual(stateOf(choice));
    const onSecond = { ...stateOf(quiz, { situation: 1, reached: 1 }), reveal: { x: 1 } };
    expect(publicStateOf(quiz, onSecond)).toEqual(onSecond);
    expect(publicStateOf(quiz, stateOf(quiz, { situation: 1, reached: 1, summary: true, extra: 'p1' })).progress).toEqual({ situation: 1, reached: 1, summary: true });
    expect(publicStateOf(quiz, { ...stateOf(quiz), progress: { situation: 'p1' } })).toEqual(stateOf(quiz));
  });
});

describe('ownPartsOf', () => {
  test('tells each phone whose current text is on the projector which text, and no other phone anything', () => {
    const texts = { p1: 'Geduld', p2: 'Rust', p3: 'Structuur' };
    const state = shown(open, texts, ['p1', 'p3']);
    expect(ownPartsOf(open, state, (pid) => texts[pid as keyof typeof texts])).toEqual({ p1: { shownText: 'Geduld' }, p3: { shownText: 'Structuur' } });
    // p3 changed its text after the approval: it is off the projector, and its phone learns so.
    const now = { ...texts, p3: 'Iets anders' };
    expect(ownPartsOf(open, state, (pid) => now[pid as keyof typeof now])).toEqual({ p1: { shownText: 'Geduld' } });
    expect(ownPartsOf(open, stateOf(open), () => 'Geduld')).toEqual({});
  });

  test('a feedback rewrite on the projector is its sender\'s alone to know; a drill without rewrites gives nothing', () => {
    const answer = { ticks: [], rewrite: 'Ik zag drie dozen zonder etiket.' };
    const state = shown(feedback, { p1: answer }, ['p1']);
    expect(ownPartsOf(feedback, state, (pid) => (pid === 'p1' ? answer : undefined))).toEqual({ p1: { shownText: answer.rewrite } });
    expect(ownPartsOf(plainFeedback, stateOf(plainFeedback), () => ({ ticks: [] }))).toEqual({});
  });

  test('gives each phone in a group its own role card, and the checklist to observers only', () => {
    const parts = ownPartsOf(perk, inGroups(), () => undefined);
    const card = (group: number, role: 'leidinggevende' | 'medewerker' | 'observator') => ({
      group,
      role,
      briefing: perk.roles![role],
      ...(role === 'observator' ? { checklist: perk.checklist } : {}),
    });
    expect(parts).toEqual({ p1: card(1, 'leidinggevende'), p2: card(1, 'medewerker'), p3: card(1, 'observator'), p4: card(1, 'observator') });
    const voting = { phase: 'vote', scene: 'start', path: [] } satisfies RoleplayProgress;
    expect(ownPartsOf(perk, stateOf(perk, voting), () => undefined)).toEqual({});
    expect(ownPartsOf(decks.testdeck.exercises.overschat, stateOf(decks.testdeck.exercises.overschat), () => 'a')).toEqual({});
  });
});
