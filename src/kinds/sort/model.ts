/**
 * Observation sort: participants put each statement on a pile (by default "waarneming" or
 * "interpretatie"); reveal shows per statement how the room sorted it against the model's pile.
 */
import { BlockError, type AnswerEntry, type BlockSource, type CurriculumTag, type ExerciseModel } from '../../shared/kind/kind.ts';
import { readBlockParts, type Field } from '../../shared/kind/fields.ts';
import { countKey, scoreOf, pileLabel } from './scoring.ts';
export { countKey, scoreOf, pileLabel };

export type SortStatement = { id: string; text: string };
export type SortDefinition = {
  kind: 'sort';
  id: string;
  tags: CurriculumTag[];
  seconds?: number;
  question: string;
  /** Pile names as the deck writes them, 2-4. */
  piles: string[];
  /** Statements `s1`, `s2`, … in deck order. */
  statements: SortStatement[];
  /** The model's pile per statement id. */
  model: Record<string, string>;
  explanation: string | null;
};
/** Every statement id → the pile this participant put it on. */
export type SortAnswer = Record<string, string>;
/**
 * `counts[countKey(statement, pile)]`: how many put that statement on that pile; `total` how many
 * answered. Flat, so the results export lists one row per statement and pile like other kinds.
 */
export type SortTally = { total: number; counts: Record<string, number> };
export type SortPrompt = { kind: 'sort'; question: string; piles: string[]; statements: SortStatement[] };
export type SortReveal = { tally: SortTally; model: Record<string, string>; explanation: string | null };

export const DEFAULT_PILES = ['waarneming', 'interpretatie'];
const MIN_PILES = 2;
const MAX_PILES = 4;
const MIN_STATEMENTS = 2;
const MAX_STATEMENTS = 10;
const MAX_PILE_LENGTH = 30;
const FIELDS = ['stapels', 'uitleg'];
/** Straight or curly quotes around a statement are the deck's punctuation, not part of it. */
const QUOTED = /^["“„'‘](.*)["”'’]$/;

type PendingStatement = { text: string; pile: string; line: number };

function parse(block: BlockSource): SortDefinition {
  const parts = readBlockParts(block.body, { kind: 'sorteer', fields: FIELDS, lead: 'question', items: 'statements', leadMayHoldColons: true, fieldsAmongItems: true });
  const { lead: questionLines, fields } = parts;
  if (parts.items.length > MAX_STATEMENTS) throw new BlockError(parts.items[MAX_STATEMENTS].line, `at most ${MAX_STATEMENTS} statements`);
  const pending = parts.items.map(({ text, line }) => readStatement(text, line));
  if (questionLines.length === 0) throw new BlockError(block.line, 'the question is missing: write it on the line after the block opens');
  const piles = readPiles(fields.get('stapels'));
  if (pending.length < MIN_STATEMENTS) {
    throw new BlockError(block.line, `a sort needs at least ${MIN_STATEMENTS} statements like: - "Hij keek drie keer op de klok." -> ${piles[0]}`);
  }
  const statements: SortStatement[] = [];
  const model: Record<string, string> = {};
  pending.forEach(({ text, pile, line }, index) => {
    const known = piles.find((name) => name.toLowerCase() === pile.toLowerCase());
    if (!known) throw new BlockError(line, `unknown pile "${pile}" (the piles are: ${piles.join(', ')})`);
    const id = `s${index + 1}`;
    statements.push({ id, text });
    model[id] = known;
  });
  return {
    kind: 'sort',
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    question: questionLines.join(' '),
    piles,
    statements,
    model,
    explanation: fields.get('uitleg')?.value ?? null,
  };
}

/** `- "text" -> pile`; the last arrow separates, so a statement may hold one itself. */
function readStatement(trimmed: string, line: number): PendingStatement {
  const arrow = trimmed.lastIndexOf('->');
  if (arrow === -1) throw new BlockError(line, 'a statement needs its pile after an arrow: - "Hij is onzeker." -> interpretatie');
  const raw = trimmed.slice(1, arrow).trim();
  const text = (QUOTED.exec(raw)?.[1] ?? raw).trim();
  const pile = trimmed.slice(arrow + 2).trim();
  if (!text) throw new BlockError(line, 'the statement before "->" is empty');
  if (!pile) throw new BlockError(line, 'the pile after "->" is missing');
  return { text, pile, line };
}

function readPiles(field: Field | undefined): string[] {
  if (!field) return DEFAULT_PILES;
  const piles = field.value
    .split(',')
    .map((pile) => pile.trim())
    .filter(Boolean);
  if (piles.length < MIN_PILES || piles.length > MAX_PILES) {
    throw new BlockError(field.line, `"stapels:" needs ${MIN_PILES} to ${MAX_PILES} names separated by commas, e.g. "stapels: waarneming, interpretatie"`);
  }
  for (const [i, pile] of piles.entries()) {
    if (pile.length > MAX_PILE_LENGTH) throw new BlockError(field.line, `pile "${pile}" is longer than ${MAX_PILE_LENGTH} characters`);
    if (piles.findIndex((other) => other.toLowerCase() === pile.toLowerCase()) !== i) {
      throw new BlockError(field.line, `pile "${pile}" is named twice`);
    }
  }
  return piles;
}

/** A plain record naming every statement once, each on a pile that exists; nothing else. */
function isValidAnswer(definition: SortDefinition, value: unknown): value is SortAnswer {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  const keys = Object.keys(value);
  if (keys.length !== definition.statements.length) return false;
  return definition.statements.every(({ id }) => {
    if (!Object.hasOwn(value, id)) return false;
    const pile = (value as Record<string, unknown>)[id];
    return typeof pile === 'string' && definition.piles.includes(pile);
  });
}


function tally(definition: SortDefinition, answers: readonly AnswerEntry<SortAnswer>[]): SortTally {
  const counts: SortTally['counts'] = {};
  for (const { id } of definition.statements) for (const pile of definition.piles) counts[countKey(id, pile)] = 0;
  let total = 0;
  for (const { value } of answers) {
    if (!isValidAnswer(definition, value)) continue;
    total += 1;
    for (const { id } of definition.statements) counts[countKey(id, value[id])] += 1;
  }
  return { total, counts };
}


/** Percentages 0-100: `goed` of all placements, and `s1`, `s2`, … per statement, right. */
function measures(definition: SortDefinition, tallied: SortTally): Record<string, number> {
  if (tallied.total === 0) return {};
  const share = (count: number, of: number) => Math.round((count / of) * 100);
  const result: Record<string, number> = {};
  let right = 0;
  for (const { id } of definition.statements) {
    const count = tallied.counts[countKey(id, definition.model[id])] ?? 0;
    right += count;
    result[id] = share(count, tallied.total);
  }
  result.goed = share(right, tallied.total * definition.statements.length);
  return result;
}

export const sortModel: ExerciseModel<SortDefinition, SortAnswer, SortTally, SortPrompt, SortReveal> = {
  kind: 'sort',
  keywords: ['sorteer'],
  parse,
  isValidAnswer,
  tally,
  toPrompt: ({ question, piles, statements }) => ({ kind: 'sort', question, piles, statements }),
  toReveal: (definition, tallied) => ({ tally: tallied, model: definition.model, explanation: definition.explanation }),
  verdict: (definition, answer) => scoreOf(definition.model, answer) === definition.statements.length,
  measures,
  measureNames: (definition) => [...definition.statements.map((statement) => statement.id), 'goed'],
};

