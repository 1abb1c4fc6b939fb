/**
 * How many lines of text a slide shows the room, for the rule "a slide holds at most six short
 * lines" (issue 13, decision 0082): a leidinggevende reads a slide from the back of a room in a
 * glance, or not at all. Pure, so the deck test and an author's tools count the same way.
 *
 * What counts: each paragraph, list item, heading below the title, quote or table row of the
 * slide's Markdown, outside exercise and join blocks (their fit is the exercise-fit test's) and
 * outside the speaker notes. A line longer than LINE_CHARACTERS wraps on the projector and counts
 * once for every projector line it fills. What does not count: the slide's title, a picture, and
 * fine print in `<small>` (a source line is a citation, not content to read).
 */
import type { ParsedSlide } from './parse-deck.ts';
import { markdownParagraphs } from './slide-text.ts';

/** The rule's limit. */
export const MAX_LINES = 6;

/**
 * What one projector line holds: at 34px in DejaVu Sans (the widest face in the theme's stack,
 * and the one Debian's Chromium draws) a list item's first line breaks after 59 characters or
 * more in nine of ten of the decks' own sentences, 65 in half of them. Segoe UI and Noto Sans,
 * on a trainer's laptop, fit about 80. So a line of at most 60 characters stays one line wherever
 * the deck is shown.
 */
export const LINE_CHARACTERS = 60;

/** Slides that are not read as content: the source list is a reference, shown on request. */
const EXEMPT_HEADINGS = new Set(['Bronnen']);

// A picture is looked at, not read; its text alternative is for a screen reader.
const PICTURE = /!\[[^\]]*\]\([^)]*\)/g;
// A live element (the pause slide's "Terug om 15:20") shows a line its Markdown does not hold.
const LIVE_ELEMENT = /<(mw-[a-z-]+)\b[^>]*>\s*<\/\1>/g;

/** Projector lines in a slide's Markdown (the title given as its first `#` or `##` heading). */
export function countLines(markdown: string): number {
  let hasTitle = false;
  const takeTitle = (_text: string, depth: number) => {
    if (hasTitle || depth > 2) return false;
    hasTitle = true;
    return true;
  };
  return markdownParagraphs(markdown.replace(PICTURE, '').replace(LIVE_ELEMENT, 'live'), takeTitle)
    .filter((paragraph) => paragraph.style !== 'small')
    .reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.text.trim().length / LINE_CHARACTERS)), 0);
}

/** A slide's lines: its Markdown parts together, as the room sees them (blocks in between do not count). */
export function slideLines(slide: ParsedSlide): number {
  return countLines(slide.parts.flatMap((part) => ('markdown' in part ? [part.markdown] : [])).join('\n\n'));
}

export type CrowdedSlide = { line: number; heading: string | null; lines: number };

/** The slides of a deck over MAX_LINES, with their line in the deck file; the Bronnen slide is exempt. */
export function crowdedSlides(slides: readonly ParsedSlide[]): CrowdedSlide[] {
  return slides
    .filter((slide) => !(slide.heading && EXEMPT_HEADINGS.has(slide.heading)))
    .map((slide) => ({ line: slide.line, heading: slide.heading, lines: slideLines(slide) }))
    .filter(({ lines }) => lines > MAX_LINES);
}
