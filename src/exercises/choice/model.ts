/** Multiple-choice question: one right option, an explanation, a live distribution. */
import { BlockError, parseTags, type BlockSource, type CurriculumTag, type ExerciseModel } from '../kind.ts';

export type ChoiceOption = { id: string; text: string };
export type ChoiceDefinition = {
  kind: 'choice';
  id: string;
  tags: CurriculumTag[];
  question: string;
  options: ChoiceOption[];
  correct: string;
  explanation: string;
};
/** A participant's answer: the id of the option picked. */
export type ChoiceAnswer = string;
export type ChoiceTally = { total: number; counts: Record<string, number> };
export type ChoicePrompt = { kind: 'choice'; question: string; options: ChoiceOption[] };
export type ChoiceReveal = { correct: string; explanation: string; tally: ChoiceTally };

const OPTION_PATTERN = /^- \[( |x|X)\]\s+(.+)$/;
const FIELD_PATTERN = /^([a-zA-Z]+):\s*(.*)$/;
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;
const OPTION_IDS = 'abcdef';

function parse(block: BlockSource): ChoiceDefinition {
  const questionLines: string[] = [];
  const options: ChoiceOption[] = [];
  let correct: string | null = null;
  let explanation: string | null = null;
  let tags: CurriculumTag[] = [];

  for (const { text, line } of block.body) {
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const option = OPTION_PATTERN.exec(trimmed);
    const field = FIELD_PATTERN.exec(trimmed);
    if (option) {
      if (explanation !== null) throw new BlockError(line, 'options must come before "uitleg:"');
      if (options.length === MAX_OPTIONS) throw new BlockError(line, `at most ${MAX_OPTIONS} options`);
      const id = OPTION_IDS[options.length];
      if (option[1] !== ' ') {
        if (correct !== null) throw new BlockError(line, 'more than one option is marked [x]; mark exactly one');
        correct = id;
      }
      options.push({ id, text: option[2].trim() });
    } else if (trimmed.startsWith('-')) {
      throw new BlockError(line, 'an option must look like "- [ ] text" or "- [x] text"');
    } else if (field && field[1].toLowerCase() === 'uitleg') {
      if (!field[2].trim()) throw new BlockError(line, '"uitleg:" is empty');
      explanation = field[2].trim();
    } else if (field && field[1].toLowerCase() === 'tags') {
      tags = parseTags(field[2], line);
    } else if (field && options.length > 0) {
      throw new BlockError(line, `unknown field "${field[1]}:" (choice knows "uitleg:" and "tags:")`);
    } else if (options.length === 0) {
      questionLines.push(trimmed);
    } else {
      throw new BlockError(line, 'text after the options: put the question before them');
    }
  }

  if (questionLines.length === 0) throw new BlockError(block.line, 'the question is missing');
  if (options.length < MIN_OPTIONS) throw new BlockError(block.line, `needs at least ${MIN_OPTIONS} options`);
  if (correct === null) throw new BlockError(block.line, 'no option is marked [x] as the right one');
  if (explanation === null) throw new BlockError(block.line, '"uitleg:" is missing (shown when the answer is revealed)');
  return { kind: 'choice', id: block.id, tags, question: questionLines.join(' '), options, correct, explanation };
}

function isValidAnswer(definition: ChoiceDefinition, value: unknown): value is ChoiceAnswer {
  return typeof value === 'string' && definition.options.some((option) => option.id === value);
}

function tally(definition: ChoiceDefinition, answers: readonly ChoiceAnswer[]): ChoiceTally {
  const counts: Record<string, number> = {};
  for (const option of definition.options) counts[option.id] = 0;
  let total = 0;
  for (const answer of answers) {
    if (answer in counts) {
      counts[answer] += 1;
      total += 1;
    }
  }
  return { total, counts };
}

export const choiceModel: ExerciseModel<ChoiceDefinition, ChoiceAnswer, ChoiceTally, ChoicePrompt, ChoiceReveal> = {
  kind: 'choice',
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ question, options }) => ({ kind: 'choice', question, options }),
  toReveal: ({ correct, explanation }, tallied) => ({ correct, explanation, tally: tallied }),
};
