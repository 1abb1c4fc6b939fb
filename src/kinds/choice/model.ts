/**
 * Knowledge check: multiple choice (`::: choice`, one right option), multi-select (`::: multi`,
 * several right) and true/false (`::: truefalse`); and the poll (`::: peiling`), the same
 * question without a right answer, for a hall that only sees the distribution. One model.
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel, type SourceLine } from '../../shared/kind/kind.ts';
import { readBlockParts, type Field } from '../../shared/kind/fields.ts';
import { isCorrect } from './scoring.ts';
export { isCorrect };

export type ChoiceMode = 'single' | 'multi' | 'truefalse';
export type ChoiceOption = { id: string; text: string };
export type ChoiceDefinition = {
  kind: 'choice';
  mode: ChoiceMode;
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  question: string;
  options: ChoiceOption[];
  /** The right option ids, sorted: one for single and true/false, one or more for multi; none for a poll. */
  correct: string[];
  /** Empty for a poll without `uitleg:`. */
  explanation: string;
  /** A poll (`::: peiling`): no right answer, so no verdict and no `goed` figure. */
  poll: boolean;
};
/** A participant's answer: an option id (single, true/false) or sorted option ids (multi). */
export type ChoiceAnswer = string | string[];
/** Per option how many picked it; `total` is how many answered, `right` how many were right. */
export type ChoiceTally = { total: number; counts: Record<string, number>; right: number };
export type ChoicePrompt = { kind: 'choice'; mode: ChoiceMode; question: string; options: ChoiceOption[]; poll: boolean };
export type ChoiceReveal = { correct: string[]; explanation: string; tally: ChoiceTally };

const KEYWORD_MODES: Record<string, ChoiceMode> = { choice: 'single', multi: 'multi', truefalse: 'truefalse', peiling: 'single' };
const OPTION_PATTERN = /^- \[( |x|X)\]\s+(.+)$/;
/** A poll's options have no box to tick: `- text`. */
const POLL_OPTION_PATTERN = /^- (?!\[)(.+)$/;
const MAX_OPTIONS = 6;
const OPTION_IDS = 'abcdef';
const TRUE_FALSE: ChoiceOption[] = [
  { id: 'juist', text: 'Juist' },
  { id: 'onjuist', text: 'Onjuist' },
];

type Parsed = {
  questionLines: string[];
  options: ChoiceOption[];
  correct: string[];
  correctLines: number[];
  fields: Map<string, Field>;
};

/** Splits a block body into question lines, `- [ ]` options and `name:` fields, in that order. */
function readBody(body: SourceLine[], allowedFields: string[], isPoll: boolean): Parsed {
  const parts = readBlockParts(body, { kind: 'this block', fields: allowedFields, lead: 'question', items: 'options', leadMayHoldColons: true });
  const parsed: Parsed = { questionLines: parts.lead, options: [], correct: [], correctLines: [], fields: parts.fields };
  for (const { text, line } of parts.items) {
    const pollOption = isPoll ? POLL_OPTION_PATTERN.exec(text) : null;
    if (isPoll && OPTION_PATTERN.test(text)) throw new BlockError(line, 'a poll has no right answer: write its options as "- text", without [ ] or [x]');
    const option = pollOption ? ([text, ' ', pollOption[1]] as const) : OPTION_PATTERN.exec(text);
    if (!option) throw new BlockError(line, isPoll ? 'an option must look like "- text"' : 'an option must look like "- [ ] text" or "- [x] text"');
    if (parsed.options.length === MAX_OPTIONS) throw new BlockError(line, `at most ${MAX_OPTIONS} options`);
    const id = OPTION_IDS[parsed.options.length];
    if (option[1] !== ' ') {
      parsed.correct.push(id);
      parsed.correctLines.push(line);
    }
    parsed.options.push({ id, text: option[2].trim() });
  }
  return parsed;
}

function parse(block: BlockSource): ChoiceDefinition {
  if (block.keyword === 'peiling') return parsePoll(block);
  const mode = KEYWORD_MODES[block.keyword];
  const parsed = readBody(block.body, mode === 'truefalse' ? ['antwoord', 'uitleg'] : ['uitleg'], false);
  if (parsed.questionLines.length === 0) throw new BlockError(block.line, 'the question is missing');
  const explanation = parsed.fields.get('uitleg')?.value;
  if (!explanation) throw new BlockError(block.line, '"uitleg:" is missing (shown when the answer is revealed)');
  const common = { kind: 'choice' as const, mode, id: block.id, tags: block.tags, seconds: block.seconds, poll: false };
  const question = parsed.questionLines.join(' ');

  if (mode === 'truefalse') {
    if (parsed.options.length > 0) throw new BlockError(block.line, 'a true/false block has no options: write "antwoord: juist" or "antwoord: onjuist"');
    const answer = parsed.fields.get('antwoord');
    if (!answer) throw new BlockError(block.line, '"antwoord:" is missing: "juist" or "onjuist"');
    const value = answer.value.toLowerCase();
    if (value !== 'juist' && value !== 'onjuist') throw new BlockError(answer.line, '"antwoord:" must be "juist" or "onjuist"');
    return { ...common, question, options: TRUE_FALSE, correct: [value], explanation };
  }
  const { options, correct, correctLines } = parsed;
  if (options.length < 2) throw new BlockError(block.line, 'needs at least 2 options');
  if (correct.length === 0) throw new BlockError(block.line, 'no option is marked [x] as the right one');
  if (mode === 'single' && correct.length > 1) {
    throw new BlockError(correctLines[1], 'more than one option is marked [x]; mark exactly one, or use "::: multi" for several');
  }
  return { ...common, question, options, correct, explanation };
}

/** `::: peiling`: options without a right one; `meerdere: ja` lets people tick several. */
function parsePoll(block: BlockSource): ChoiceDefinition {
  const parsed = readBody(block.body, ['meerdere', 'uitleg'], true);
  if (parsed.questionLines.length === 0) throw new BlockError(block.line, 'the question is missing');
  if (parsed.options.length < 2) throw new BlockError(block.line, 'needs at least 2 options');
  const several = parsed.fields.get('meerdere');
  if (several && !['ja', 'nee'].includes(several.value.toLowerCase())) throw new BlockError(several.line, '"meerdere:" must be "ja" or "nee"');
  return {
    kind: 'choice',
    mode: several?.value.toLowerCase() === 'ja' ? 'multi' : 'single',
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    question: parsed.questionLines.join(' '),
    options: parsed.options,
    correct: [],
    explanation: parsed.fields.get('uitleg')?.value ?? '',
    poll: true,
  };
}

function isValidAnswer(definition: ChoiceDefinition, value: unknown): value is ChoiceAnswer {
  const ids = new Set(definition.options.map((option) => option.id));
  if (definition.mode !== 'multi') return typeof value === 'string' && ids.has(value);
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((id, i) => typeof id === 'string' && ids.has(id) && (i === 0 || id > value[i - 1]))
  );
}


