import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../../src/shared/deck/parse-deck.ts';
import { BlockError } from '../../../src/shared/kind/kind.ts';
import { splitIntoGroups } from '../../../src/kinds/roleplay/groups.ts';
import {
  debriefOf,
  majorityOf,
  roleplayModel,
  routeCodes,
  type RoleplayDefinition,
  type RoleplayMove,
  type RoleplayProgress,
} from '../../../src/kinds/roleplay/model.ts';
import { blockOf, entries } from '../../support/answers.ts';
import { thrownBy } from '../../support/thrown.ts';

const SCENARIO = [
  'Daan moet vandaag laden in plaats van picken.',
  '',
  '## start',
  'Daan: "Dit stond er gisteren niet."',
  '- ★ Je neemt hem apart en legt kort uit wat er verandert. -> rustig',
  '  gevolg: Daan gaat na een paar minuten aan de slag.',
  '  oefent: D3, WB2',
  '- Je zegt: "Stel je niet aan." -> boos',
  '  gevolg: Daan raakt van slag.',
  '- Je laat hem picken en zegt niets. -> einde-matig',
  '## rustig',
  'Daan: "Tot wanneer?"',
  '- Je zegt: "Tot vrijdag, dan pick je weer." -> einde-goed',
  '  oefent: D1',
  '- Je zegt: "Dat zien we wel." -> boos',
  '## boos',
  'Daan loopt weg.',
  '- Je loopt hem na en biedt excuses aan. -> rustig',
  '- Je laat hem gaan. -> einde-matig',
  '  mist: WB2, WB6',
  '## einde-goed',
  'einde: Daan laadt, en weet wanneer hij weer pickt.',
  '## einde-matig',
  'einde: Vandaag gaat het, maar de volgende wijziging loopt weer vast.',
];
const ROLE_CARDS = [
  'rol leidinggevende: Je moet Daan vertellen dat hij vandaag laadt.',
  'rol medewerker: Je bent Daan. Je houdt van vaste patronen.',
  'rol observator: Let op hoe de wijziging wordt uitgelegd.',
  'kijkpunt: Legt letterlijk uit wat er verandert',
  'kijkpunt: Zegt tot wanneer',
];

function parse(lines: string[]): RoleplayDefinition {
  return roleplayModel.parse(blockOf('rollenspel', lines, { firstLine: 20, tags: ['D1'] }));
}

const errorOf = (lines: string[]) => thrownBy(() => parse(lines), BlockError);

/** Line number in the file of `text` in `lines` (bodies start at line 20). */
const lineOf = (lines: string[], text: string) => 20 + lines.indexOf(text);

const definition = parse([...SCENARIO, ...ROLE_CARDS]);
const play = (progress: RoleplayProgress | undefined, move: RoleplayMove, values: unknown[] = [], online: string[] = []) =>
  roleplayModel.move!(definition, progress, move, { answers: entries(values), online });

