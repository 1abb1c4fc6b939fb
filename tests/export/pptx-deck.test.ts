import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { buildPresentation, COLORS, type PictureData, pptxSlides } from '../../src/tools/export/pptx-deck.ts';
import { LIVE_HINT } from '../../src/shared/deck/static-lines.ts';

const SOURCE = `# Mentorwijs op het congres

Een training voor **leidinggevenden**

Note:
Welkom heten; **kort** houden.

---

## Doe mee
::: join
:::

---

## Wat werkt?

- Voordoen, samen doen
- Vaak *terugkomen*
  - ook na een maand

<small>Bron: Handboek [S4]</small>

Note:
1. Vraag wie dit herkent.
2. Noem het *Handboek*.

--

## Even peilen
::: choice lvb-overschat
Waarom worden mensen met een LVB vaak overschat?
- [ ] Ze hebben altijd een diploma.
- [x] Ze praten soms heel vaardig.
uitleg: Een LVB zie je niet.
:::

Note:
- als meer dan 40% A kiest: Vraag wie A koos.
- anders: Ga door.

---

## Juist?
::: truefalse leren-doen
Mensen met een LVB leren vaak beter door het te doen.
antwoord: juist
uitleg: Voordoen werkt.
:::
`;

function slidesOf(source = SOURCE) {
  return pptxSlides(parseDeck(source, 'congres.md', 'congres'));
}

describe('pptxSlides', () => {
  test('gives one slide per deck slide, vertical ones included, in Reveal order', () => {
    expect(slidesOf().map((slide) => slide.title)).toEqual(['Mentorwijs op het congres', 'Doe mee', 'Wat werkt?', 'Even peilen', 'Juist?']);
  });

  test('makes the slide with the deck title a title slide and keeps its text without Markdown', () => {
    const [first] = slidesOf();
    expect(first.isTitleSlide).toBe(true);
    expect(first.body.map((p) => p.text)).toEqual(['Een training voor leidinggevenden']);
  });

  test('turns lists into bullets with their level, and the small print into small text', () => {
    const body = slidesOf()[2].body;
    expect(body.map((p) => [p.text, p.list, p.level ?? 0, p.style])).toEqual([
      ['Voordoen, samen doen', 'bullet', 0, undefined],
      ['Vaak terugkomen', 'bullet', 0, undefined],
      ['ook na een maand', 'bullet', 1, undefined],
      ['Bron: Handboek [S4]', undefined, 0, 'small'],
    ]);
  });

  test('shows an exercise as its question, its lettered options and a line that it runs live', () => {
    expect(slidesOf()[3].body.map((p) => p.text)).toEqual([
      'Waarom worden mensen met een LVB vaak overschat?',
      'A. Ze hebben altijd een diploma.',
      'B. Ze praten soms heel vaardig.',
      LIVE_HINT,
    ]);
    expect(slidesOf()[4].body.map((p) => p.text)).toContain('J. Juist');
  });

  test('replaces the join card by a line, since a QR code only works live', () => {
    expect(slidesOf()[1].body.map((p) => p.text)).toEqual(['Doe mee met je telefoon: de QR-code verschijnt in de live presentatie.']);
  });

  test('keeps the notes as plain text, lists and debrief prompts included', () => {
    const notes = slidesOf().map((slide) => slide.notes);
    expect(notes[0]).toBe('Welkom heten; kort houden.');
    expect(notes[2]).toBe('1. Vraag wie dit herkent.\n2. Noem het Handboek.');
    expect(notes[3]).toBe('- als meer dan 40% A kiest: Vraag wie A koos.\n- anders: Ga door.');
    expect(notes[4]).toBe('');
  });
});

const CHART_DECK = `# Met plaatjes

---

## Resultaten

- Kennis steeg [S10]

![Grafiek: maand 8 boven nul](media/figuren/grafiek.svg)

<small>Bron [S10]</small>

---

## Alleen een foto

![Een **landschap**](media/foto.png)
`;

describe('pptxSlides: pictures', () => {
  test('records each picture with its text alternative and the paragraphs before it, and leaves it out of the text', () => {
    const [, results, photo] = slidesOf(CHART_DECK);
    expect(results.body.map((p) => p.text)).toEqual(['Kennis steeg [S10]', 'Bron [S10]']);
    expect(results.pictures).toEqual([{ src: 'media/figuren/grafiek.svg', alt: 'Grafiek: maand 8 boven nul', atParagraph: 1 }]);
    expect(photo.body).toEqual([]);
    expect(photo.pictures).toEqual([{ src: 'media/foto.png', alt: 'Een **landschap**', atParagraph: 0 }]);
  });

  test('a slide without pictures has none', () => {
    expect(slidesOf().every((slide) => slide.pictures.length === 0)).toBe(true);
  });
});

