/** The contract every exercise kind's pure model fulfils; browser and server use the same one. */

/** Curriculum codes an exercise can practise: goals D1-D4 and working components WB1-WB6. */
export const CURRICULUM_TAGS = ['D1', 'D2', 'D3', 'D4', 'WB1', 'WB2', 'WB3', 'WB4', 'WB5', 'WB6'] as const;
export type CurriculumTag = (typeof CURRICULUM_TAGS)[number];

/** One line of a block in a deck, with its 1-based line number in the file. */
export type SourceLine = { text: string; line: number };

/**
 * A block as cut out of a deck: `::: <keyword> <id>` … `:::`. The fields every kind shares
 * (`tags:`, `tijd:`) are already read by the deck parser and taken out of `body`.
 */
export type BlockSource = {
  keyword: string;
  id: string;
  line: number;
  body: SourceLine[];
  tags: CurriculumTag[];
  /** Countdown in seconds: the exercise locks itself this long after it opens. */
  seconds?: number;
};

/** A mistake in a block; the deck parser adds the file name. */
export class BlockError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fields every exercise definition has. */
export type BaseDefinition = { kind: string; id: string; tags: CurriculumTag[]; seconds?: number };

export interface ExerciseModel<Definition extends BaseDefinition, Answer, Tally, Prompt, Reveal> {
  /** Names the views too: `<mw-${kind}-screen>` and `<mw-${kind}-phone>`. */
  readonly kind: Definition['kind'];
  /** The block keywords this model reads (`::: choice`, `::: multi`, …). */
  readonly keywords: readonly string[];
  /** Reads a block; throws BlockError with the offending line. */
  parse(block: BlockSource): Definition;
  /** True when `value` is an answer the exercise allows. Runs on the server for every answer. */
  isValidAnswer(definition: Definition, value: unknown): value is Answer;
  /** Aggregates the answers of one round; pure, so screen and tests compute the same. */
  tally(definition: Definition, answers: readonly Answer[]): Tally;
  /** What phones see while the exercise is on: no right answer in it. */
  toPrompt(definition: Definition): Prompt;
  /** What the trainer shows everyone at reveal. */
  toReveal(definition: Definition, tally: Tally): Reveal;
  /** Whether an answer is right, for the results export; null where a kind has no right answer. */
  verdict(definition: Definition, answer: Answer): boolean | null;
}

/** The fields of a block shared by every kind, from the lines that are not the kind's own. */
export function readCommonFields(body: SourceLine[]): Pick<BlockSource, 'body' | 'tags' | 'seconds'> {
  const own: SourceLine[] = [];
  let tags: CurriculumTag[] = [];
  let seconds: number | undefined;
  for (const source of body) {
    const field = /^(tags|tijd):\s*(.*)$/i.exec(source.text.trim());
    if (!field) own.push(source);
    else if (field[1].toLowerCase() === 'tags') tags = parseTags(field[2], source.line);
    else seconds = parseSeconds(field[2], source.line);
  }
  return { body: own, tags, seconds };
}

/** `tijd: 90` or `tijd: 1:30` (minutes:seconds); between 5 seconds and an hour. */
function parseSeconds(value: string, line: number): number {
  const match = /^(?:(\d+):)?(\d+)$/.exec(value.trim());
  const seconds = match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : NaN;
  if (!(seconds >= 5 && seconds <= 3600)) {
    throw new BlockError(line, `"tijd:" must be seconds (e.g. 60) or minutes:seconds (e.g. 1:30), from 5 s to 1 hour`);
  }
  return seconds;
}

/** Reads the optional `tags:` line value; throws on an unknown code. */
export function parseTags(value: string, line: number): CurriculumTag[] {
  const tags = value
    .split(/[,\s]+/)
    .map((tag) => tag.trim().toUpperCase())
    .filter(Boolean);
  for (const tag of tags) {
    if (!(CURRICULUM_TAGS as readonly string[]).includes(tag)) {
      throw new BlockError(line, `unknown tag "${tag}" (use ${CURRICULUM_TAGS.join(', ')})`);
    }
  }
  return tags as CurriculumTag[];
}
