/**
 * Look-back on a transfer task (`::: terugblik <id>`): at the start of a session each member sees
 * their own task from last time (`opdracht: sessie-1/transfer-1`, read on the phone from the
 * member's own history) and says how it went: a step from 1 to 5 and, if they like, a short story.
 * The story is private by default, as a task is: the trainer's results keep the step and only a
 * story its writer shared (`forTrainer`); shared stories are moderated as open answers are.
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel } from '../../shared/kind/kind.ts';
import { readBlockParts, readMaxField, type Field } from '../../shared/kind/fields.ts';
import { isFreeText } from '../../shared/kind/free-text.ts';
import { moderate, moderatedItems, shownParts, type ModerationProgress } from '../../shared/kind/moderation.ts';
import { isPlainData } from '../../shared/plain-data.ts';
import { SCORE_LABELS, SCORES, type Score } from './scores.ts';

/** The transfer task looked back on: an `opdracht` in another deck (checked across decks), with the line that names it. */
export type TaskReference = { deck: string; exercise: string; line: number };

export type TerugblikDefinition = {
  kind: 'terugblik';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  question: string;
  task: TaskReference;
  /** Longest story in characters. */
  max: number;
};
/** What a phone sends: how it went, and optionally a story the trainer may read only when `share`. */
export type TerugblikAnswer = { score: Score; share: boolean; story?: string };
/** The counts per step (1-5), the mean, how many shared a story, and the shared stories the trainer approved. */
export type TerugblikTally = { total: number; counts: Record<Score, number>; mean: number | null; shared: number; shown: string[] };
/**
 * Public: the task is named so each phone can find its own text in its own history; nothing of any
 * answer. The steps' labels travel with it, so the phone view needs no code of the model.
 */
export type TerugblikPrompt = { kind: 'terugblik'; question: string; max: number; task: { deck: string; exercise: string }; labels: readonly string[] };
/** For phones: aggregates only. */
export type TerugblikReveal = { total: number; counts: Record<Score, number>; mean: number | null };

/** A story says what happened and what the employee did: longer than an open answer, as long as a task. */
export const DEFAULT_MAX = 200;
const MIN_MAX = 20;
const TASK_PATTERN = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/;
const ANSWER_KEYS = new Set(['score', 'share', 'story']);

function parse(block: BlockSource): TerugblikDefinition {
  const { lead, fields } = readBlockParts(block.body, { kind: 'terugblik', fields: ['opdracht', 'max'], lead: 'question' });
  const max = readMaxField(fields.get('max'), { min: MIN_MAX, fallback: DEFAULT_MAX });
  if (lead.length === 0) throw new BlockError(block.line, 'the question is missing (e.g. "Hoe ging je opdracht?")');
  const task = readTask(fields.get('opdracht'), block);
  return { kind: 'terugblik', id: block.id, tags: block.tags, seconds: block.seconds, question: lead.join(' '), task, max };
}

/** `opdracht: sessie-1/transfer-1`: deck id and exercise id; whether it is an opdracht there is checked across decks. */
function readTask(field: Field | undefined, block: BlockSource): TaskReference {
  const example = '"opdracht: sessie-1/transfer-1"';
  if (!field) throw new BlockError(block.line, `"opdracht:" is missing: name the transfer task this looks back on, e.g. ${example}`);
  const match = TASK_PATTERN.exec(field.value);
  if (!match) throw new BlockError(field.line, `"opdracht:" names a deck and a transfer task in it: ${example}`);
  if (match[1] === block.deck) throw new BlockError(field.line, `"opdracht:" names this deck: a look-back looks at a task of an earlier session`);
  return { deck: match[1], exercise: match[2], line: field.line };
}

function isScore(value: unknown): value is Score {
  return SCORES.includes(value as Score);
}

/** Exactly `{ score, share }` with an optional `story`: a step 1-5, a boolean, clean text within `max`. */
function isValidAnswer(definition: TerugblikDefinition, value: unknown): value is TerugblikAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainData(value)) return false;
  const { score, share, story } = value as Record<string, unknown>;
  return (
    Object.keys(value).every((key) => ANSWER_KEYS.has(key)) &&
    isScore(score) &&
    typeof share === 'boolean' &&
    (story === undefined ? !Object.hasOwn(value, 'story') : isFreeText(story, definition.max))
  );
}

/** The story the trainer may read and moderate: a shared one, never an unshared one. */
const storyOf = (definition: TerugblikDefinition) => (value: unknown) =>
  isValidAnswer(definition, value) && value.share && value.story !== undefined ? value.story : null;

/** The answer as the trainer's results keep it: the step always, the story only when shared. */
function forTrainer(definition: TerugblikDefinition, value: unknown): TerugblikAnswer | null {
  if (!isValidAnswer(definition, value)) return null;
  const story = storyOf(definition)(value);
  return story === null ? { score: value.score, share: false } : { score: value.score, share: true, story };
}

function tally(definition: TerugblikDefinition, answers: readonly AnswerEntry<unknown>[], progress: ModerationProgress | undefined): TerugblikTally {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const scores = answers.flatMap(({ value }) => (isValidAnswer(definition, value) ? [value.score] : []));
  for (const score of scores) counts[score] += 1;
  const total = scores.length;
  const mean = total ? Math.round((scores.reduce((sum, score) => sum + score, 0) / total) * 10) / 10 : null;
  const stories = answers.flatMap(({ pid, value }) => {
    const text = storyOf(definition)(value);
    return text === null ? [] : [{ pid, text }];
  });
  const shown = moderatedItems(stories, progress)
    .filter((item) => item.isShown)
    .map((item) => item.text);
  return { total, counts, mean, shared: stories.length, shown };
}

/** Figures for debrief prompts: the mean step, and shares of the answers ("als meer dan 30% niet aan toegekomen: …"). */
function measures(_definition: TerugblikDefinition, { total, counts, mean, shared }: TerugblikTally): Record<string, number> {
  if (!total || mean === null) return {};
  const share = (count: number) => (count / total) * 100;
  return { gemiddelde: mean, niet: share(counts[1]), gelukt: share(counts[4] + counts[5]), gedeeld: share(shared) };
}

export const terugblikModel: ExerciseModel<TerugblikDefinition, TerugblikAnswer, TerugblikTally, TerugblikPrompt, TerugblikReveal, ModerationProgress> = {
  kind: 'terugblik',
  keywords: ['terugblik'],
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ question, max, task }) => ({ kind: 'terugblik', question, max, task: { deck: task.deck, exercise: task.exercise }, labels: SCORE_LABELS }),
  toReveal: (_definition, { total, counts, mean }) => ({ total, counts, mean }),
  verdict: () => null,
  move: (definition, progress, move, { answers }) => moderate(progress, move, answers, storyOf(definition)),
  ownParts: (definition, state, answerOf) => shownParts(state, answerOf, storyOf(definition)),
  forTrainer,
  measures,
  measureNames: () => ['gemiddelde', 'niet', 'gelukt', 'gedeeld'],
};

/** The story the trainer moderates in an answer: only a shared one has any. */
export function terugblikModeratedText(definition: TerugblikDefinition, value: unknown): string | null {
  return storyOf(definition)(value);
}
