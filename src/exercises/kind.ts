/** The contract every exercise kind's pure model fulfils; browser and server use the same one. */

/** Curriculum codes an exercise can practise: goals D1-D4 and working components WB1-WB6. */
export const CURRICULUM_TAGS = ['D1', 'D2', 'D3', 'D4', 'WB1', 'WB2', 'WB3', 'WB4', 'WB5', 'WB6'] as const;
export type CurriculumTag = (typeof CURRICULUM_TAGS)[number];

/** One line of a block in a deck, with its 1-based line number in the file. */
export type SourceLine = { text: string; line: number };

/** A block as cut out of a deck: `::: <kind> <id>` … `:::`. */
export type BlockSource = { kind: string; id: string; line: number; body: SourceLine[] };

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
export type BaseDefinition = { kind: string; id: string; tags: CurriculumTag[] };

export interface ExerciseModel<Definition extends BaseDefinition, Answer, Tally, Prompt, Reveal> {
  readonly kind: Definition['kind'];
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
