/**
 * A deck as PowerPoint, from the same Markdown: per slide its title, its text as real paragraphs
 * and bullets (editable, not pictures), each exercise as its question and options, and the speaker
 * notes as plain text. No file I/O: `pptxSlides` describes the slides, `buildPresentation` hands
 * them to pptxgenjs; write-pptx.ts saves the file.
 */
import pptxgenjs from 'pptxgenjs';
import type { ParsedDeck } from '../deck/parse-deck.ts';
import { exerciseParagraphs, JOIN_LINE, markdownParagraphs, notesText, type Paragraph } from './slide-text.ts';

// pptxgenjs types its CommonJS build as an ES default export: the server build (nodenext) then
// sees `{ default: class }`, the browser config and vitest the class. At run time it is the class.
type ClassIn<M> = M extends new () => unknown ? M : M extends { default: infer D } ? ClassIn<D> : never;
const PptxGenJS = pptxgenjs as unknown as ClassIn<typeof pptxgenjs>;
type Presentation = InstanceType<typeof PptxGenJS>;
type TextProps = Exclude<Parameters<ReturnType<Presentation['addSlide']>['addText']>[0], string>[number];

export type PptxSlide = { title: string | null; isTitleSlide: boolean; body: Paragraph[]; notes: string };

const BLOCK_OPEN = /^:::\s*([a-z][a-z-]*)(?:\s+(\S+))?\s*$/;
const BLOCK_CLOSE = /^:::\s*$/;
const NOTES_START = /^note:\s?(.*)$/i;

const COLORS = { accent: '0A5C6B', text: '17212B', muted: '4A5663' } as const;
const FONT = 'Segoe UI';
/** LAYOUT_WIDE: 13.333 × 7.5 inches, 16:9. */
const PAGE = { width: 13.333, margin: 0.6 } as const;

/**
 * One entry per slide of the parsed deck, in Reveal's order. Each slide's Markdown is found from
 * the line the parser recorded, so slides split exactly as the build splits them.
 */
export function pptxSlides(source: string, deck: Pick<ParsedDeck, 'stacks' | 'exercises'>): PptxSlide[] {
  const lines = source.split(/\r?\n/);
  const slides = deck.stacks.flat();
  return slides.map((slide, index) => {
    const isEmpty = index > 0 && slide.line <= slides[index - 1].line;
    const next = slides.slice(index + 1).find((later) => later.line > slide.line);
    // The line before the next slide is its `---` / `--` separator.
    const own = isEmpty ? [] : lines.slice(slide.line - 1, next ? next.line - 2 : lines.length);
    return slideOf(own, deck.exercises);
  });
}

function slideOf(lines: string[], exercises: ParsedDeck['exercises']): PptxSlide {
  const notesAt = lines.findIndex((line) => NOTES_START.test(line.trim()));
  const content = notesAt === -1 ? lines : lines.slice(0, notesAt);
  const notes = notesAt === -1 ? [] : [NOTES_START.exec(lines[notesAt].trim())![1], ...lines.slice(notesAt + 1)];

  let title: string | null = null;
  let isTitleSlide = false;
  const takeTitle = (text: string, depth: number) => {
    if (title !== null || depth > 2) return false;
    title = text;
    isTitleSlide = depth === 1;
    return true;
  };
  const body: Paragraph[] = [];
  let pending: string[] = [];
  const flush = () => {
    body.push(...markdownParagraphs(pending.join('\n'), takeTitle));
    pending = [];
  };
  for (let i = 0; i < content.length; i++) {
    const open = BLOCK_OPEN.exec(content[i].trimEnd());
    if (!open) {
      pending.push(content[i]);
      continue;
    }
    flush();
    const end = content.findIndex((line, j) => j > i && BLOCK_CLOSE.test(line.trimEnd()));
    const [, kind, id] = open;
    if (kind === 'join') body.push({ text: JOIN_LINE, italic: true, style: 'hint' });
    else if (id && exercises[id]) body.push(...exerciseParagraphs(exercises[id]));
    i = end === -1 ? content.length : end;
  }
  flush();
  return { title, isTitleSlide, body, notes: notesText(notes.join('\n')) };
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
