/**
 * The deck rule "a model is a picture": a slide that presents a model shows its diagram with a
 * text alternative, and every diagram in decks/media/figuren/ is a safe SVG that follows the
 * projector's theme. Shown failing on small decks and SVGs, then held on the real ones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { figureProblems, MODELS, modelSlidesWithoutFigure, modelsNamedBy } from '../../src/shared/deck/model-figures.ts';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';

const DECKS_DIR = join(import.meta.dirname, '../../decks');
const FIGURES_DIR = join(DECKS_DIR, 'media/figuren');
const SESSION_DECKS = readdirSync(DECKS_DIR).filter((name) => /^sessie-\d+\.md$/.test(name));
const realDeck = (file: string) => parseDeck(readFileSync(join(DECKS_DIR, file), 'utf8'), `decks/${file}`, file.replace(/\.md$/, ''));
const deckOf = (...slides: string[]) => parseDeck(['# Proef', 'Note:', 'Tijd: 1 min.', ...slides.map((slide) => `---\n${slide}`)].join('\n'), 'decks/proef.md', 'proef');

const GRID = '![Raster van vier stijlen op kunnen en willen](media/figuren/situationeel-leiden.svg)';

describe('modelSlidesWithoutFigure', () => {
  test('fails a slide whose heading names a model but shows it as a list, at the slide\'s line', () => {
    const deck = deckOf('## Situationeel leiden: een model\n\n- **Instrueren:** voordoen\n- **Delegeren:** loslaten');
    expect(modelSlidesWithoutFigure(deck)).toEqual([
      { line: 5, model: 'situationeel leiden', problem: 'presents "situationeel leiden" but does not show media/figuren/situationeel-leiden.svg' },
    ]);
  });

  test('a model named in a slide\'s caption counts, whatever its heading', () => {
    const deck = deckOf('## Eerst kijken\n\n1. Observeer\n2. Bepaal\n\n<small>Vier stappen van competentieontwikkeling [S7]</small>');
    expect(modelSlidesWithoutFigure(deck).map(({ model }) => model)).toEqual(['vier stappen van competentieontwikkeling']);
  });

  test('fails a diagram without a text alternative', () => {
    const deck = deckOf('## Situationeel leiden\n\n![](media/figuren/situationeel-leiden.svg)');
    expect(modelSlidesWithoutFigure(deck)[0].problem).toMatch(/without a text alternative/);
  });

  test('another model\'s picture does not count', () => {
    const deck = deckOf('## Plaatje, Praatje, Daadje\n\n![Raster](media/figuren/situationeel-leiden.svg)');
    expect(modelSlidesWithoutFigure(deck).map(({ model }) => model)).toEqual(['Plaatje, Praatje, Daadje']);
  });

  test('is content with the diagram, and with a model that is only mentioned in a bullet or the notes', () => {
    const deck = deckOf(
      `## Situationeel leiden\n\n${GRID}\n\nWelke stijl past, hangt af van kunnen [S22].`,
      '## Vandaag\n\n- Uitleggen met Plaatje, Praatje, Daadje\n- Feedback die aankomt\n\nNote:\nDe vier stappen van competentieontwikkeling komen straks.',
    );
    expect(modelSlidesWithoutFigure(deck)).toEqual([]);
  });
});

const SVG = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 400">${inside}</svg>`;
const GOOD = '<title>Model</title><desc>Vier vakken.</desc><style>text { fill: #17212b; } @media (prefers-color-scheme: dark) { text { fill: #f1f4f2; } }</style><defs><path id="p" d="M0 0"/></defs><use href="#p"/>';

describe('figureProblems', () => {
  test('is content with a titled, described, themed SVG that only refers to itself', () => {
    expect(figureProblems(SVG(GOOD))).toEqual([]);
  });

  test('names a missing or empty title and description, and a missing dark block', () => {
    expect(figureProblems(SVG('<title> </title><rect/>'))).toEqual([
      'has no <title>',
      'has no <desc>',
      "has no @media (prefers-color-scheme: dark) block with the dark theme's colours",
    ]);
  });

  test('names what runs or loads: a script, a handler, a link, an outside url() or an import', () => {
    expect(figureProblems(SVG(`${GOOD}<script>alert(1)</script>`))).toEqual(['has a <script>']);
    expect(figureProblems(SVG(`${GOOD}<rect onclick="x()"/>`))).toEqual(['has an event handler (on…=)']);
    expect(figureProblems(SVG(`${GOOD}<image href="https://example.org/a.png"/>`))).toEqual(['refers to "https://example.org/a.png" outside itself']);
    expect(figureProblems(SVG(`${GOOD}<use xlink:href="other.svg#p"/>`))).toEqual(['refers to "other.svg#p" outside itself']);
    expect(figureProblems(SVG(`${GOOD}<rect style="fill: url('pattern.png')"/>`))).toEqual(['refers to "pattern.png" outside itself']);
    expect(figureProblems(SVG(`${GOOD}<style>@import "font.css";</style>`))).toEqual(['imports a style sheet']);
    expect(figureProblems(SVG(`${GOOD}<foreignObject><p>tekst</p></foreignObject>`))).toEqual(['has a <foreignObject>']);
  });
});

describe.each(SESSION_DECKS)('the real deck %s', (file) => {
  test('shows each model it presents as its diagram, with a text alternative', () => {
    const missing = modelSlidesWithoutFigure(realDeck(file)).map(({ line, problem }) => `decks/${file}:${line}: ${problem}`);
    expect(missing).toEqual([]);
  });
});

test('every model has its diagram in decks/media/figuren/ and is presented on a session slide', () => {
  const slides = SESSION_DECKS.flatMap((file) => realDeck(file).stacks.flat());
  for (const model of MODELS) {
    expect(existsSync(join(DECKS_DIR, model.figure)), model.figure).toBe(true);
    expect(slides.some((slide) => modelsNamedBy(slide).includes(model)), model.name).toBe(true);
  }
});

test.each(readdirSync(FIGURES_DIR).filter((name) => name.endsWith('.svg')))('the diagram %s has a title and description, follows the theme and runs or loads nothing', (name) => {
  expect(figureProblems(readFileSync(join(FIGURES_DIR, name), 'utf8'))).toEqual([]);
});
