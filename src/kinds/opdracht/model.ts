/**
 * Transfer task (`::: opdracht <id>`): at the end of a session each member writes what they will
 * try before next time. Private by default: a task reaches the trainer only when its writer ticks
 * "delen". The trainer's results keep of an unshared task only that it was written (`forTrainer`),
 * so its text never leaves the writer's phone and own document; shared tasks are moderated as an
 * open question's answers are (see ../../shared/kind/moderation.ts).
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel } from '../../shared/kind/kind.ts';
import { readBlockParts, readMaxField } from '../../shared/kind/fields.ts';
import { isFreeText } from '../../shared/kind/free-text.ts';
import { isPlainData } from '../../shared/plain-data.ts';
import { moderate, moderatedItems, shownParts, type ModerationProgress } from '../../shared/kind/moderation.ts';

export type OpdrachtDefinition = {
  kind: 'opdracht';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  question: string;
  /** Longest task in characters. */
  max: number;
};
/** What a phone sends: its task, and whether the trainer may read it. */
export type OpdrachtAnswer = { text: string; share: boolean };
/** What the trainer's results hold of a task its writer kept to themself: that it exists, not what it says. */
export type PrivateOpdracht = { share: false };
/** Counts, and the shared texts the trainer approved in the order shown; no senders. */
export type OpdrachtTally = { written: number; shared: number; shown: string[] };
export type OpdrachtPrompt = { kind: 'opdracht'; question: string; max: number };
/** For phones: the counts only. A phone sees its own task from its own document, and no one else's. */
export type OpdrachtReveal = { written: number; shared: number };

/** Longer than an open answer's 80: a task says what, with whom and when. */
export const DEFAULT_MAX = 200;
const MIN_MAX = 20;
const PRIVATE: PrivateOpdracht = { share: false };

function parse(block: BlockSource): OpdrachtDefinition {
  const { lead: questionLines, fields } = readBlockParts(block.body, { kind: 'opdracht', fields: ['max'], lead: 'question' });
  const max = readMaxField(fields.get('max'), { min: MIN_MAX, fallback: DEFAULT_MAX });
  if (questionLines.length === 0) throw new BlockError(block.line, 'the question is missing');
  return { kind: 'opdracht', id: block.id, tags: block.tags, seconds: block.seconds, question: questionLines.join(' '), max };
}

/** Exactly `{ text, share }`: clean text within `max` and a boolean, nothing else beside them. */
function isValidAnswer(definition: OpdrachtDefinition, value: unknown): value is OpdrachtAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainData(value)) return false;
  const { text, share, ...rest } = value as Record<string, unknown>;
  return Object.keys(rest).length === 0 && typeof share === 'boolean' && isFreeText(text, definition.max);
}

function isPrivateRecord(value: unknown): value is PrivateOpdracht {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && (value as PrivateOpdracht).share === false;
}

/** The answer as the trainer's results keep it: a shared task whole, any other only as "written, not shared". */
function forTrainer(definition: OpdrachtDefinition, value: unknown): OpdrachtAnswer | PrivateOpdracht {
  return isValidAnswer(definition, value) && value.share ? value : PRIVATE;
}

/** The text the trainer may moderate: a shared task's, never an unshared one's. */
const textOf = (definition: OpdrachtDefinition) => (value: unknown) => (isValidAnswer(definition, value) && value.share ? value.text : null);

function tally(definition: OpdrachtDefinition, answers: readonly AnswerEntry<unknown>[], progress: ModerationProgress | undefined): OpdrachtTally {
  const written = answers.filter((a) => isValidAnswer(definition, a.value) || isPrivateRecord(a.value)).length;
  const texts = answers.flatMap(({ pid, value }) => {
    const text = textOf(definition)(value);
    return text === null ? [] : [{ pid, text }];
  });
  const shown = moderatedItems(texts, progress)
    .filter((item) => item.isShown)
    .map((item) => item.text);
  return { written, shared: texts.length, shown };
}

export const opdrachtModel: ExerciseModel<OpdrachtDefinition, OpdrachtAnswer, OpdrachtTally, OpdrachtPrompt, OpdrachtReveal, ModerationProgress> = {
  kind: 'opdracht',
  keywords: ['opdracht'],
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ question, max }) => ({ kind: 'opdracht', question, max }),
  toReveal: (_definition, { written, shared }) => ({ written, shared }),
  verdict: () => null,
  move: (definition, progress, move, { answers }) => moderate(progress, move, answers, textOf(definition)),
  ownParts: (definition, state, answerOf) => shownParts(state, answerOf, textOf(definition)),
  forTrainer,
  measures: (_definition, { written, shared }): Record<string, number> => (written ? { gedeeld: (shared / written) * 100 } : {}),
  measureNames: () => ['gedeeld'],
};

/** The text the trainer moderates in a task: only a shared one has any. */
export function opdrachtModeratedText(definition: OpdrachtDefinition, value: unknown): string | null {
  return textOf(definition)(value);
}
