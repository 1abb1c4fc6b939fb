/**
 * Feedback drill: a feedback statement, judged against the criteria the block lists. Each
 * participant ticks the criteria it meets; the reveal sets the room's ticks beside the model
 * verdict, with the explanation and a better version. With `herschrijven: ja` participants also
 * write their own better version, which the trainer moderates like an open answer.
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel } from '../../shared/kind/kind.ts';
import { readBlockParts, readMaxField } from '../../shared/kind/fields.ts';
import { isFreeText } from '../../shared/kind/free-text.ts';
import { moderate, moderatedItems, shownParts, type ModerationProgress } from '../../shared/kind/moderation.ts';
import { isRight } from './scoring.ts';
export { isRight };

export type Criterion = { id: string; text: string };
export type FeedbackDefinition = {
  kind: 'feedback';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  statement: string;
  criteria: Criterion[];
  /** The criteria the statement meets (sorted ids): the model verdict. */
  meets: string[];
  explanation: string;
  better: string;
  /** Whether participants also write a better version, and how long it may be. */
  rewrite: boolean;
  max: number;
};
/** Ticked criteria (sorted ids; none is an answer too) and, where the block asks, a rewrite. */
export type FeedbackAnswer = { ticks: string[]; rewrite?: string };
export type FeedbackTally = {
  total: number;
  /** Per criterion how many ticked it. */
  counts: Record<string, number>;
  /** How many ticked exactly the criteria the statement meets. */
  right: number;
  /** Rewrites sent, and the ones the trainer shows, in the order shown. */
  rewrites: number;
  shown: string[];
};
export type FeedbackPrompt = { kind: 'feedback'; statement: string; criteria: Criterion[]; rewrite: boolean; max: number };
export type FeedbackReveal = {
  meets: string[];
  explanation: string;
  better: string;
  total: number;
  counts: Record<string, number>;
  right: number;
  rewrites: number;
  /** Shown rewrites in alphabetical order (no senders). */
  shown: string[];
};

export const DEFAULT_REWRITE_MAX = 200;
const MIN_MAX = 10;
const MAX_CRITERIA = 10;
const CRITERION_IDS = 'abcdefghij';
const CRITERION_PATTERN = /^- \[( |x|X)\]\s+(.+)$/;
const FIELDS = ['uitleg', 'beter', 'herschrijven', 'max'];

function parse(block: BlockSource): FeedbackDefinition {
  const parts = readBlockParts(block.body, { kind: 'feedback', fields: FIELDS, lead: 'statement', items: 'criteria', leadMayHoldColons: true });
  const statementLines = parts.lead;
  const fields = parts.fields;
  const criteria: Criterion[] = [];
  const meets: string[] = [];
  for (const { text, line } of parts.items) {
    const criterion = CRITERION_PATTERN.exec(text);
    if (!criterion) throw new BlockError(line, 'a criterion must look like "- [ ] Concreet" or, when the statement meets it, "- [x] Concreet"');
    if (criteria.length === MAX_CRITERIA) throw new BlockError(line, `at most ${MAX_CRITERIA} criteria`);
    const id = CRITERION_IDS[criteria.length];
    if (criterion[1] !== ' ') meets.push(id);
    criteria.push({ id, text: criterion[2].trim() });
  }
  if (statementLines.length === 0) throw new BlockError(block.line, 'the feedback statement is missing');
  if (criteria.length < 2) throw new BlockError(block.line, 'needs at least 2 criteria ("- [ ] Concreet", "- [x] …" when the statement meets it)');
  const explanation = fields.get('uitleg')?.value;
  if (!explanation) throw new BlockError(block.line, '"uitleg:" is missing (why the statement meets these criteria and not the others)');
  const better = fields.get('beter')?.value;
  if (!better) throw new BlockError(block.line, '"beter:" is missing (a better version, shown at the reveal)');
  const rewriteField = fields.get('herschrijven');
  const rewriteValue = rewriteField?.value.toLowerCase() ?? 'nee';
  if (rewriteValue !== 'ja' && rewriteValue !== 'nee') throw new BlockError(rewriteField!.line, '"herschrijven:" must be "ja" or "nee"');
  const rewrite = rewriteValue === 'ja';
  const maxField = fields.get('max');
  if (maxField && !rewrite) throw new BlockError(maxField.line, '"max:" limits the rewrite: add "herschrijven: ja" or leave "max:" out');
  const max = readMaxField(maxField, { min: MIN_MAX, fallback: DEFAULT_REWRITE_MAX });
  return {
    kind: 'feedback',
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    statement: statementLines.join(' '),
    criteria,
    meets,
    explanation,
    better,
    rewrite,
    max,
  };
}

