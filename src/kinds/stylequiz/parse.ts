/**
 * The `::: stijlquiz` block syntax: an optional `stijlen:` line, then per situation `situatie:`,
 * `stijl:` (one or more fitting styles) and `waarom:`; lines without a field name continue the
 * situation or the explanation before them.
 */
import { BlockError, type BlockSource } from '../../shared/kind/kind.ts';
import { readField, unknownField } from '../../shared/kind/fields.ts';
import type { StyleQuizDefinition } from './model.ts';

export const DEFAULT_STYLES = ['instrueren', 'begeleiden', 'steunen', 'delegeren'];
const MIN_STYLES = 2;
const MAX_STYLES = 6;
const MAX_STYLE_LENGTH = 40;
const MAX_SITUATIONS = 12;
const FIELDS = ['stijlen', 'situatie', 'stijl', 'waarom'];

type Draft = { text: string; line: number; fitting?: { value: string; line: number }; why?: string };

/** Reads a `::: stijlquiz` block; throws BlockError with the offending line. */
export function parseStyleQuiz(block: BlockSource): StyleQuizDefinition {
  let styles: { names: string[]; line: number } | null = null;
  const drafts: Draft[] = [];
  // The field a line without a field name continues (long situations and explanations may wrap).
  let continuing: 'text' | 'why' | null = null;

  for (const { text, line } of block.body) {
    const trimmed = text.trim();
    if (!trimmed) continue;
    const field = readField(trimmed);
    const name = field?.name;
    if (!field || !name || !FIELDS.includes(name)) {
      if (field) throw unknownField(line, field.written, 'stijlquiz', FIELDS);
      const current = drafts[drafts.length - 1];
      if (!current || !continuing) throw new BlockError(line, 'text outside a field: start a situation with "situatie:"');
      if (continuing === 'text') current.text += ` ${trimmed}`;
      else current.why += ` ${trimmed}`;
      continue;
    }
    const { value } = field;
    if (!value) throw new BlockError(line, `"${name}:" is empty`);
    const current = drafts[drafts.length - 1];
    continuing = null;
    if (name === 'stijlen') {
      if (styles) throw new BlockError(line, '"stijlen:" is given twice');
      if (drafts.length > 0) throw new BlockError(line, '"stijlen:" must come before the first "situatie:"');
      styles = { names: readStyles(value, line), line };
    } else if (name === 'situatie') {
      if (drafts.length === MAX_SITUATIONS) throw new BlockError(line, `at most ${MAX_SITUATIONS} situations in one block`);
      if (current) checkComplete(current);
      drafts.push({ text: value, line });
      continuing = 'text';
    } else if (!current) {
      throw new BlockError(line, `"${name}:" before the first "situatie:"`);
    } else if (name === 'stijl') {
      if (current.fitting) throw new BlockError(line, 'this situation already has a "stijl:"');
      current.fitting = { value, line };
    } else {
      if (current.why !== undefined) throw new BlockError(line, 'this situation already has a "waarom:"');
      current.why = value;
      continuing = 'why';
    }
  }
  if (drafts.length === 0) throw new BlockError(block.line, 'no situation: write at least one "situatie:" with its "stijl:" and "waarom:"');
  checkComplete(drafts[drafts.length - 1]);
  const names = styles?.names ?? DEFAULT_STYLES;
  return {
    kind: 'stylequiz',
    id: block.id,
    tags: block.tags,
    seconds: block.seconds,
    styles: names,
    situations: drafts.map((draft) => ({ text: draft.text, fitting: readFitting(draft.fitting!.value, draft.fitting!.line, names), why: draft.why! })),
  };
}

function checkComplete(draft: Draft): void {
  if (!draft.fitting) throw new BlockError(draft.line, 'this situation has no "stijl:" (the fitting style)');
  if (draft.why === undefined) throw new BlockError(draft.line, 'this situation has no "waarom:" (shown with the fitting style)');
}

/** `stijlen: instrueren, begeleiden, steunen, delegeren`. */
function readStyles(value: string, line: number): string[] {
  const names = value.split(',').map((name) => name.trim());
  if (names.some((name) => !name)) throw new BlockError(line, '"stijlen:" has an empty name: separate the styles with commas');
  if (names.length < MIN_STYLES || names.length > MAX_STYLES) throw new BlockError(line, `"stijlen:" needs ${MIN_STYLES} to ${MAX_STYLES} styles`);
  const long = names.find((name) => name.length > MAX_STYLE_LENGTH);
  if (long) throw new BlockError(line, `style "${long}" is longer than ${MAX_STYLE_LENGTH} characters`);
  const reserved = names.find((name) => /\sof\s/i.test(name) || name.toLowerCase() === 'goed');
  if (reserved) throw new BlockError(line, `style "${reserved}" cannot be used: " of " separates fitting styles and "goed" is the share of fitting choices`);
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name.toLowerCase())) throw new BlockError(line, `style "${name}" is named twice`);
    seen.add(name.toLowerCase());
  }
  return names;
}

/** `stijl: steunen`, or several acceptable ones: `stijl: delegeren of steunen` (or with commas). */
function readFitting(value: string, line: number, styles: string[]): string[] {
  const fitting: string[] = [];
  for (const part of value.split(/\s*,\s*|\s+of\s+/i)) {
    const style = styles.find((name) => name.toLowerCase() === part.trim().toLowerCase());
    if (!style) throw new BlockError(line, `unknown style "${part.trim()}" (this block's styles: ${styles.join(', ')})`);
    if (fitting.includes(style)) throw new BlockError(line, `style "${style}" is named twice`);
    fitting.push(style);
  }
  return fitting;
}
