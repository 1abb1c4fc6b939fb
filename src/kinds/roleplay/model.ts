/**
 * Branching role-play: the room votes the leidinggevende's next line scene by scene; the
 * trainer takes the majority (or breaks a tie, overrides, steps back, replays) and the path is
 * kept for the debrief. Optional role cards split the room into pairs or triads, each phone
 * with its own role card, which reaches that phone alone; observers tick a checklist that feeds
 * the debrief.
 */
import type { ExerciseState } from '../../shared/room-schema.ts';
import type { AnswerContext, AnswerEntry, CurriculumTag, ExerciseModel, MoveContext, MoveResult } from '../../shared/kind/kind.ts';
import { parseRoleplay, MAX_CHOICES, type Role, type RoleplayChoice, type RoleplayDefinition, type RoleplayScene } from './parse-roleplay.ts';
import { splitIntoGroups } from './groups.ts';

export * from './parse-roleplay.ts';

/** A vote names a choice of the scene on screen (`start/b`); an observer sends ticked checklist items. */
export type RoleplayAnswer = string | { checklist: number[] };
export type DecidedBy = 'meerderheid' | 'gelijkspel' | 'trainer';
export type PathStep = { scene: string; choice: string; decidedBy: DecidedBy; votes: Record<string, number> };
export type Membership = { group: number; role: Role };
/** What one phone alone receives during group practice (its inbox): its group, role and briefing; an observer also the checklist. */
export type RoleplayOwn = Membership & { briefing: string; checklist?: string[] };
export type ChecklistResult = { observers: number; counts: number[] };
export type RoleplayProgress = {
  phase: 'vote' | 'groups' | 'debrief';
  scene: string;
  path: PathStep[];
  /** During small-group practice: who is in which group with which role (pids in joining order); never on the phones. */
  groups?: Record<string, Membership>;
  /** The observers' checklists, added up over every group round so far. */
  checklist?: ChecklistResult;
};
/** Votes per choice id of the scene on screen (or of every scene without progress), and checklists. */
export type RoleplayTally = { total: number; counts: Record<string, number>; checklist: ChecklistResult };
export type RoleplayMove =
  | { type: 'meerderheid' }
  | { type: 'kies'; choice: string }
  | { type: 'terug' }
  | { type: 'opnieuw' }
  | { type: 'nabespreken' }
  | { type: 'groepen'; size: 2 | 3 }
  | { type: 'einde-groepen' };

type PublicChoice = Pick<RoleplayChoice, 'id' | 'letter' | 'text'>;
/** One step of the debrief: the scene, every choice with what it led to, which was taken. */
export type DebriefStep = { scene: RoleplayScene; taken: PathStep };
export type RoleplayPrompt = {
  kind: 'roleplay';
  phase: RoleplayProgress['phase'];
  situation: string;
  step: number;
  /** The scene on screen; choices without their ★ or consequences while the room votes. */
  scene: { id: string; text: string; choices: PublicChoice[]; ending?: string };
  /** What the previous choice was and what it led to. */
  previous?: { text: string; consequence: string };
  /** The debrief: the path with every choice, its consequence and tags. */
  debrief?: { steps: DebriefStep[]; ending?: RoleplayScene; checklist?: ChecklistResult; items: string[] };
};
export type RoleplayReveal = { tally: RoleplayTally };

const START = (definition: RoleplayDefinition): RoleplayProgress => ({ phase: 'vote', scene: definition.scenes[0].id, path: [] });

export function sceneOf(definition: RoleplayDefinition, id: string): RoleplayScene {
  return definition.scenes.find((scene) => scene.id === id) ?? definition.scenes[0];
}

export function choiceOf(definition: RoleplayDefinition, id: string): RoleplayChoice | undefined {
  return definition.scenes.flatMap((scene) => scene.choices).find((choice) => choice.id === id);
}

