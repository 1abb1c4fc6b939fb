/**
 * Turns a deck's Markdown into Reveal slides plus the exercise definitions it holds.
 * Pure (no DOM, no Node), so the Vite plugin and the tests call the same code.
 * Conventions: reveal.js's Markdown ones (`---` between slides, `--` for a vertical slide,
 * `Note:` starts the speaker notes, `.slide:`/`.element:` attribute comments; see
 * reveal-markdown.ts), plus `::: <kind> <id>` … `:::` for an exercise block and `::: join` … `:::`
 * for the QR card.
 */
import { BlockError, type BaseDefinition, type SourceLine } from '../kind/kind.ts';
import { readCommonFields, readField } from '../kind/fields.ts';
import { modelFor, modelForKeyword, type ExerciseDefinition } from '../../kinds/registry.ts';
import { DebriefSyntaxError, matchMeasure, parseDebriefLine, type DebriefRule } from './debrief-prompts.ts';
import type { Attribute } from './reveal-attributes.ts';
import { attributesHtml, createRevealMarkdown, type MediaUrl } from './reveal-markdown.ts';
import { readSlideFacts, type SlideFacts } from './slide-facts.ts';

/** A slide's content in order, as written: Markdown between blocks, the join card, an exercise. */
export type SlidePart = { markdown: string } | { join: true } | { exercise: string };
export type ParsedSlide = SlideFacts & {
  html: string;
  exerciseId: string | null;
  line: number;
  hasNotes: boolean;
  /** The content as written, for exports that render it other than as HTML (the PowerPoint). */
  parts: SlidePart[];
  /** The speaker notes' Markdown. */
  notes: string;
};
export type ParsedDeck = {
  id: string;
  title: string;
  /** What the deck teaches, from the `Over:` line in the notes; shown in the deck index. */
  about: string | null;
  /** The sum of the slides' `Tijd:` lines. */
  minutes: number;
  /** False when the join block says `namen: nee`: phones skip the name and the projector shows none. */
  askNames: boolean;
  /** The join block's `deelnemers: N`: how many phones a room of this deck seats; null leaves it to the server. */
  participantCap: number | null;
  /** Horizontal stacks of vertical slides, as Reveal nests them. */
  stacks: ParsedSlide[][];
  exercises: Record<string, ExerciseDefinition>;
};

/** A mistake in a deck; its message starts with `file:line:` so editors can jump there. */
export class DeckError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DeckError';
  }
}

const BLOCK_OPEN = /^:::\s*([a-z][a-z-]*)(?:\s+(\S+))?\s*$/;
const BLOCK_CLOSE = /^:::\s*$/;
// Reveal's notes separator is `^\s*notes?:`, case-insensitive.
const NOTES_START = /^notes?:\s?(.*)$/i;
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Screen elements by kind; the deck bootstrap gives each its definition and the live room. */
export function screenTagFor(kind: string): string {
  return `mw-${kind}-screen`;
}

export type ParseOptions = {
  /** Turns a file the deck shows (`media/a.png`) into the URL the page loads; by default the path as written. */
  mediaUrl?: MediaUrl;
};

type Markdown = ReturnType<typeof createRevealMarkdown>;

export function parseDeck(source: string, file: string, id: string, { mediaUrl }: ParseOptions = {}): ParsedDeck {
  const markdown = createRevealMarkdown(mediaUrl);
  const exercises: Record<string, ExerciseDefinition> = {};
  const stacks: ParsedSlide[][] = [];
  const joinOptions: JoinOptions = { askNames: true, cap: null };
  let title: string | null = null;

  for (const stack of splitSlides(source, file)) {
    stacks.push(
      stack.map((slideLines) => {
        const slide = renderSlide(slideLines, { file, deck: id }, markdown, exercises, joinOptions);
        title ??= findTitle(slideLines);
        return slide;
      }),
    );
  }
  if (title === null) throw new DeckError(file, 1, 'the deck needs a title: a first heading like "# Sessie 1 — …"');
  const slides = stacks.flat();
  const about = slides.map((slide) => slide.about).find(Boolean) ?? null;
  const minutes = slides.reduce((sum, slide) => sum + (slide.minutes ?? 0), 0);
  return { id, title, about, minutes, askNames: joinOptions.askNames, participantCap: joinOptions.cap?.value ?? null, stacks, exercises };
}

/** Splits at `---` / `--` lines that are not inside a block. */
function splitSlides(source: string, file: string): SourceLine[][][] {
  const stacks: SourceLine[][][] = [[[]]];
  let openBlock: number | null = null;
  source.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trimEnd();
    if (BLOCK_OPEN.test(trimmed) && openBlock === null) openBlock = line;
    else if (BLOCK_CLOSE.test(trimmed)) openBlock = null;
    if (openBlock === null && trimmed === '---') {
      stacks.push([[]]);
    } else if (openBlock === null && trimmed === '--') {
      stacks[stacks.length - 1].push([]);
    } else {
      const stack = stacks[stacks.length - 1];
      stack[stack.length - 1].push({ text, line });
    }
  });
  if (openBlock !== null) throw new DeckError(file, openBlock, 'block is not closed: add a line ":::" after it');
  return stacks;
}

