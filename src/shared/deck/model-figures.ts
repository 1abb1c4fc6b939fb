/**
 * The training's models are pictures, not bullet lists: a slide that presents a model shows that
 * model's diagram from `decks/media/figuren/` with a text alternative, and every diagram there is an
 * SVG the projector can show safely in either theme. Pure, so a deck test holds the decks to it.
 * Decision 0080.
 */
import type { ParsedDeck, ParsedSlide } from './parse-deck.ts';

export type Model = {
  /** How a person calls the model, for messages. */
  name: string;
  /** The words that name the model in a slide's heading or caption. */
  names: RegExp;
  /** The diagram, as a deck writes its path. */
  figure: string;
};

/** The models the session decks present, in the order they are taught: the one list of them. */
export const MODELS: readonly Model[] = [
  { name: 'bronnen van zelfvertrouwen', names: /zelfvertrouwen groeit door|bronnen van zelfvertrouwen/i, figure: 'media/figuren/zelfvertrouwen.svg' },
  { name: 'vier stappen van competentieontwikkeling', names: /vier stappen/i, figure: 'media/figuren/vier-stappen.svg' },
  { name: 'Plaatje, Praatje, Daadje', names: /plaatje,? praatje,? (en )?daadje/i, figure: 'media/figuren/plaatje-praatje-daadje.svg' },
  { name: 'situationeel leiden', names: /situationee?l (leiden|leiderschap)/i, figure: 'media/figuren/situationeel-leiden.svg' },
  { name: 'transformationeel leiderschap', names: /transformationee?l leiderschap/i, figure: 'media/figuren/transformationeel-leiderschap.svg' },
  { name: 'vuistregels voor feedback', names: /feedback die aankomt|vuistregels voor feedback/i, figure: 'media/figuren/feedback-regels.svg' },
];

/** A one-line `<small>` under a slide's content says what it shows ("Vier stappen van competentieontwikkeling [S7]"). */
const CAPTION = /<small>([^<\n]*)<\/small>/gi;
const PICTURE = /!\[([^\]]*)\]\(\s*(?:\.\/)?([^)\s]+)/g;

export type MissingFigure = { line: number; model: string; problem: string };

/**
 * Each slide of the deck that names a model in its heading or caption but does not show the
 * model's diagram with a text alternative. Bullets and notes that mention a model (an agenda, a
 * look back) do not present it, so they need no picture.
 */
export function modelSlidesWithoutFigure(deck: ParsedDeck, models: readonly Model[] = MODELS): MissingFigure[] {
  return deck.stacks.flat().flatMap((slide) =>
    modelsNamedBy(slide, models).flatMap((model): MissingFigure[] => {
      const shown = picturesOf(slide).filter(({ path }) => path === model.figure);
      if (shown.length === 0) return [{ line: slide.line, model: model.name, problem: `presents "${model.name}" but does not show ${model.figure}` }];
      if (shown.some(({ alt }) => !alt.trim())) return [{ line: slide.line, model: model.name, problem: `shows ${model.figure} without a text alternative: write it between ![ and ]` }];
      return [];
    }),
  );
}

/** The models a slide presents: named in its heading or in a caption. */
export function modelsNamedBy(slide: ParsedSlide, models: readonly Model[] = MODELS): Model[] {
  const captions = markdownOf(slide).flatMap((markdown) => [...markdown.matchAll(CAPTION)].map((match) => match[1]));
  const labels = [slide.heading ?? '', ...captions];
  return models.filter((model) => labels.some((label) => model.names.test(label)));
}

function picturesOf(slide: ParsedSlide): { alt: string; path: string }[] {
  return markdownOf(slide).flatMap((markdown) => [...markdown.matchAll(PICTURE)].map(([, alt, path]) => ({ alt, path })));
}

function markdownOf(slide: ParsedSlide): string[] {
  return slide.parts.flatMap((part) => ('markdown' in part ? [part.markdown] : []));
}

/**
 * What keeps an SVG from being a diagram on the projector, empty when nothing does: a text
 * alternative of its own (`<title>`, `<desc>`), nothing that runs or loads (a script, an `on…`
 * handler, a link or `url()` outside the file), and a dark block so it follows the D-key theme.
 */
export function figureProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/<title\b[^>]*>[^<]*\S[^<]*<\/title>/i.test(svg)) problems.push('has no <title>');
  if (!/<desc\b[^>]*>[^<]*\S[^<]*<\/desc>/i.test(svg)) problems.push('has no <desc>');
  if (/<script\b/i.test(svg)) problems.push('has a <script>');
  if (/<foreignObject\b/i.test(svg)) problems.push('has a <foreignObject>');
  if (/\son[a-z]+\s*=/i.test(svg)) problems.push('has an event handler (on…=)');
  for (const [, target] of svg.matchAll(/\b(?:xlink:)?href\s*=\s*["']([^"']*)["']/gi)) {
    if (!target.startsWith('#')) problems.push(`refers to "${target}" outside itself`);
  }
  for (const [, target] of svg.matchAll(/url\(\s*["']?([^"')]*)/gi)) {
    if (!target.startsWith('#')) problems.push(`refers to "${target}" outside itself`);
  }
  if (/@import\b/i.test(svg)) problems.push('imports a style sheet');
  if (!/@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/i.test(svg)) problems.push('has no @media (prefers-color-scheme: dark) block with the dark theme\'s colours');
  return problems;
}
