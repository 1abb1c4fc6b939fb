/**
 * Open question: short free text from every phone, moderated. The trainer chooses which
 * answers the projector shows (see ../moderation.ts); the word cloud is made of those only.
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel } from '../../shared/kind/kind.ts';
import { readBlockParts, readMaxField } from '../../shared/kind/fields.ts';
import { isFreeText } from '../../shared/kind/free-text.ts';
import { moderate, moderatedItems, shownParts, type ModerationProgress } from '../../shared/kind/moderation.ts';
import { wordCloud, type WordCount } from './word-cloud.ts';

export type OpenDefinition = {
  kind: 'open';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  question: string;
  /** Longest answer in characters. */
  max: number;
};
export type OpenAnswer = string;
/** Only what the trainer approved, in the order shown; no senders (the export keeps this too). */
export type OpenTally = { total: number; shown: string[]; words: WordCount[] };
export type OpenPrompt = { kind: 'open'; question: string; max: number };
/** For phones: the shown texts in alphabetical order (not the order shown, which pids could be matched to) and the cloud. */
export type OpenReveal = { total: number; shown: string[]; words: WordCount[] };

export const DEFAULT_MAX = 80;
const MIN_MAX = 10;

function parse(block: BlockSource): OpenDefinition {
  const { lead: questionLines, fields } = readBlockParts(block.body, { kind: 'open', fields: ['max'], lead: 'question' });
  const max = readMaxField(fields.get('max'), { min: MIN_MAX, fallback: DEFAULT_MAX });
  if (questionLines.length === 0) throw new BlockError(block.line, 'the question is missing');
  return { kind: 'open', id: block.id, tags: block.tags, seconds: block.seconds, question: questionLines.join(' '), max };
}

function isValidAnswer(definition: OpenDefinition, value: unknown): value is OpenAnswer {
  return isFreeText(value, definition.max);
}

const textOf = (definition: OpenDefinition) => (value: unknown) => (isFreeText(value, definition.max) ? value : null);

function tally(definition: OpenDefinition, answers: readonly AnswerEntry<OpenAnswer>[], progress: ModerationProgress | undefined): OpenTally {
  const texts = answers.filter((a) => isValidAnswer(definition, a.value)).map(({ pid, value }) => ({ pid, text: value }));
  const shown = moderatedItems(texts, progress)
    .filter((item) => item.isShown)
    .map((item) => item.text);
  return { total: texts.length, shown, words: wordCloud(shown) };
}

export const openModel: ExerciseModel<OpenDefinition, OpenAnswer, OpenTally, OpenPrompt, OpenReveal, ModerationProgress> = {
  kind: 'open',
  keywords: ['open'],
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ question, max }) => ({ kind: 'open', question, max }),
  toReveal: (_definition, tallied) => ({
    total: tallied.total,
    shown: [...tallied.shown].sort((a, b) => a.localeCompare(b, 'nl')),
    words: tallied.words,
  }),
  verdict: () => null,
  move: (definition, progress, move, { answers }) => moderate(progress, move, answers, textOf(definition)),
  ownParts: (definition, state, answerOf) => shownParts(state, answerOf, textOf(definition)),
  measures: (_definition, tallied): Record<string, number> =>
    tallied.total ? { getoond: (tallied.shown.length / tallied.total) * 100 } : {},
  measureNames: () => ['getoond'],
};

/** The text the trainer moderates in an open answer. */
export function openModeratedText(definition: OpenDefinition, value: unknown): string | null {
  return textOf(definition)(value);
}