function isValidAnswer(definition: FeedbackDefinition, value: unknown): value is FeedbackAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const { ticks, rewrite } = value as { ticks?: unknown; rewrite?: unknown };
  const allowed = definition.rewrite ? ['ticks', 'rewrite'] : ['ticks'];
  if (!keys.includes('ticks') || !keys.every((key) => allowed.includes(key))) return false;
  const ids = definition.criteria.map((criterion) => criterion.id);
  const ticksOk =
    Array.isArray(ticks) && ticks.every((id, i) => typeof id === 'string' && ids.includes(id) && (i === 0 || id > ticks[i - 1]));
  return ticksOk && (!keys.includes('rewrite') || isFreeText(rewrite, definition.max));
}


const textOf = (definition: FeedbackDefinition) => (value: unknown) =>
  isValidAnswer(definition, value) && value.rewrite !== undefined ? value.rewrite : null;

function tally(
  definition: FeedbackDefinition,
  answers: readonly AnswerEntry<FeedbackAnswer>[],
  progress: ModerationProgress | undefined,
): FeedbackTally {
  const counts: Record<string, number> = {};
  for (const criterion of definition.criteria) counts[criterion.id] = 0;
  let total = 0;
  let right = 0;
  const texts: { pid: string; text: string }[] = [];
  for (const { pid, value } of answers) {
    if (!isValidAnswer(definition, value)) continue;
    total += 1;
    if (isRight(definition, value)) right += 1;
    for (const id of value.ticks) counts[id] += 1;
    if (value.rewrite !== undefined) texts.push({ pid, text: value.rewrite });
  }
  const shown = moderatedItems(texts, progress)
    .filter((item) => item.isShown)
    .map((item) => item.text);
  return { total, counts, right, rewrites: texts.length, shown };
}

export const feedbackModel: ExerciseModel<FeedbackDefinition, FeedbackAnswer, FeedbackTally, FeedbackPrompt, FeedbackReveal, ModerationProgress> = {
  kind: 'feedback',
  keywords: ['feedback'],
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ statement, criteria, rewrite, max }) => ({ kind: 'feedback', statement, criteria, rewrite, max }),
  toReveal: ({ meets, explanation, better }, tallied) => ({
    meets,
    explanation,
    better,
    total: tallied.total,
    counts: tallied.counts,
    right: tallied.right,
    rewrites: tallied.rewrites,
    shown: [...tallied.shown].sort((a, b) => a.localeCompare(b, 'nl')),
  }),
  verdict: isRight,
  move: (definition, progress, move, { answers }) => (definition.rewrite ? moderate(progress, move, answers, textOf(definition)) : null),
  ownParts: (definition, state, answerOf) => shownParts(state, answerOf, textOf(definition)),
  measures: measuresOf,
  measureNames: (definition) => [...definition.criteria.map((_, i) => letterOf(i)), 'goed'],
};

/** The letter a criterion has on the projector and in the debrief measures: A, B, … */
export function letterOf(index: number): string {
  return String.fromCharCode(65 + index);
}

function measuresOf(definition: FeedbackDefinition, tallied: FeedbackTally): Record<string, number> {
  if (tallied.total === 0) return {};
  const share = (count: number) => (count / tallied.total) * 100;
  const measures: Record<string, number> = {};
  definition.criteria.forEach((criterion, i) => (measures[letterOf(i)] = share(tallied.counts[criterion.id] ?? 0)));
  measures.goed = share(tallied.right);
  return measures;
}

/** The text the trainer moderates in a feedback answer: its rewrite, if any. */
export function feedbackModeratedText(definition: FeedbackDefinition, value: unknown): string | null {
  return textOf(definition)(value);
}
