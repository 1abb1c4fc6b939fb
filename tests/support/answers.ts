/** Test helpers for exercise models: answers as the screen and the server hand them to a model. */
import type { AnswerContext, AnswerEntry, BlockSource } from '../../src/shared/kind/kind.ts';

/** Values as one answer each, from participants p1, p2, … */
export function entries<T>(values: readonly T[]): AnswerEntry<T>[] {
  return values.map((value, i) => ({ pid: `p${i + 1}`, value }));
}

/** The context of an answer from participant p1 with no trainer progress. */
export const FROM_P1: AnswerContext = { pid: 'p1' };

/** A block as the deck parser hands it to a model: body lines numbered from `firstLine`. */
export function blockOf(
  keyword: string,
  lines: readonly string[],
  options: { id?: string; deck?: string; firstLine?: number; tags?: BlockSource['tags'] } = {},
): BlockSource {
  const firstLine = options.firstLine ?? 10;
  return {
    keyword,
    id: options.id ?? 'oefening',
    deck: options.deck ?? 'testdeck',
    line: firstLine - 1,
    tags: options.tags ?? [],
    body: lines.map((text, i) => ({ text, line: firstLine + i })),
  };
}