describe('roleplayModel.parse', () => {
  test('reads the situation, scenes in order, choices with their target, consequence, tags and ★', () => {
    expect(definition.situation).toBe('Daan moet vandaag laden in plaats van picken.');
    expect(definition.scenes.map((scene) => scene.id)).toEqual(['start', 'rustig', 'boos', 'einde-goed', 'einde-matig']);
    expect(definition.scenes[0]).toEqual({
      id: 'start',
      text: 'Daan: "Dit stond er gisteren niet."',
      choices: [
        { id: 'start/a', letter: 'a', text: 'Je neemt hem apart en legt kort uit wat er verandert.', next: 'rustig', consequence: 'Daan gaat na een paar minuten aan de slag.', tags: ['D3', 'WB2'], misses: [], isStrongest: true },
        { id: 'start/b', letter: 'b', text: 'Je zegt: "Stel je niet aan."', next: 'boos', consequence: 'Daan raakt van slag.', tags: [], misses: [], isStrongest: false },
        { id: 'start/c', letter: 'c', text: 'Je laat hem picken en zegt niets.', next: 'einde-matig', consequence: '', tags: [], misses: [], isStrongest: false },
      ],
    });
    expect(definition.scenes[3]).toEqual({ id: 'einde-goed', text: '', choices: [], ending: 'Daan laadt, en weet wanneer hij weer pickt.' });
    expect(definition.tags).toEqual(['D1']);
  });

  test('reads role cards with a briefing per role and the observer checklist', () => {
    expect(definition.roles).toEqual({
      leidinggevende: 'Je moet Daan vertellen dat hij vandaag laadt.',
      medewerker: 'Je bent Daan. Je houdt van vaste patronen.',
      observator: 'Let op hoe de wijziging wordt uitgelegd.',
    });
    expect(definition.checklist).toEqual(['Legt letterlijk uit wat er verandert', 'Zegt tot wanneer']);
    expect(parse(SCENARIO).roles).toBeNull();
  });

  test('names the choice line whose target scene does not exist', () => {
    const lines = SCENARIO.map((l) => (l.endsWith('-> boos') && l.includes('aan.') ? l.replace('-> boos', '-> woedend') : l));
    const error = errorOf(lines);
    expect(error.line).toBe(lineOf(lines, '- Je zegt: "Stel je niet aan." -> woedend'));
    expect(error.message).toMatch(/scene "woedend", which does not exist/);
  });

  test('names the heading of a scene nobody can reach from the start', () => {
    const lines = [...SCENARIO, '## vergeten', 'einde: niemand komt hier.'];
    const error = errorOf(lines);
    expect(error.line).toBe(lineOf(lines, '## vergeten'));
    expect(error.message).toMatch(/cannot be reached from the start scene "start"/);
  });

  test('names a scene with too few or too many choices', () => {
    const few = SCENARIO.filter((l) => l !== '- Je laat hem gaan. -> einde-matig');
    expect(errorOf(few).line).toBe(lineOf(few, '## boos'));
    expect(errorOf(few).message).toMatch(/needs 2 to 4 choices, or "einde:"/);
    const many = [...SCENARIO.slice(0, 10), '- Een. -> boos', '- Twee. -> boos', ...SCENARIO.slice(10)];
    expect(errorOf(many).line).toBe(lineOf(many, '- Twee. -> boos'));
    expect(errorOf(many).message).toMatch(/more than 4 choices/);
  });

  test('names the second definition of a scene id', () => {
    const lines = [...SCENARIO, '## boos', 'einde: dubbel.'];
    expect(errorOf(lines).line).toBe(lines.lastIndexOf('## boos') + 20);
    expect(errorOf(lines).message).toMatch(/"boos" is defined twice/);
  });

  test('names a scene from which no path reaches an end', () => {
    const lines = [
      '## start', '- Een. -> rondje', '- Twee. -> klaar',
      '## rondje', '- Weer. -> kring', '- Nog eens. -> kring',
      '## kring', '- Terug. -> rondje', '- Terug. -> rondje',
      '## klaar', 'einde: klaar.',
    ];
    expect(errorOf(lines).line).toBe(lineOf(lines, '## rondje'));
    expect(errorOf(lines).message).toMatch(/no path reaches an end/);
  });

  test('allows a loop as long as every scene can still reach an end', () => {
    expect(parse(SCENARIO).scenes.find((s) => s.id === 'boos')!.choices[0].next).toBe('rustig');
  });

  test('names malformed lines: a choice without target, stray fields, bad tags, two ★, text after choices, misplaced role cards', () => {
    const cases: [string[], string, RegExp][] = [
      [['## start', '- Zonder pijl', '- B -> x'], '- Zonder pijl', /must look like/],
      [['gevolg: te vroeg', '## start'], 'gevolg: te vroeg', /belong to a scene/],
      [['## start', 'Daan zegt iets', 'gevolg: los'], 'gevolg: los', /belongs under a choice/],
      [['## start', '- A -> e', '  oefent: WB9', '- B -> e', '## e', 'einde: x'], '  oefent: WB9', /unknown tag "WB9"/],
      [['## start', '- ★ A -> e', '- ★ B -> e', '## e', 'einde: x'], '- ★ B -> e', /more than one choice ★/],
      [['## start', '- A -> e', 'Nog tekst', '## e', 'einde: x'], 'Nog tekst', /text after the choices/],
      [['## start', '- A -> e', '- B -> e', 'rol leidinggevende: x', '## e', 'einde: x'], '## e', /role cards .* come last/],
      [['## start', '- A -> e', '- B -> e', '## e', 'einde: x', '- C -> e'], '- C -> e', /is an end/],
      [['## Start', '- A -> e'], '## Start', /lowercase/],
      [['## start', '- A -> e', '- B -> e', '## e', 'einde: x', 'rol baas: x'], 'rol baas: x', /unknown role "baas"/],
    ];
    for (const [lines, culprit, message] of cases) {
      const error = errorOf(lines);
      expect(error.message).toMatch(message);
      expect(error.line).toBe(lineOf(lines, culprit));
    }
  });

  test('asks for every role and a checklist once role cards are used, and for scenes at all', () => {
    const partial = [...SCENARIO, 'rol leidinggevende: x', 'kijkpunt: y'];
    expect(errorOf(partial).message).toMatch(/"rol medewerker:" is missing/);
    expect(errorOf(partial).line).toBe(lineOf(partial, 'rol leidinggevende: x'));
    expect(errorOf([...SCENARIO, ...ROLE_CARDS.slice(0, 3)]).message).toMatch(/at least one "kijkpunt:"/);
    expect(errorOf(['Alleen een situatie.']).line).toBe(19);
  });

  test('the fixture deck builds: one scenario with two decision points and role cards', () => {
    const file = join(import.meta.dirname, '../../fixtures/decks/rollenspel.md');
    const deck = parseDeck(readFileSync(file, 'utf8'), file, 'rollenspel');
    const perk = deck.exercises.perk as RoleplayDefinition;
    expect(perk.kind).toBe('roleplay');
    expect(perk.roles).not.toBeNull();
    expect(perk.scenes.filter((scene) => scene.choices.length > 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('roleplayModel answers', () => {
  const onStart = { pid: 'p1' };
  const inGroups = play(undefined, { type: 'groepen', size: 3 }, [], ['p1', 'p2', 'p3'])!.progress;

  test('accepts a vote only for a choice of the scene on screen', () => {
    expect(roleplayModel.isValidAnswer(definition, 'start/a', onStart)).toBe(true);
    expect(roleplayModel.isValidAnswer(definition, 'rustig/a', onStart)).toBe(false);
    const onRustig = { pid: 'p1', progress: { phase: 'vote', scene: 'rustig', path: [] } satisfies RoleplayProgress };
    expect(roleplayModel.isValidAnswer(definition, 'rustig/b', onRustig)).toBe(true);
    expect(roleplayModel.isValidAnswer(definition, 'start/a', onRustig)).toBe(false);
    const atEnd = { pid: 'p1', progress: { phase: 'vote', scene: 'einde-goed', path: [] } satisfies RoleplayProgress };
    expect(roleplayModel.isValidAnswer(definition, 'start/a', atEnd)).toBe(false);
  });

  test('accepts a checklist only from the observer, during group practice, with sorted known items', () => {
    expect(inGroups.groups).toEqual({ p1: { group: 1, role: 'leidinggevende' }, p2: { group: 1, role: 'medewerker' }, p3: { group: 1, role: 'observator' } });
    const from = (pid: string) => ({ pid, progress: inGroups });
    expect(roleplayModel.isValidAnswer(definition, { checklist: [0, 1] }, from('p3'))).toBe(true);
    expect(roleplayModel.isValidAnswer(definition, { checklist: [] }, from('p3'))).toBe(true);
    expect(roleplayModel.isValidAnswer(definition, { checklist: [0] }, from('p1'))).toBe(false);
    expect(roleplayModel.isValidAnswer(definition, { checklist: [0] }, from('p9'))).toBe(false);
    expect(roleplayModel.isValidAnswer(definition, { checklist: [0] }, onStart)).toBe(false);
    for (const bad of [{ checklist: [1, 0] }, { checklist: [2] }, { checklist: [0, 0] }, { checklist: [0.5] }, { checklist: '0' }, { checklist: [0], extra: 1 }, [0], null, 3]) {
      expect(roleplayModel.isValidAnswer(definition, bad, from('p3'))).toBe(false);
    }
    expect(roleplayModel.isValidAnswer(definition, 'start/a', from('p1'))).toBe(false);
  });
});

describe('roleplayModel.tally', () => {
  test('counts votes on the scene on screen and ignores anything else', () => {
    const tallied = roleplayModel.tally(definition, entries(['start/a', 'start/a', 'start/c', 'rustig/a', 'x']), undefined);
    expect(tallied.counts['start/a']).toBe(2);
    const onStart = roleplayModel.tally(definition, entries(['start/a', 'start/a', 'start/c', 'rustig/a']), { phase: 'vote', scene: 'start', path: [] });
    expect(onStart).toEqual({ total: 3, counts: { 'start/a': 2, 'start/b': 0, 'start/c': 1 }, checklist: { observers: 0, counts: [0, 0] } });
  });

  test('without progress (the results export) counts every vote by choice and adds up checklists', () => {
    const tallied = roleplayModel.tally(definition, entries(['rustig/b', { checklist: [0, 1] }, { checklist: [1] }]), undefined);
    expect(tallied.counts['rustig/b']).toBe(1);
    expect(tallied.total).toBe(1);
    expect(tallied.checklist).toEqual({ observers: 2, counts: [1, 2] });
  });

  test('the majority is the single most voted choice; a shared top or no votes has none', () => {
    expect(majorityOf({ total: 3, counts: { a: 2, b: 1 }, checklist: { observers: 0, counts: [] } })).toBe('a');
    expect(majorityOf({ total: 2, counts: { a: 1, b: 1 }, checklist: { observers: 0, counts: [] } })).toBeNull();
    expect(majorityOf({ total: 0, counts: { a: 0, b: 0 }, checklist: { observers: 0, counts: [] } })).toBeNull();
  });

  test('measures the share of each letter and of the ★ choice; the verdict is whether a vote named the ★', () => {
    const tallied = roleplayModel.tally(definition, entries(['start/a', 'start/b', 'start/b', 'start/c']), undefined);
    expect(roleplayModel.measures!(definition, tallied, undefined)).toEqual({ A: 25, B: 50, C: 25, sterkste: 25 });
    expect(roleplayModel.measureNames!(definition)).toEqual(['A', 'B', 'C', 'sterkste']);
    expect(roleplayModel.verdict(definition, 'start/a')).toBe(true);
    expect(roleplayModel.verdict(definition, 'start/b')).toBe(false);
    expect(roleplayModel.verdict(definition, 'rustig/a')).toBeNull();
    expect(roleplayModel.verdict(definition, { checklist: [0] })).toBeNull();
  });
});

describe('roleplayModel.move', () => {
  test('takes the majority: the path grows, the next scene opens in a new round', () => {
    const result = play(undefined, { type: 'meerderheid' }, ['start/b', 'start/b', 'start/a'])!;
    expect(result).toEqual({
      progress: { phase: 'vote', scene: 'boos', path: [{ scene: 'start', choice: 'b', decidedBy: 'meerderheid', votes: { a: 1, b: 2, c: 0 } }] },
      round: 'next',
      status: 'open',
    });
  });

  test('refuses the majority on a tie or without votes, and the trainer breaks the tie', () => {
    expect(play(undefined, { type: 'meerderheid' }, ['start/a', 'start/b'])).toBeNull();
    expect(play(undefined, { type: 'meerderheid' }, [])).toBeNull();
    const tie = play(undefined, { type: 'kies', choice: 'start/b' }, ['start/a', 'start/b'])!;
    expect(tie.progress.path[0]).toMatchObject({ choice: 'b', decidedBy: 'gelijkspel' });
  });

  test('the trainer overrides the room, and a choice of another scene is refused', () => {
    const override = play(undefined, { type: 'kies', choice: 'start/c' }, ['start/a', 'start/a'])!;
    expect(override.progress.path[0]).toMatchObject({ choice: 'c', decidedBy: 'trainer' });
    expect(override.progress.scene).toBe('einde-matig');
    expect(override.status).toBe('locked');
    expect(play(undefined, { type: 'kies', choice: 'rustig/a' }, [])).toBeNull();
    expect(play(undefined, { type: 'vliegen' } as unknown as RoleplayMove)).toBeNull();
  });

  test('steps back one decision, replays from the start, and has nothing to undo at the start', () => {
    const first = play(undefined, { type: 'kies', choice: 'start/a' })!.progress;
    const second = play(first, { type: 'kies', choice: 'rustig/a' })!.progress;
    expect(second.path.map((s) => s.scene)).toEqual(['start', 'rustig']);
    const back = play(second, { type: 'terug' })!;
    expect(back).toEqual({ progress: { ...first, scene: 'rustig' }, round: 'next', status: 'open' });
    expect(play(second, { type: 'opnieuw' })!.progress).toEqual({ phase: 'vote', scene: 'start', path: [] });
    expect(play(undefined, { type: 'terug' })).toBeNull();
  });

  test('the debrief keeps the path, shows each step with every choice, and reveals', () => {
    const first = play(undefined, { type: 'kies', choice: 'start/a' })!.progress;
    const end = play(first, { type: 'kies', choice: 'rustig/a' })!.progress;
    const debrief = play(end, { type: 'nabespreken' })!;
    expect(debrief.status).toBe('revealed');
    expect(debrief.progress.phase).toBe('debrief');
    const prompt = roleplayModel.toPrompt(definition, debrief.progress);
    expect(prompt.debrief!.steps.map((step) => [step.scene.id, step.taken.choice, step.scene.choices.length])).toEqual([
      ['start', 'a', 3],
      ['rustig', 'a', 2],
    ]);
    expect(prompt.debrief!.ending!.id).toBe('einde-goed');
    expect(play(debrief.progress, { type: 'nabespreken' })).toBeNull();
    expect(play(debrief.progress, { type: 'terug' })!.progress).toMatchObject({ phase: 'vote', scene: 'rustig' });
  });

  test('splits into triads only with role cards and two people online; the checklists reach the debrief', () => {
    expect(roleplayModel.move!(parse(SCENARIO), undefined, { type: 'groepen', size: 3 }, { answers: [], online: ['p1', 'p2', 'p3'] })).toBeNull();
    expect(play(undefined, { type: 'groepen', size: 3 }, [], ['p1'])).toBeNull();
    const groups = play(undefined, { type: 'groepen', size: 3 }, [], ['p1', 'p2', 'p3'])!;
    expect(groups).toMatchObject({ round: 'next', status: 'open', progress: { phase: 'groups', scene: 'start' } });
    // The role cards are in no prompt: each phone gets its own through its inbox (ownParts).
    const prompt = roleplayModel.toPrompt(definition, groups.progress);
    expect(JSON.stringify(prompt)).not.toContain(definition.roles!.medewerker);
    expect(JSON.stringify(prompt)).not.toContain(definition.checklist[0]);
    const back = play(groups.progress, { type: 'einde-groepen' }, [{ checklist: [0, 1] }])!.progress;
    expect(back).toEqual({ phase: 'vote', scene: 'start', path: [], checklist: { observers: 1, counts: [1, 1] } });
    const again = play(back, { type: 'groepen', size: 2 }, [], ['p1', 'p2', 'p3'])!.progress;
    const debrief = play(again, { type: 'nabespreken' }, [{ checklist: [1] }])!.progress;
    expect(debrief.checklist).toEqual({ observers: 2, counts: [1, 2] });
    expect(debrief.groups).toBeUndefined();
  });

  test('phones see no ★ and no consequences while they vote, only what the last choice led to', () => {
    const prompt = roleplayModel.toPrompt(definition, undefined);
    expect(prompt.scene.choices[0]).toEqual({ id: 'start/a', letter: 'a', text: 'Je neemt hem apart en legt kort uit wat er verandert.' });
    expect(JSON.stringify(prompt)).not.toMatch(/★|isStrongest|gevolg|Daan gaat na/);
    expect(prompt).not.toHaveProperty('roles');
    const next = play(undefined, { type: 'kies', choice: 'start/a' })!.progress;
    expect(roleplayModel.toPrompt(definition, next).previous).toEqual({
      text: 'Je neemt hem apart en legt kort uit wat er verandert.',
      consequence: 'Daan gaat na een paar minuten aan de slag.',
    });
  });
});

describe('splitIntoGroups', () => {
  const pids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);
  const roles = (n: number, size: 2 | 3) =>
    Object.values(splitIntoGroups(pids(n), size)!).map(({ group, role }) => `${group}:${role[0]}`);

  test('makes triads in joining order; one left over observes, two left over form a pair', () => {
    expect(roles(6, 3)).toEqual(['1:l', '1:m', '1:o', '2:l', '2:m', '2:o']);
    expect(roles(7, 3)).toEqual(['1:l', '1:m', '1:o', '2:l', '2:m', '2:o', '2:o']);
    expect(roles(5, 3)).toEqual(['1:l', '1:m', '1:o', '2:l', '2:m']);
    expect(roles(2, 3)).toEqual(['1:l', '1:m']);
  });

  test('makes pairs; an odd one out observes the last pair; one person alone is no group', () => {
    expect(roles(5, 2)).toEqual(['1:l', '1:m', '2:l', '2:m', '2:o']);
    expect(splitIntoGroups(['p1'], 2)).toBeNull();
  });
});

describe('what a route practised and missed', () => {
  const route = (...taken: [string, string][]): RoleplayProgress => ({
    phase: 'debrief',
    scene: 'einde-goed',
    path: taken.map(([scene, choice]) => ({ scene, choice, decidedBy: 'meerderheid', votes: {} })),
  });

  test('a weak choice names its "mist:" codes as missed, never as practised', () => {
    const { steps } = debriefOf(definition, route(['start', 'a'], ['rustig', 'b'], ['boos', 'b']));
    expect(routeCodes(steps)).toEqual({ practised: ['D3', 'WB2'], missed: ['WB2', 'WB6'] });
    expect(steps.at(-1)!.scene.choices[1]).toMatchObject({ tags: [], misses: ['WB2', 'WB6'] });
  });

  test('the strong route practises its codes and misses none', () => {
    const { steps } = debriefOf(definition, route(['start', 'a'], ['rustig', 'a']));
    expect(routeCodes(steps)).toEqual({ practised: ['D3', 'WB2', 'D1'], missed: [] });
  });

  test('a choice cannot both practise and miss a code, and "mist:" needs a choice', () => {
    const both = ['## start', '- A -> e', '  oefent: WB3', '  mist: WB3, D1', '- B -> e', '## e', 'einde: x'];
    expect(errorOf(both)).toMatchObject({ line: lineOf(both, '  mist: WB3, D1'), message: 'the choice both practises and misses WB3: keep it under "oefent:" or "mist:", not both' });
    const twice = ['## start', '- A -> e', '  mist: WB3', '  mist: D1', '- B -> e', '## e', 'einde: x'];
    expect(errorOf(twice)).toMatchObject({ line: lineOf(twice, '  mist: D1'), message: 'this choice already has "mist:"' });
    const stray = ['## start', 'mist: WB3', '- A -> e', '- B -> e', '## e', 'einde: x'];
    expect(errorOf(stray)).toMatchObject({ line: lineOf(stray, 'mist: WB3'), message: '"mist:" belongs under a choice ("- … -> scene")' });
  });
});

describe('a rollenspel block in a deck', () => {
  const deck = (block: string[]) => ['# Deck', '', '---', '', '::: rollenspel gesprek', ...block, ':::', ''].join('\n');

  test('a mistake in the scenario fails the build with file and line', () => {
    expect(() => parseDeck(deck(['## start', '- A -> nergens', '- B -> eind', '## eind', 'einde: klaar.']), 'sessie-4.md', 'sessie-4')).toThrow(
      'sessie-4.md:7: rollenspel "gesprek": the choice leads to scene "nergens", which does not exist',
    );
  });

  test('a "tags:" line under a choice is named, since the block takes it for its own', () => {
    const lines = ['## start', '- A -> eind', '  tags: WB3', '  waarom: x', '  gevolg: x', '- B -> eind', '## eind', 'einde: klaar.'];
    expect(() => parseDeck(deck(lines), 'sessie-4.md', 'sessie-4')).toThrow(/sessie-4\.md:8: .*write "oefent:" under it, for what it misses "mist:"/);
    const atTheEnd = parseDeck(deck(['## start', '- A -> eind', '- B -> eind', '## eind', 'einde: klaar.', 'tags: WB3, D1', 'waarom: A vraagt eerst naar wat ze kan.']), 'sessie-4.md', 'sessie-4');
    expect(atTheEnd.exercises.gesprek).toMatchObject({ tags: ['WB3', 'D1'], reason: 'A vraagt eerst naar wat ze kan.' });
  });
});

describe('splitIntoGroups with online participants (decision 0089)', () => {
  const membersOf = (groups: ReturnType<typeof splitIntoGroups>) => {
    const byGroup = new Map<number, string[]>();
    for (const [pid, { group }] of Object.entries(groups!)) byGroup.set(group, [...(byGroup.get(group) ?? []), pid]);
    return [...byGroup.entries()].sort(([a], [b]) => a - b).map(([, pids]) => pids.sort().join(' '));
  };

  test('online participants play together, in groups after the room’s, however they joined in turn', () => {
    const online = ['z1', 'o1', 'z2', 'o2', 'z3', 'o3', 'z4', 'o4'];
    expect(membersOf(splitIntoGroups(online, 3, ['o1', 'o2', 'o3', 'o4']))).toEqual(['z1 z2 z3 z4', 'o1 o2 o3 o4']);
    expect(membersOf(splitIntoGroups(online, 2, ['o1', 'o2', 'o3', 'o4']))).toEqual(['z1 z2', 'z3 z4', 'o1 o2', 'o3 o4']);
    expect(membersOf(splitIntoGroups(['z1', 'o1', 'z2', 'o2', 'z3'], 3, ['o1', 'o2']))).toEqual(['z1 z2 z3', 'o1 o2']);
  });

  test('roles start again in each online group', () => {
    const groups = splitIntoGroups(['z1', 'z2', 'o1', 'o2', 'o3'], 3, ['o1', 'o2', 'o3'])!;
    expect([groups.o1, groups.o2, groups.o3]).toEqual([
      { group: 2, role: 'leidinggevende' },
      { group: 2, role: 'medewerker' },
      { group: 2, role: 'observator' },
    ]);
  });

  test('one person alone on either side is grouped with the others; nobody is left without a group', () => {
    expect(membersOf(splitIntoGroups(['z1', 'o1', 'z2', 'z3'], 3, ['o1']))).toEqual(['o1 z1 z2 z3']);
    expect(membersOf(splitIntoGroups(['o1', 'z1', 'o2', 'o3'], 2, ['o1', 'o2', 'o3']))).toEqual(['o1 z1', 'o2 o3']);
    expect(Object.keys(splitIntoGroups(['z1', 'z2', 'o1', 'o2'], 3, ['o1', 'o2', 'gone'])!)).not.toContain('gone');
  });

  test('without online participants the groups are as before', () => {
    expect(splitIntoGroups(['p1', 'p2', 'p3', 'p4'], 2, [])).toEqual(splitIntoGroups(['p1', 'p2', 'p3', 'p4'], 2));
  });
});
