/**
 * A deck as PowerPoint, from the same Markdown: per slide its title, its text as real paragraphs
 * and bullets (editable, not pictures), each exercise as its question and options, and the speaker
 * notes as plain text. No file I/O: `pptxSlides` describes the slides, `buildPresentation` hands
 * them to pptxgenjs; write-pptx.ts saves the file.
 */
import pptxgenjs from 'pptxgenjs';
import type { ParsedDeck, ParsedSlide } from '../../shared/deck/parse-deck.ts';
import { exerciseParagraphs, markdownParagraphs, notesText, type Paragraph } from '../../shared/deck/slide-text.ts';
import { JOIN_LINE } from '../../shared/deck/static-lines.ts';

// pptxgenjs types its CommonJS build as an ES default export: the server build (nodenext) then
// sees `{ default: class }`, the browser config and vitest the class. At run time it is the class.
type ClassIn<M> = M extends new () => unknown ? M : M extends { default: infer D } ? ClassIn<D> : never;
const PptxGenJS = pptxgenjs as unknown as ClassIn<typeof pptxgenjs>;
type Presentation = InstanceType<typeof PptxGenJS>;
type TextProps = Exclude<Parameters<ReturnType<Presentation['addSlide']>['addText']>[0], string>[number];

export type PptxSlide = { title: string | null; isTitleSlide: boolean; body: Paragraph[]; notes: string };

const COLORS = { accent: '0A5C6B', text: '17212B', muted: '4A5663' } as const;
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
  const body = slide.parts.flatMap((part): Paragraph[] => {
    if ('markdown' in part) return markdownParagraphs(part.markdown, takeTitle);
    if ('join' in part) return [{ text: JOIN_LINE, italic: true, style: 'hint' }];
    return exerciseParagraphs(exercises[part.exercise]);
  });
  return { title, isTitleSlide, body, notes: notesText(slide.notes) };
}

/** A 16:9 presentation with these slides: a title box, a text box, the notes. */
export function buildPresentation(title: string, slides: readonly PptxSlide[]): Presentation {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.company = 'Mentorwijs';
  for (const spec of slides) {
    const slide = pptx.addSlide();
    const width = PAGE.width - 2 * PAGE.margin;
    if (spec.isTitleSlide) {
      if (spec.title) slide.addText(spec.title, { x: PAGE.margin, y: 2.0, w: width, h: 1.9, fontFace: FONT, fontSize: 44, bold: true, color: COLORS.accent, valign: 'bottom' });
      if (spec.body.length) slide.addText(textProps(spec.body, 26), { x: PAGE.margin, y: 4.1, w: width, h: 2.2, fontFace: FONT, color: COLORS.muted, valign: 'top', fit: 'shrink' });
    } else {
      if (spec.title) slide.addText(spec.title, { x: PAGE.margin, y: 0.35, w: width, h: 1.0, fontFace: FONT, fontSize: 34, bold: true, color: COLORS.accent, valign: 'middle' });
      const top = spec.title ? 1.5 : 0.5;
      if (spec.body.length) {
        slide.addText(textProps(spec.body, bodySize(spec.body)), { x: PAGE.margin, y: top, w: width, h: 7.5 - top - 0.4, fontFace: FONT, color: COLORS.text, valign: 'top', fit: 'shrink' });
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
