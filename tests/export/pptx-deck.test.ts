import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { buildPresentation, pptxSlides } from '../../src/tools/export/pptx-deck.ts';
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

describe('buildPresentation', () => {
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
