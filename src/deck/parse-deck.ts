/**
 * Turns a deck's Markdown into Reveal slides plus the exercise definitions it holds.
 * Pure (no DOM, no Node), so the Vite plugin and the tests call the same code.
 * Conventions: `---` between slides, `--` for a vertical slide, `Note:` starts the speaker
 * notes, `::: <kind> <id>` … `:::` is an exercise block, `::: join` … `:::` the QR card.
 */
import { Marked } from 'marked';
import { BlockError, readCommonFields, type BaseDefinition, type SourceLine } from '../exercises/kind.ts';
import { modelForKeyword } from '../exercises/registry.ts';

export type ParsedSlide = { html: string; exerciseId: string | null; line: number };
export type ParsedDeck = {
  id: string;
  title: string;
  /** Horizontal stacks of vertical slides, as Reveal nests them. */
  stacks: ParsedSlide[][];
  exercises: Record<string, BaseDefinition>;
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
const NOTES_START = /^note:\s?(.*)$/i;
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** Screen elements by kind; the deck bootstrap gives each its definition and the live room. */
export function screenTagFor(kind: string): string {
  return `mw-${kind}-screen`;
}

export function parseDeck(source: string, file: string, id: string): ParsedDeck {
  const markdown = new Marked({ gfm: true, async: false });
  const render = (lines: SourceLine[]) => markdown.parse(lines.map((l) => l.text).join('\n')) as string;
  const exercises: Record<string, BaseDefinition> = {};
  const stacks: ParsedSlide[][] = [];
  let title: string | null = null;

  for (const stack of splitSlides(source, file)) {
    stacks.push(
      stack.map((slideLines) => {
        const slide = renderSlide(slideLines, { file, deck: id }, render, exercises);
        title ??= findTitle(slideLines);
        return slide;
      }),
    );
  }
  if (title === null) throw new DeckError(file, 1, 'the deck needs a title: a first heading like "# Sessie 1 — …"');
  return { id, title, stacks, exercises };
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
  render: (lines: SourceLine[]) => string,
  exercises: Record<string, BaseDefinition>,
): ParsedSlide {
  const notesAt = lines.findIndex((l) => NOTES_START.test(l.text.trim()));
  const content = notesAt === -1 ? lines : lines.slice(0, notesAt);
  const notes = notesAt === -1 ? [] : lines.slice(notesAt);
  if (notes.length > 0) notes[0] = { ...notes[0], text: NOTES_START.exec(notes[0].text.trim())![1] };

  const parts: string[] = [];
  let pending: SourceLine[] = [];
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
    parts.push(render(pending));
    pending = [];
    const [, kind, blockId] = open;
    if (kind === 'join') {
      if (body.some((l) => l.text.trim())) throw new DeckError(file, line, 'a join block has no content');
      parts.push('<mw-join-card></mw-join-card>');
    } else {
      if (exerciseId !== null) throw new DeckError(file, line, 'one exercise per slide: put this block on its own slide');
      const definition = parseExercise(kind, blockId, line, body, { file, deck }, exercises);
      exercises[definition.id] = definition;
      exerciseId = definition.id;
      const tag = screenTagFor(definition.kind);
      parts.push(`<${tag} exercise-id="${definition.id}"></${tag}>`);
    }
    i = end;
  }
  parts.push(render(pending));

  const attributes = exerciseId ? ` data-exercise="${exerciseId}"` : '';
  const notesHtml = notes.length ? `<aside class="notes">${render(notes)}</aside>` : '';
  return { html: `<section${attributes}>${parts.join('')}${notesHtml}</section>`, exerciseId, line: lines[0]?.line ?? 1 };
}

function parseExercise(
  keyword: string,
  id: string | undefined,
  line: number,
  body: SourceLine[],
  { file, deck }: { file: string; deck: string },
  known: Record<string, BaseDefinition>,
): BaseDefinition {
  const model = modelForKeyword(keyword);
  if (!model) throw new DeckError(file, line, `unknown block kind "${keyword}"`);
  if (!id) throw new DeckError(file, line, `the block needs an id: "::: ${keyword} my-question"`);
  if (!EXERCISE_ID.test(id)) {
    throw new DeckError(file, line, `id "${id}" may only hold lowercase letters, digits and "-"`);
  }
  if (Object.hasOwn(known, id)) throw new DeckError(file, line, `id "${id}" is used twice in this deck`);
  try {
    return model.parse({ keyword, id, deck, line, ...readCommonFields(body) });
  } catch (error) {
    if (error instanceof BlockError) throw new DeckError(file, error.line, `${keyword} "${id}": ${error.message}`);
    throw error;
  }
}

/** The `<section>` tree Reveal expects inside `.slides`. */
export function slidesHtml(deck: ParsedDeck): string {
  return deck.stacks
    .map((stack) => (stack.length === 1 ? stack[0].html : `<section>${stack.map((s) => s.html).join('')}</section>`))
    .join('\n');
}
