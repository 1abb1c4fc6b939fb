/**
 * Where a slide's text and pictures go on a PowerPoint page, in inches. Pure. A wide picture (a
 * chart, a diagram in landscape) goes below the text before it and above the text after it, as on
 * the projector; a tall or square one goes beside the text, which would otherwise be squeezed.
 */
import type { Paragraph } from '../../shared/deck/slide-text.ts';

export type Box = { x: number; y: number; w: number; h: number };
/** A picture's size in pixels (only its shape counts) and the number of paragraphs before it. */
export type PictureShape = { width: number; height: number; atParagraph: number };
/** Text boxes hold the paragraphs `from` up to `to`; pictures in the order given. */
export type SlideLayout = { texts: { from: number; to: number; box: Box }[]; pictures: Box[] };

/** Wider than 4:3 counts as wide. */
const WIDE = 4 / 3;
const GAP = 0.2;
/** Text above or below pictures takes at most this share of the height; PowerPoint shrinks the rest. */
const MAX_TEXT_SHARE = 0.45;

export function layoutSlide(area: Box, body: readonly Paragraph[], pictures: readonly PictureShape[], fontSize: number): SlideLayout {
  if (!pictures.length) return { texts: body.length ? [{ from: 0, to: body.length, box: area }] : [], pictures: [] };
  if (!body.length) return { texts: [], pictures: row(area, pictures) };
  return pictures.every((p) => p.width / p.height >= WIDE) ? stacked(area, body, pictures, fontSize) : besideText(area, body, pictures);
}

/** Text and rows of pictures from top to bottom, in the slide's order. */
function stacked(area: Box, body: readonly Paragraph[], pictures: readonly PictureShape[], fontSize: number): SlideLayout {
  const cuts = [...new Set(pictures.map((p) => Math.min(p.atParagraph, body.length)))].sort((a, b) => a - b);
  type Block = { text: [number, number]; height: number } | { row: PictureShape[] };
  const blocks: Block[] = [];
  const text = (from: number, to: number) => {
    if (to > from) blocks.push({ text: [from, to], height: Math.min(textHeight(body.slice(from, to), fontSize, area.w), area.h * MAX_TEXT_SHARE) });
  };
  let from = 0;
  for (const cut of cuts) {
    text(from, cut);
    blocks.push({ row: pictures.filter((p) => Math.min(p.atParagraph, body.length) === cut) });
    from = cut;
  }
  text(from, body.length);
  const textTotal = blocks.reduce((sum, b) => sum + ('text' in b ? b.height : 0), 0);
  const rows = blocks.filter((b) => 'row' in b).length;
  const rowHeight = (area.h - textTotal - GAP * (blocks.length - 1)) / rows;
  const layout: SlideLayout = { texts: [], pictures: [] };
  let y = area.y;
  for (const block of blocks) {
    const height = 'text' in block ? block.height : rowHeight;
    const box = { x: area.x, y, w: area.w, h: height };
    if ('text' in block) layout.texts.push({ from: block.text[0], to: block.text[1], box });
    else layout.pictures.push(...row(box, block.row));
    y += height + GAP;
  }
  return layout;
}

/** All text on the left, the pictures above each other on the right. */
function besideText(area: Box, body: readonly Paragraph[], pictures: readonly PictureShape[]): SlideLayout {
  const textWidth = area.w * 0.55;
  const column = { x: area.x + textWidth + GAP, y: area.y, w: area.w - textWidth - GAP, h: area.h };
  const share = (column.h - GAP * (pictures.length - 1)) / pictures.length;
  return {
    texts: [{ from: 0, to: body.length, box: { ...area, w: textWidth } }],
    pictures: pictures.map((p, i) => fitInside({ ...column, y: column.y + i * (share + GAP), h: share }, p)),
  };
}

/** Pictures side by side in a box, each as large as its share allows. */
function row(box: Box, pictures: readonly PictureShape[]): Box[] {
  const share = (box.w - GAP * (pictures.length - 1)) / pictures.length;
  return pictures.map((p, i) => fitInside({ ...box, x: box.x + i * (share + GAP), w: share }, p));
}

/** The largest box of the picture's shape inside `box`, centred. */
export function fitInside(box: Box, picture: { width: number; height: number }): Box {
  const scale = Math.min(box.w / picture.width, box.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** A generous estimate of the height the paragraphs need at this size, in a box this wide. */
export function textHeight(paragraphs: readonly Paragraph[], fontSize: number, width: number): number {
  const inset = 0.2;
  return paragraphs.reduce((sum, p) => {
    const size = p.style === 'small' ? fontSize * 0.65 : fontSize;
    const charsPerLine = Math.max(1, Math.floor(((width - inset) * 72) / (size * 0.55)));
    const lines = Math.max(1, Math.ceil(p.text.length / charsPerLine));
    return sum + (lines * size * 1.25 + (p.list ? 4 : 8)) / 72;
  }, inset);
}