function findTitle(lines: SourceLine[]): string | null {
  const heading = lines.find((l) => /^#\s+\S/.test(l.text));
  return heading ? heading.text.replace(/^#\s+/, '').trim() : null;
}

function renderSlide(
  lines: SourceLine[],
  { file, deck }: { file: string; deck: string },
  markdown: Markdown,
  exercises: Record<string, ExerciseDefinition>,
  joinOptions: JoinOptions,
): ParsedSlide {
  const notesAt = lines.findIndex((l) => NOTES_START.test(l.text.trim()));
  const content = notesAt === -1 ? lines : lines.slice(0, notesAt);
  const notes = notesAt === -1 ? [] : lines.slice(notesAt);
  if (notes.length > 0) notes[0] = { ...notes[0], text: NOTES_START.exec(notes[0].text.trim())![1] };
  const facts = withDeckErrors(file, () => readSlideFacts(content, notes));

  const parts: string[] = [];
  const outline: SlidePart[] = [];
  const slideAttributes: Attribute[] = [];
  const render = (lines: SourceLine[], isSlideStart: boolean) => {
    const rendered = withDeckErrors(file, () => markdown.render(lines, { isSlideStart }));
    slideAttributes.push(...rendered.slideAttributes);
    return rendered.html;
  };
  let pending: SourceLine[] = [];
  const takePending = () => {
    parts.push(render(pending, outline.every((part) => 'markdown' in part)));
    if (pending.some((l) => l.text.trim())) outline.push({ markdown: pending.map((l) => l.text).join('\n') });
    pending = [];
  };
  let exerciseId: string | null = null;
  for (let i = 0; i < content.length; i++) {
    const { text, line } = content[i];
    const open = BLOCK_OPEN.exec(text.trimEnd());
    if (!open) {
      if (BLOCK_CLOSE.test(text.trimEnd())) throw new DeckError(file, line, '":::" closes nothing: no block is open');
      pending.push(content[i]);
      continue;
    }
    const end = content.findIndex((l, j) => j > i && BLOCK_CLOSE.test(l.text.trimEnd()));
    const body = content.slice(i + 1, end);
    takePending();
    const [, kind, blockId] = open;
    if (kind === 'join') {
      const { askNames } = withDeckErrors(file, () => readJoinBlock(body, joinOptions));
      parts.push(askNames ? '<mw-join-card></mw-join-card>' : '<mw-join-card names="nee"></mw-join-card>');
      outline.push({ join: true });
    } else {
      if (exerciseId !== null) throw new DeckError(file, line, 'one exercise per slide: put this block on its own slide');
      const definition = parseExercise(kind, blockId, line, body, { file, deck }, exercises);
      exercises[definition.id] = definition;
      exerciseId = definition.id;
      const tag = screenTagFor(definition.kind);
      parts.push(`<${tag} exercise-id="${definition.id}"></${tag}>`);
      outline.push({ exercise: definition.id });
    }
    i = end;
  }
  takePending();

  const { prose, rules } = splitDebriefRules(notes, file);
  const debriefHtml = rules.length ? renderDebrief(rules, exerciseId ? exercises[exerciseId] : null, file, markdown.inline) : '';
  // The live prompts come first: during an exercise they are what the trainer glances at.
  const notesHtml = notes.length ? `<aside class="notes">${debriefHtml}${render(prose, true)}</aside>` : '';
  const hasNotes = notes.some((l) => l.text.trim() !== '');
  // Later attributes win, as Reveal's setAttribute does; the exercise's own comes first.
  const attributes = new Map<string, string>(exerciseId ? [['data-exercise', exerciseId]] : []);
  for (const { name, value } of slideAttributes) attributes.set(name, value);
  return {
    html: `<section${attributesHtml([...attributes].map(([name, value]) => ({ name, value })))}>${parts.join('')}${notesHtml}</section>`,
    exerciseId,
    line: lines[0]?.line ?? 1,
    hasNotes,
    parts: outline,
    notes: notes.map((l) => l.text).join('\n'),
    ...facts,
  };
}

/** What the deck's join blocks say, gathered over the deck: a room has one cap. */
type JoinOptions = { askNames: boolean; cap: { value: number; line: number } | null };

const MAX_PARTICIPANTS = 100_000;

/**
 * `::: join` takes two optional lines: `namen: ja|nee` (whether phones ask for a name) and
 * `deelnemers: N` (how many phones get a seat). Adds them to the deck's options; returns this block's.
 */
function readJoinBlock(body: SourceLine[], deck: JoinOptions): { askNames: boolean } {
  let askNames = true;
  for (const { text, line } of body) {
    if (!text.trim()) continue;
    const field = readField(text.trim());
    if (field?.name === 'namen' && /^(ja|nee)$/i.test(field.value)) {
      askNames = field.value.toLowerCase() === 'ja';
    } else if (field?.name === 'deelnemers') {
      const value = /^\d+$/.test(field.value) ? Number(field.value) : NaN;
      if (!(value >= 1 && value <= MAX_PARTICIPANTS)) {
        throw new BlockError(line, `"deelnemers" must be a whole number from 1 to ${MAX_PARTICIPANTS}, e.g. "deelnemers: 2500"; got "${field.value}"`);
      }
      if (deck.cap && deck.cap.value !== value) {
        throw new BlockError(line, `a second join block sets another cap (${deck.cap.value} at line ${deck.cap.line}): a room has one cap`);
      }
      deck.cap = { value, line };
    } else {
      throw new BlockError(line, 'a join block knows only the lines "namen: ja|nee" and "deelnemers: N"');
    }
  }
  deck.askNames &&= askNames;
  return { askNames };
}

/** Turns a BlockError from a helper into a DeckError that names the file. */
function withDeckErrors<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BlockError) throw new DeckError(file, error.line, error.message);
    throw error;
  }
}