/** A 1×1 PNG; its header says it is 1200×500, which is all the layout reads. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==', 'base64');
const picture = (width: number, height: number): PictureData => ({ data: PNG, type: 'png', width, height });

/** A slide's shapes in order: picture or text, its top edge (EMU) and its text. */
function shapes(slideXml: string) {
  return [...slideXml.matchAll(/<p:(sp|pic)>([\s\S]*?)<\/p:\1>/g)].map(([, kind, inner]) => ({
    isPicture: kind === 'pic',
    y: Number(/<a:off x="\d+" y="(\d+)"/.exec(inner)?.[1]),
    text: [...inner.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => text).join(' '),
  }));
}

describe('buildPresentation', () => {
  test('puts each picture on its slide as an image with its text alternative as description, below the text before it', async () => {
    const pictures = new Map([['media/figuren/grafiek.svg', picture(1200, 500)], ['media/foto.png', picture(800, 450)]]);
    const buffer = (await buildPresentation('Met plaatjes', slidesOf(CHART_DECK), pictures).write({ outputType: 'nodebuffer' })) as Buffer;
    const zip = await JSZip.loadAsync(buffer);
    const results = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(results).toContain('descr="Grafiek: maand 8 boven nul"');
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels')!.async('string');
    expect(rels).toMatch(/Target="\.\.\/media\/[\w-]+\.png"/);
    // The picture sits between the bullet and the source line, as on the projector.
    const top = (text: string) => shapes(results).find((shape) => shape.text.includes(text))!.y;
    const pictureTop = shapes(results).find((shape) => shape.isPicture)!.y;
    expect(pictureTop).toBeGreaterThan(top('Kennis steeg'));
    expect(pictureTop).toBeLessThan(top('Bron [S10]'));
    expect(await zip.file('ppt/slides/slide3.xml')!.async('string')).toContain('descr="Een **landschap**"');
  });

  test('refuses a slide picture it was given no data for', () => {
    expect(() => buildPresentation('Met plaatjes', slidesOf(CHART_DECK))).toThrow('no picture data for "media/figuren/grafiek.svg"');
  });

  test('draws in the light projector theme\'s colours', async () => {
    const tokens = readFileSync(join(import.meta.dirname, '../../src/client/theme/tokens.css'), 'utf8').split(':root[data-theme')[0];
    const token = (name: string) => new RegExp(`--mw-${name}: #([0-9a-f]{6})`).exec(tokens)![1].toUpperCase();
    expect(COLORS).toEqual({ background: token('bg'), accent: token('accent'), text: token('text'), muted: token('muted') });
    const buffer = (await buildPresentation('Mentorwijs op het congres', slidesOf()).write({ outputType: 'nodebuffer' })) as Buffer;
    const slide = await (await JSZip.loadAsync(buffer)).file('ppt/slides/slide3.xml')!.async('string');
    expect(slide).toMatch(new RegExp(`<p:bg>[\\s\\S]*<a:srgbClr val="${COLORS.background}"`));
    expect(slide).toContain(`<a:srgbClr val="${COLORS.accent}"/>`);
    expect(slide).toContain(`<a:srgbClr val="${COLORS.text}"/>`);
  });

  test('writes a 16:9 PowerPoint whose slides and notes hold the text itself', async () => {
    const slides = slidesOf();
    const buffer = (await buildPresentation('Mentorwijs op het congres', slides).write({ outputType: 'nodebuffer' })) as Buffer;
    const zip = await JSZip.loadAsync(buffer);
    const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slideFiles).toHaveLength(slides.length);
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const exercise = await zip.file('ppt/slides/slide4.xml')!.async('string');
    expect(exercise).toContain('<a:t>Waarom worden mensen met een LVB vaak overschat?</a:t>');
    expect(exercise).toContain('<a:t>B. Ze praten soms heel vaardig.</a:t>');
    expect(await zip.file('ppt/notesSlides/notesSlide3.xml')!.async('string')).toContain('Vraag wie dit herkent.');
  });
});