function isChecklist(definition: RoleplayDefinition, value: unknown): value is { checklist: number[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const items = (value as { checklist?: unknown }).checklist;
  return (
    keys.length === 1 &&
    keys[0] === 'checklist' &&
    Array.isArray(items) &&
    items.every((item, i) => Number.isInteger(item) && item >= 0 && item < definition.checklist.length && (i === 0 || item > items[i - 1]))
  );
}

function isValidAnswer(definition: RoleplayDefinition, value: unknown, context: AnswerContext): value is RoleplayAnswer {
  const progress = (context.progress as RoleplayProgress | undefined) ?? START(definition);
  if (typeof value === 'string') {
    return progress.phase === 'vote' && sceneOf(definition, progress.scene).choices.some((choice) => choice.id === value);
  }
  return progress.phase === 'groups' && progress.groups?.[context.pid]?.role === 'observator' && isChecklist(definition, value);
}

function tally(definition: RoleplayDefinition, answers: readonly AnswerEntry<RoleplayAnswer>[], progress: RoleplayProgress | undefined): RoleplayTally {
  const choices = progress ? sceneOf(definition, progress.scene).choices : definition.scenes.flatMap((scene) => scene.choices);
  const counts: Record<string, number> = Object.fromEntries(choices.map((choice) => [choice.id, 0]));
  const checklist: ChecklistResult = { observers: 0, counts: definition.checklist.map(() => 0) };
  let total = 0;
  for (const { value } of answers) {
    if (typeof value === 'string' && value in counts) {
      counts[value] += 1;
      total += 1;
    } else if (isChecklist(definition, value)) {
      checklist.observers += 1;
      for (const item of value.checklist) checklist.counts[item] += 1;
    }
  }
  return { total, counts, checklist };
}

/** The choice with the most votes, or null when nobody voted or the top is shared. */
export function majorityOf(tallied: RoleplayTally): string | null {
  const ranked = Object.entries(tallied.counts).sort(([, a], [, b]) => b - a);
  if (!ranked.length || ranked[0][1] === 0 || ranked[1]?.[1] === ranked[0][1]) return null;
  return ranked[0][0];
}

function decide(definition: RoleplayDefinition, progress: RoleplayProgress, choiceId: string, tallied: RoleplayTally): MoveResult<RoleplayProgress> | null {
  const choice = sceneOf(definition, progress.scene).choices.find((c) => c.id === choiceId);
  if (!choice) return null;
  const top = Math.max(...Object.values(tallied.counts));
  const leaders = Object.keys(tallied.counts).filter((id) => tallied.counts[id] === top && top > 0);
  const decidedBy: DecidedBy = !leaders.includes(choiceId) ? 'trainer' : leaders.length > 1 ? 'gelijkspel' : 'meerderheid';
  const votes = Object.fromEntries(Object.entries(tallied.counts).map(([id, count]) => [id.split('/')[1], count]));
  const next = sceneOf(definition, choice.next);
  const path = [...progress.path, { scene: progress.scene, choice: choice.letter, decidedBy, votes }];
  return { progress: { ...progress, scene: next.id, path }, round: 'next', status: next.ending !== undefined ? 'locked' : 'open' };
}

function addChecklists(definition: RoleplayDefinition, earlier: ChecklistResult | undefined, answers: readonly AnswerEntry[]): ChecklistResult {
  const now = tally(definition, answers as AnswerEntry<RoleplayAnswer>[], undefined).checklist;
  if (!earlier) return now;
  return { observers: earlier.observers + now.observers, counts: now.counts.map((count, i) => count + (earlier.counts[i] ?? 0)) };
}

function move(definition: RoleplayDefinition, current: RoleplayProgress | undefined, raw: unknown, context: MoveContext): MoveResult<RoleplayProgress> | null {
  const progress = current ?? START(definition);
  const request = raw as Partial<RoleplayMove> | null;
  const answers = context.answers as AnswerEntry<RoleplayAnswer>[];
  const { groups: _groups, ...withoutGroups } = progress;
  // Leaving small-group practice keeps what the observers ticked.
  const settled: RoleplayProgress =
    progress.phase === 'groups' ? { ...withoutGroups, phase: 'vote', checklist: addChecklists(definition, progress.checklist, answers) } : progress;
  switch (request?.type) {
    case 'meerderheid':
    case 'kies': {
      if (progress.phase !== 'vote') return null;
      const tallied = tally(definition, answers, progress);
      const choice = request.type === 'kies' ? request.choice : majorityOf(tallied);
      return typeof choice === 'string' ? decide(definition, progress, choice, tallied) : null;
    }
    case 'terug': {
      const last = settled.path.at(-1);
      if (!last) return null;
      return { progress: { ...settled, phase: 'vote', scene: last.scene, path: settled.path.slice(0, -1) }, round: 'next', status: 'open' };
    }
    case 'opnieuw':
      return { progress: { ...START(definition), ...(settled.checklist ? { checklist: settled.checklist } : {}) }, round: 'next', status: 'open' };
    case 'nabespreken':
      if (progress.phase === 'debrief') return null;
      return { progress: { ...settled, phase: 'debrief' }, round: 'next', status: 'revealed' };
    case 'groepen': {
      if (!definition.roles || progress.phase === 'groups' || (request.size !== 2 && request.size !== 3)) return null;
      const groups = splitIntoGroups(context.online, request.size, context.joinedOnline);
      if (!groups) return null;
      return { progress: { ...progress, phase: 'groups', groups }, round: 'next', status: 'open' };
    }
    case 'einde-groepen': {
      if (progress.phase !== 'groups') return null;
      const status = sceneOf(definition, settled.scene).ending !== undefined ? 'locked' : 'open';
      return { progress: settled, round: 'next', status };
    }
    default:
      return null;
  }
}

/** The path taken, each step with its scene (all choices) and what the room decided. */
export function debriefOf(definition: RoleplayDefinition, progress: RoleplayProgress): NonNullable<RoleplayPrompt['debrief']> {
  const steps = progress.path.map((taken) => ({ scene: sceneOf(definition, taken.scene), taken }));
  const last = sceneOf(definition, progress.scene);
  return {
    steps,
    ...(last.ending !== undefined ? { ending: last } : {}),
    ...(progress.checklist ? { checklist: progress.checklist } : {}),
    items: definition.checklist,
  };
}

/**
 * What the route as a whole practised and missed: the `oefent:` and `mist:` codes of the choices
 * taken, each once, in route order. A code practised at one step and missed at another is in both:
 * the debrief names either fact.
 */
export function routeCodes(steps: readonly DebriefStep[]): { practised: CurriculumTag[]; missed: CurriculumTag[] } {
  const taken = steps.flatMap(({ scene, taken: step }) => scene.choices.filter((choice) => choice.letter === step.choice));
  return {
    practised: [...new Set(taken.flatMap((choice) => choice.tags))],
    missed: [...new Set(taken.flatMap((choice) => choice.misses))],
  };
}

function toPrompt(definition: RoleplayDefinition, current: RoleplayProgress | undefined): RoleplayPrompt {
  const progress = current ?? START(definition);
  const scene = sceneOf(definition, progress.scene);
  const last = progress.path.at(-1);
  const lastChoice = last && choiceOf(definition, `${last.scene}/${last.choice}`);
  return {
    kind: 'roleplay',
    phase: progress.phase,
    situation: definition.situation,
    step: progress.path.length + 1,
    scene: {
      id: scene.id,
      text: scene.text,
      choices: scene.choices.map(({ id, letter, text }) => ({ id, letter, text })),
      ...(scene.ending !== undefined ? { ending: scene.ending } : {}),
    },
    ...(lastChoice ? { previous: { text: lastChoice.text, consequence: lastChoice.consequence } } : {}),
    ...(progress.phase === 'debrief' ? { debrief: debriefOf(definition, progress) } : {}),
  };
}

/** Each phone in a group gets its own card: the role cards are in no prompt, so no phone sees another's. */
function ownParts(definition: RoleplayDefinition, state: ExerciseState): Record<string, RoleplayOwn> {
  const progress = state.progress as RoleplayProgress | undefined;
  const roles = definition.roles;
  if (progress?.phase !== 'groups' || !progress.groups || !roles) return {};
  const parts: Record<string, RoleplayOwn> = {};
  for (const [pid, { group, role }] of Object.entries(progress.groups)) {
    parts[pid] = { group, role, briefing: roles[role], ...(role === 'observator' ? { checklist: definition.checklist } : {}) };
  }
  return parts;
}

/** Percentages of the votes on the scene on screen by letter (A-D), and on the ★ choice. */
function measures(definition: RoleplayDefinition, tallied: RoleplayTally, progress: RoleplayProgress | undefined): Record<string, number> {
  if (!tallied.total) return {};
  const share = (count: number) => Math.round((count / tallied.total) * 100);
  const scene = sceneOf(definition, (progress ?? START(definition)).scene);
  const result: Record<string, number> = {};
  for (const choice of scene.choices) result[choice.letter.toUpperCase()] = share(tallied.counts[choice.id] ?? 0);
  const strongest = scene.choices.find((choice) => choice.isStrongest);
  if (strongest) result.sterkste = share(tallied.counts[strongest.id] ?? 0);
  return result;
}

function measureNames(definition: RoleplayDefinition): string[] {
  const most = Math.max(...definition.scenes.map((scene) => scene.choices.length));
  const letters = 'ABCD'.slice(0, Math.min(most, MAX_CHOICES)).split('');
  return definition.scenes.some((scene) => scene.choices.some((choice) => choice.isStrongest)) ? [...letters, 'sterkste'] : letters;
}

export const roleplayModel: ExerciseModel<RoleplayDefinition, RoleplayAnswer, RoleplayTally, RoleplayPrompt, RoleplayReveal, RoleplayProgress> = {
  kind: 'roleplay',
  keywords: ['rollenspel'],
  parse: parseRoleplay,
  isValidAnswer,
  tally,
  toPrompt,
  toReveal: (_definition, tallied) => ({ tally: tallied }),
  /** A vote is "right" when it names the ★ choice of a scene that marks one. */
  verdict: (definition, answer) => {
    if (typeof answer !== 'string') return null;
    const scene = definition.scenes.find((s) => s.choices.some((choice) => choice.id === answer));
    return scene?.choices.some((choice) => choice.isStrongest) ? scene.choices.some((c) => c.id === answer && c.isStrongest) : null;
  },
  move,
  ownParts,
  measures,
  measureNames,
};
