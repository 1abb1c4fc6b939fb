/**
 * Scale: a statement rated on 0-10 (or another numeric range) or on a five-point Likert scale.
 * No right answer; the room sees the distribution and the mean.
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel } from '../../shared/kind/kind.ts';
import { readBlockParts, type Field } from '../../shared/kind/fields.ts';
import { comparisonProblems } from './comparisons.ts';
import { formatScore, formatShift } from './format.ts';
export { formatScore, formatShift };

export type ScaleDefinition = {
  kind: 'scale';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  question: string;
  min: number;
  max: number;
  /** One label per value (Likert), or only the two ends (numeric). */
  labels: { value: number; text: string }[];
  /** The deck the scale is in: phones remember their answer under `<deck>/<id>`. */
  deck: string;
  /** `vergelijk:` the same item asked earlier; `line` is kept for the build's cross-deck check. */
  compare?: ScaleComparison;
  /** `evaluatie: ja`: the session's evaluation, which the group report lists per session. */
  evaluation?: true;
};
export type ScaleComparison = { deck: string; exercise: string; line: number };
export type ScaleAnswer = number;
export type ScaleTally = { total: number; counts: Record<string, number>; mean: number | null; median: number | null };
export type ScalePrompt = Pick<ScaleDefinition, 'question' | 'min' | 'max' | 'labels'> & {
  kind: 'scale';
  /** Where a phone keeps its own answer (`<deck>/<id>`), so a later session can compare with it. */
  remember: string;
  /** The earlier item this one is compared with: its memory key and how to name it ("sessie 1"). */
  compare?: { remember: string; session: string };
};
export type ScaleReveal = { tally: ScaleTally };

export const LIKERT_LABELS = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'];
const FIELDS = ['schaal', 'links', 'rechts', 'vergelijk', 'evaluatie'];
const COMPARE_PATTERN = /^([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/;

function parse(block: BlockSource): ScaleDefinition {
  const { lead: questionLines, fields } = readBlockParts(block.body, { kind: 'scale', fields: FIELDS, lead: 'statement' });
  if (questionLines.length === 0) throw new BlockError(block.line, 'the statement is missing');
  const compare = readComparison(fields.get('vergelijk'), block);
  const evaluation = readEvaluation(fields.get('evaluatie'));
  const common = {
    kind: 'scale' as const,
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    question: questionLines.join(' '),
    deck: block.deck,
    ...(compare ? { compare } : {}),
    ...(evaluation ? { evaluation } : {}),
  };
  const scale = fields.get('schaal');
  if (!scale) throw new BlockError(block.line, '"schaal:" is missing: "0-10", another range like "1-5", or "likert"');

  if (scale.value.toLowerCase() === 'likert') {
    if (fields.has('links') || fields.has('rechts')) throw new BlockError(scale.line, 'a Likert scale has its own labels: leave out "links:" and "rechts:"');
    return { ...common, min: 1, max: 5, labels: LIKERT_LABELS.map((text, i) => ({ value: i + 1, text })) };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(scale.value);
  const [min, max] = range ? [Number(range[1]), Number(range[2])] : [NaN, NaN];
  if (!(min >= 0 && max <= 10 && max - min >= 2)) {
    throw new BlockError(scale.line, '"schaal:" must be a range within 0-10 with at least 3 steps (e.g. "0-10", "1-5") or "likert"');
  }
  const labels = [
    ...(fields.has('links') ? [{ value: min, text: fields.get('links')!.value }] : []),
    ...(fields.has('rechts') ? [{ value: max, text: fields.get('rechts')!.value }] : []),
  ];
  return { ...common, min, max, labels };
}

/** `vergelijk: sessie-1/zelfvertrouwen`: deck id and exercise id; whether they exist is checked across decks. */
function readComparison(field: Field | undefined, block: BlockSource): ScaleComparison | undefined {
  if (!field) return undefined;
  const match = COMPARE_PATTERN.exec(field.value);
  if (!match) throw new BlockError(field.line, '"vergelijk:" names a deck and a scale in it: "vergelijk: sessie-1/zelfvertrouwen"');
  if (match[1] === block.deck && match[2] === block.id) throw new BlockError(field.line, '"vergelijk:" names this scale itself');
  return { deck: match[1], exercise: match[2], line: field.line };
}

/** `evaluatie: ja` marks the session's evaluation; `nee` is the same as leaving it out. */
function readEvaluation(field: Field | undefined): true | undefined {
  if (!field) return undefined;
  const value = field.value.toLowerCase();
  if (value !== 'ja' && value !== 'nee') throw new BlockError(field.line, '"evaluatie:" must be "ja" or "nee"');
  return value === 'ja' ? true : undefined;
}

/** "sessie-1" → "sessie 1": how a phone names the earlier session. */
export function sessionName(deck: string): string {
  return deck.replace(/-/g, ' ');
}

function isValidAnswer(definition: ScaleDefinition, value: unknown): value is ScaleAnswer {
  return Number.isInteger(value) && (value as number) >= definition.min && (value as number) <= definition.max;
}

function tally(definition: ScaleDefinition, answers: readonly AnswerEntry<ScaleAnswer>[]): ScaleTally {
  const counts: Record<string, number> = {};
  for (let value = definition.min; value <= definition.max; value++) counts[value] = 0;
  const valid = answers
    .map((answer) => answer.value)
    .filter((value) => isValidAnswer(definition, value))
    .sort((a, b) => a - b);
  for (const answer of valid) counts[answer] += 1;
  const total = valid.length;
  const mean = total ? Math.round((valid.reduce((sum, v) => sum + v, 0) / total) * 10) / 10 : null;
  const middle = Math.floor(total / 2);
  const median = total === 0 ? null : total % 2 ? valid[middle] : (valid[middle - 1] + valid[middle]) / 2;
  return { total, counts, mean, median };
}

export const scaleModel: ExerciseModel<ScaleDefinition, ScaleAnswer, ScaleTally, ScalePrompt, ScaleReveal> = {
  kind: 'scale',
  keywords: ['scale'],
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ id, deck, question, min, max, labels, compare }) => ({
    kind: 'scale',
    question,
    min,
    max,
    labels,
    remember: `${deck}/${id}`,
    ...(compare ? { compare: { remember: `${compare.deck}/${compare.exercise}`, session: sessionName(compare.deck) } } : {}),
  }),
  toReveal: (_definition, tallied) => ({ tally: tallied }),
  verdict: () => null,
  measures: (_definition, tallied): Record<string, number> =>
    tallied.mean === null ? {} : { gemiddelde: tallied.mean, mediaan: tallied.median! },
  measureNames: () => ['gemiddelde', 'mediaan'],
  checkAcrossDecks: comparisonProblems,
};


