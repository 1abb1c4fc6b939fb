import { describe, expect, test } from 'vitest';
import type { Paragraph } from '../../src/shared/deck/slide-text.ts';
import { fitInside, layoutSlide, textHeight } from '../../src/tools/export/pptx-layout.ts';

const AREA = { x: 0.6, y: 1.5, w: 12, h: 5.6 };
const lines = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text, list: 'bullet' }));
const wide = (atParagraph: number) => ({ width: 1200, height: 500, atParagraph });
const tall = (atParagraph: number) => ({ width: 400, height: 600, atParagraph });
const bottom = (box: { y: number; h: number }) => box.y + box.h;
const right = (box: { x: number; w: number }) => box.x + box.w;

describe('layoutSlide', () => {
  test('without pictures, the text takes the whole area', () => {
    expect(layoutSlide(AREA, lines('een', 'twee'), [], 24)).toEqual({ texts: [{ from: 0, to: 2, box: AREA }], pictures: [] });
  });

  test('a wide picture goes below the text before it and above the text after it, inside the area', () => {
    const body = [...lines('Kennis steeg'), { text: 'Bron [S10]', style: 'small' } as Paragraph];
    const { texts, pictures } = layoutSlide(AREA, body, [wide(1)], 24);
    expect(texts.map(({ from, to }) => [from, to])).toEqual([[0, 1], [1, 2]]);
    const [picture] = pictures;
    expect(picture.y).toBeGreaterThanOrEqual(bottom(texts[0].box));
    expect(bottom(picture)).toBeLessThanOrEqual(texts[1].box.y);
    expect(bottom(texts[1].box)).toBeLessThanOrEqual(bottom(AREA) + 1e-9);
    expect(picture.w / picture.h).toBeCloseTo(1200 / 500, 6);
    // As large as the room between the two texts allows (less a gap above and below).
    expect(picture.h).toBeCloseTo(texts[1].box.y - bottom(texts[0].box) - 2 * 0.2, 6);
  });

  test('a tall picture goes beside the text, on the right', () => {
    const { texts, pictures } = layoutSlide(AREA, lines('een', 'twee', 'drie'), [tall(3)], 24);
    expect(texts).toHaveLength(1);
    expect(pictures[0].x).toBeGreaterThanOrEqual(right(texts[0].box));
    expect(right(pictures[0])).toBeLessThanOrEqual(right(AREA) + 1e-9);
    expect(pictures[0].w / pictures[0].h).toBeCloseTo(400 / 600, 6);
  });

  test('pictures without text fill the area side by side, each keeping its shape', () => {
    const { texts, pictures } = layoutSlide(AREA, [], [wide(0), wide(0)], 24);
    expect(texts).toEqual([]);
    expect(pictures).toHaveLength(2);
    expect(pictures[1].x).toBeGreaterThan(right(pictures[0]));
    for (const picture of pictures) expect(picture.w / picture.h).toBeCloseTo(1200 / 500, 6);
  });

  test('long text above a picture takes at most about half the height; the picture keeps the rest', () => {
    const long = lines(...Array.from({ length: 12 }, () => 'Een lange regel tekst die de hele breedte van de dia vult, en nog wat meer'));
    const { texts, pictures } = layoutSlide(AREA, long, [wide(12)], 24);
    expect(texts[0].box.h).toBeLessThanOrEqual(AREA.h * 0.45 + 1e-9);
    expect(bottom(pictures[0])).toBeLessThanOrEqual(bottom(AREA) + 1e-9);
    expect(pictures[0].h).toBeGreaterThan(2);
  });
});

describe('fitInside', () => {
  test('keeps the shape and centres it in the box', () => {
    expect(fitInside({ x: 0, y: 0, w: 10, h: 2 }, { width: 400, height: 200 })).toEqual({ x: 3, y: 0, w: 4, h: 2 });
  });
});

describe('textHeight', () => {
  test('grows with the lines the text wraps to, and small print needs less', () => {
    const one = textHeight(lines('kort'), 24, 12);
    expect(textHeight(lines('kort', 'kort'), 24, 12)).toBeGreaterThan(one);
    expect(textHeight(lines('woord '.repeat(60)), 24, 12)).toBeGreaterThan(textHeight(lines('woord '.repeat(20)), 24, 12));
    expect(textHeight([{ text: 'kort', style: 'small' }], 24, 12)).toBeLessThan(one);
  });
});
