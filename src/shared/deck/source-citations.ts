/**
 * Source citations in a deck: facts carry keys such as `[S11]` or `[S3; S11]`, and the deck's
 * "Bronnen" slide lists each key it cites. Pure, so a deck test (and later the build) can hold
 * a deck to it: a key that is cited but not listed leaves a fact without its source.
 */
import type { ParsedDeck, ParsedSlide } from './parse-deck.ts';

/** A citation is a bracket holding one or more source keys, e.g. `[S10]`, `[S3; S11]`, `[S11 p.203]`. */
const CITATION = /\[([^\]\n]*\bS\d+\b[^\]\n]*)\]/g;
const KEY = /\bS\d+\b/g;
const SOURCES_HEADING = 'Bronnen';

/** The source keys cited in a text, in order of first appearance. */
export function citedKeys(text: string): string[] {
  const keys = [...text.matchAll(CITATION)].flatMap((citation) => citation[1].match(KEY) ?? []);
  return [...new Set(keys)];
}

/** The keys a sources slide lists: each entry starts with its key, `- [S1] ZonMw, …`. */
export function listedKeys(slide: ParsedSlide): string[] {
  return slideText(slide)
    .split('\n')
    .flatMap((line) => /^\s*[-*]\s+\[(S\d+)\]/.exec(line)?.[1] ?? []);
}

export type UnlistedSource = { key: string; line: number };

/**
 * Every key the deck cites outside its sources slide that the sources slide does not list,
 * with the line of the first slide citing it. A deck without a sources slide lists nothing.
 */
export function unlistedSources(deck: ParsedDeck): UnlistedSource[] {
  const slides = deck.stacks.flat();
  const sources = slides.find((slide) => slide.heading === SOURCES_HEADING);
  const listed = new Set(sources ? listedKeys(sources) : []);
  const unlisted = new Map<string, number>();
  for (const slide of slides) {
    if (slide === sources) continue;
    for (const key of citedKeys(`${slideText(slide)}\n${exerciseText(deck, slide)}`)) {
      if (!listed.has(key) && !unlisted.has(key)) unlisted.set(key, slide.line);
    }
  }
  return [...unlisted].map(([key, line]) => ({ key, line }));
}

function slideText(slide: ParsedSlide): string {
  const markdown = slide.parts.flatMap((part) => ('markdown' in part ? [part.markdown] : []));
  return [...markdown, slide.notes].join('\n');
}

/** An exercise's own text (question, options, explanation, scenes) is where its facts are cited. */
function exerciseText(deck: ParsedDeck, slide: ParsedSlide): string {
  return slide.exerciseId ? JSON.stringify(deck.exercises[slide.exerciseId]) : '';
}
