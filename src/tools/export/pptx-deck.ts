/**
 * A deck as PowerPoint, from the same Markdown: per slide its title, its text as real paragraphs
 * and bullets (editable, not pictures), its pictures with their text alternative, each exercise as
 * its question and options, and the speaker notes as plain text, in the light theme's colours.
 * No file I/O: `pptxSlides` describes the slides, `buildPresentation` hands them and the pictures'
 * bytes to pptxgenjs; write-pptx.ts reads the pictures and saves the file.
 */
import pptxgenjs from 'pptxgenjs';
import type { ParsedDeck, ParsedSlide } from '../../shared/deck/parse-deck.ts';
import { exerciseParagraphs, markdownParagraphs, notesText, type Paragraph, type SlidePicture } from '../../shared/deck/slide-text.ts';
import { JOIN_LINE } from '../../shared/deck/static-lines.ts';
import { layoutSlide } from './pptx-layout.ts';

// pptxgenjs types its CommonJS build as an ES default export: the server build (nodenext) then
// sees `{ default: class }`, the browser config and vitest the class. At run time it is the class.
type ClassIn<M> = M extends new () => unknown ? M : M extends { default: infer D } ? ClassIn<D> : never;
const PptxGenJS = pptxgenjs as unknown as ClassIn<typeof pptxgenjs>;
type Presentation = InstanceType<typeof PptxGenJS>;
type TextProps = Exclude<Parameters<ReturnType<Presentation['addSlide']>['addText']>[0], string>[number];

/** A picture on a slide: where the deck has it (`media/…`), its text alternative, and the number of body paragraphs before it. */
export type PptxPicture = SlidePicture & { atParagraph: number };
export type PptxSlide = { title: string | null; isTitleSlide: boolean; body: Paragraph[]; pictures: PptxPicture[]; notes: string };
/** A picture's file as PowerPoint takes it: PNG or JPEG bytes and their size in pixels. */
export type PictureData = { data: Uint8Array; type: 'png' | 'jpeg'; width: number; height: number };

/** The light projector theme (tokens.css: --mw-bg, --mw-accent, --mw-text, --mw-muted): a printed or shared deck is light. */
export const COLORS = { background: 'FBFAF6', accent: '0A5C6B', text: '17212B', muted: '4A5663' } as const;
const FONT = 'Segoe UI';
/** LAYOUT_WIDE: 13.333 × 7.5 inches, 16:9. */
const PAGE = { width: 13.333, margin: 0.6 } as const;

/** One entry per slide of the parsed deck, in Reveal's order, from the parts the parser recorded. */
export function pptxSlides(deck: Pick<ParsedDeck, 'stacks' | 'exercises'>): PptxSlide[] {
  return deck.stacks.flat().map((slide) => slideOf(slide, deck.exercises));
}

function slideOf(slide: ParsedSlide, exercises: ParsedDeck['exercises']): PptxSlide {
  let title: string | null = null;
  let isTitleSlide = false;
  const takeTitle = (text: string, depth: number) => {
    if (title !== null || depth > 2) return false;
    title = text;
    isTitleSlide = depth === 1;
    return true;
  };
  const body: Paragraph[] = [];
  const pictures: PptxPicture[] = [];
  for (const part of slide.parts) {
    if ('markdown' in part) {
      const before = body.length;
      body.push(...markdownParagraphs(part.markdown, takeTitle, (picture, at) => pictures.push({ ...picture, atParagraph: before + at })));
    } else if ('join' in part) body.push({ text: JOIN_LINE, italic: true, style: 'hint' });
    else body.push(...exerciseParagraphs(exercises[part.exercise]));
  }
  return { title, isTitleSlide, body, pictures, notes: notesText(slide.notes) };
}

/**
 * A 16:9 presentation with these slides: a title box, text boxes and pictures, the notes.
 * `pictures` holds each slide picture's bytes by its `src`.
 */
export function buildPresentation(title: string, slides: readonly PptxSlide[], pictures: ReadonlyMap<string, PictureData> = new Map()): Presentation {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.company = 'Mentorwijs';
  for (const spec of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: COLORS.background };
    const width = PAGE.width - 2 * PAGE.margin;
    if (spec.isTitleSlide) {
      if (spec.title) slide.addText(spec.title, { x: PAGE.margin, y: 2.0, w: width, h: 1.9, fontFace: FONT, fontSize: 44, bold: true, color: COLORS.accent, valign: 'bottom' });
      if (spec.body.length) slide.addText(textProps(spec.body, 26), { x: PAGE.margin, y: 4.1, w: width, h: 2.2, fontFace: FONT, color: COLORS.muted, valign: 'top', fit: 'shrink' });
    } else {
      if (spec.title) slide.addText(spec.title, { x: PAGE.margin, y: 0.35, w: width, h: 1.0, fontFace: FONT, fontSize: 34, bold: true, color: COLORS.accent, valign: 'middle' });
      const top = spec.title ? 1.5 : 0.5;
      const size = bodySize(spec.body);
      const data = spec.pictures.map((picture) => {
        const found = pictures.get(picture.src);
        if (!found) throw new Error(`no picture data for "${picture.src}"`);
        return found;
      });
      const shapes = spec.pictures.map((picture, i) => ({ width: data[i].width, height: data[i].height, atParagraph: picture.atParagraph }));
      const layout = layoutSlide({ x: PAGE.margin, y: top, w: width, h: 7.5 - top - 0.4 }, spec.body, shapes, size);
      for (const { from, to, box } of layout.texts) {
        slide.addText(textProps(spec.body.slice(from, to), size), { ...box, fontFace: FONT, color: COLORS.text, valign: 'top', fit: 'shrink' });
      }
      for (const [i, box] of layout.pictures.entries()) {
        const { data: bytes, type } = data[i];
        slide.addImage({ data: `image/${type};base64,${Buffer.from(bytes).toString('base64')}`, ...box, altText: spec.pictures[i].alt });
      }
    }
    if (spec.notes) slide.addNotes(spec.notes);
  }
  return pptx;
}

/** Large type while it fits: a projector deck, even when someone else shows it. */
function bodySize(body: readonly Paragraph[]): number {
  const weight = body.reduce((sum, p) => sum + p.text.length * (p.style === 'small' ? 0.5 : 1) + 40, 0);
  if (weight < 500) return 24;
  if (weight < 800) return 20;
  if (weight < 1200) return 16;
  return 14;
}

function textProps(body: readonly Paragraph[], size: number): TextProps[] {
  return body.map((p) => ({
    text: p.text,
    options: {
      breakLine: true,
      bold: p.bold,
      italic: p.italic,
      fontSize: p.style === 'small' ? Math.max(12, Math.round(size * 0.65)) : p.style === 'hint' ? Math.max(12, size - 4) : p.style === 'question' ? size + 2 : size,
      color: p.style === 'hint' || p.style === 'small' ? COLORS.muted : COLORS.text,
      paraSpaceAfter: p.list ? 4 : 8,
      ...(p.list === 'number' ? { bullet: { type: 'number' as const } } : p.list ? { bullet: true } : {}),
      ...(p.level ? { indentLevel: p.level } : {}),
    },
  }));
}