function tally(definition: ChoiceDefinition, answers: readonly AnswerEntry<ChoiceAnswer>[]): ChoiceTally {
  const counts: Record<string, number> = {};
  for (const option of definition.options) counts[option.id] = 0;
  let total = 0;
  let right = 0;
  for (const { value: answer } of answers) {
    if (!isValidAnswer(definition, answer)) continue;
    total += 1;
    if (isCorrect(definition, answer)) right += 1;
    for (const id of Array.isArray(answer) ? answer : [answer]) counts[id] += 1;
  }
  return { total, counts, right };
}

export const choiceModel: ExerciseModel<ChoiceDefinition, ChoiceAnswer, ChoiceTally, ChoicePrompt, ChoiceReveal> = {
  kind: 'choice',
  keywords: Object.keys(KEYWORD_MODES),
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ mode, question, options, poll }) => ({ kind: 'choice', mode, question, options, poll }),
  toReveal: ({ correct, explanation }, tallied) => ({ correct, explanation, tally: tallied }),
  verdict: (definition, answer) => (definition.poll ? null : isCorrect(definition, answer)),
  measures: measuresOf,
  measureNames: (definition) => [...definition.options.map((_, i) => letterOf(definition, i)), ...(definition.poll ? [] : ['goed'])],
};

/** The letter the projector shows for an option: A, B, … or J/O for true/false. */
export function letterOf(definition: Pick<ChoiceDefinition, 'mode'>, index: number): string {
  return definition.mode === 'truefalse' ? (index === 0 ? 'J' : 'O') : String.fromCharCode(65 + index);
}

/** Percentages by option letter, and `goed`: the share that answered right. */
function measuresOf(definition: ChoiceDefinition, tallied: ChoiceTally): Record<string, number> {
  if (tallied.total === 0) return {};
  const share = (count: number) => (count / tallied.total) * 100;
  const measures: Record<string, number> = {};
  definition.options.forEach((option, i) => (measures[letterOf(definition, i)] = share(tallied.counts[option.id] ?? 0)));
  if (!definition.poll) measures.goed = share(tallied.right);
  return measures;
}