function parseExercise(
  keyword: string,
  id: string | undefined,
  line: number,
  body: SourceLine[],
  { file, deck }: { file: string; deck: string },
  known: Record<string, ExerciseDefinition>,
): ExerciseDefinition {
  const model = modelForKeyword(keyword);
  if (!model) throw new DeckError(file, line, `unknown block kind "${keyword}"`);
  if (!id) throw new DeckError(file, line, `the block needs an id: "::: ${keyword} my-question"`);
  if (!EXERCISE_ID.test(id)) {
    throw new DeckError(file, line, `id "${id}" may only hold lowercase letters, digits and "-"`);
  }
  if (Object.hasOwn(known, id)) throw new DeckError(file, line, `id "${id}" is used twice in this deck`);
  try {
    // The registry's one erased call: the kind that reads this keyword returns its own definition.
    const common = readCommonFields(body);
    const definition = model.parse({ keyword, id, deck, line, ...common }) as ExerciseDefinition;
    // The reason belongs to every kind alike, so the parser adds it rather than each kind.
    return common.reason ? { ...definition, reason: common.reason } : definition;
  } catch (error) {
    if (error instanceof BlockError) throw new DeckError(file, error.line, `${keyword} "${id}": ${error.message}`);
    throw error;
  }
}

/** Notes lines that are debrief rules ("als meer dan 40% C kiest: …"), and the rest. */
function splitDebriefRules(notes: SourceLine[], file: string): { prose: SourceLine[]; rules: DebriefRule[] } {
  const prose: SourceLine[] = [];
  const rules: DebriefRule[] = [];
  for (const source of notes) {
    try {
      const rule = parseDebriefLine(source.text, source.line);
      if (rule) rules.push(rule);
      else prose.push(source);
    } catch (error) {
      if (error instanceof DebriefSyntaxError) throw new DeckError(file, source.line, error.message);
      throw error;
    }
  }
  return { prose, rules };
}

/**
 * The rules as a list at the top of the notes; the trainer's page marks the ones that apply
 * (see live-debrief.ts). Each figure a rule names must be one the slide's exercise offers.
 */
function renderDebrief(rules: DebriefRule[], definition: BaseDefinition | null, file: string, inline: (text: string) => string): string {
  if (!definition) throw new DeckError(file, rules[0].line, 'a debrief prompt ("als …:") needs an exercise on the same slide');
  const names = modelFor(definition.kind)?.measureNames?.(definition) ?? [];
  for (const rule of rules) {
    if (rule.when && matchMeasure(rule.when.measure, names) === null) {
      const known = names.length ? `this exercise knows ${names.join(', ')}` : 'this exercise kind offers no figures';
      throw new DeckError(file, rule.line, `debrief prompt names "${rule.when.measure}": ${known}`);
    }
  }
  const items = rules.map((rule, i) => `<li data-rule="${i}"><em>${describeCondition(rule.when)}:</em> ${inline(rule.text)}</li>`).join('');
  const data = JSON.stringify(rules.map(({ when }) => when)).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
  return `<div class="mw-debrief" data-exercise="${definition.id}" data-rules='${data}'><p><strong>Nabespreken</strong> (wat nu geldt, is gemarkeerd)</p><ul>${items}</ul></div>`;
}

/** "meer dan 40% B", "gemiddelde onder 6", "anders": the condition as the trainer reads it. */
function describeCondition(when: DebriefRule['when']): string {
  if (!when) return 'anders';
  const value = String(when.value).replace('.', ',');
  if (!when.isShare) {
    return `${when.measure} ${when.comparison === 'above' ? 'boven' : 'onder'} ${value}`;
  }
  return `${when.comparison === 'above' ? 'meer' : 'minder'} dan ${value}% ${when.measure}`;
}

/** The `<section>` tree Reveal expects inside `.slides`. */
export function slidesHtml(deck: ParsedDeck): string {
  return deck.stacks
    .map((stack) => (stack.length === 1 ? stack[0].html : `<section>${stack.map((s) => s.html).join('')}</section>`))
    .join('\n');
}
