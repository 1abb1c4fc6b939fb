import { describe, expect, test } from 'vitest';
import { MAX_COMBINING_MARKS_IN_A_ROW, cleanText, isCleanText } from '../../src/shared/clean-text.ts';

const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\ufeff', '\u00ad'];
const BREAKING = ['\n', '\r', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ud800'];
/** "Zalgo": a letter with a pile of combining marks above and below. */
const ZALGO = 'Z\u0351\u0352\u0357\u035b\u0300\u0301\u0302\u0303\u0304a\u0316\u0317\u0318\u0319lgo';

describe('isCleanText', () => {
  test('accepts ordinary names and sentences, accents, other scripts and emoji', () => {
    for (const good of ['Anna', 'Joke de V.', 'Çağla Öztürk', 'Nguyễn Thị Ánh', 'محمد', 'שָׁלוֹם', 'अक्षय', 'ไม้', '👩‍🔧 kan dit', '🏳️‍🌈', '👍🏽', '1️⃣', '']) {
      expect(isCleanText(good), JSON.stringify(good)).toBe(true);
    }
  });

  test('refuses bidi controls, which would turn the text around it on the projector', () => {
    for (const bidi of BIDI) expect(isCleanText(`Anna${bidi}Bert`), codePoints(bidi)).toBe(false);
  });

  test('refuses zero-width characters, which make one name look like another', () => {
    for (const invisible of [...ZERO_WIDTH, '\u3164']) expect(isCleanText(`An${invisible}na`), codePoints(invisible)).toBe(false);
  });

  test('refuses a zero-width joiner anywhere but between two emoji', () => {
    expect(isCleanText('👩‍🔧')).toBe(true);
    for (const bad of ['a\u200db', '👩\u200db', 'a\u200d🔧', '👩\u200d', '\u200d🔧']) expect(isCleanText(bad), codePoints(bad)).toBe(false);
  });

  test('refuses line breaks, controls, separators and lone surrogates', () => {
    for (const breaking of BREAKING) expect(isCleanText(`Anna${breaking}Bert`), codePoints(breaking)).toBe(false);
  });

  test(`allows ${MAX_COMBINING_MARKS_IN_A_ROW} combining marks in a row, not more`, () => {
    expect(isCleanText('e\u0323\u0302')).toBe(true);
    expect(isCleanText('e\u0323\u0302\u0301')).toBe(false);
    expect(isCleanText(ZALGO)).toBe(false);
  });

  test('refuses text with white space at either end', () => {
    for (const bad of [' Anna', 'Anna ', '\u00a0Anna']) expect(isCleanText(bad), codePoints(bad)).toBe(false);
  });
});

describe('cleanText', () => {
  test('drops bidi controls and zero-width characters, keeping the letters around them', () => {
    expect(cleanText('\u202eAnna\u202c')).toBe('Anna');
    expect(cleanText('An\u200bn\u00ada\ufeff')).toBe('Anna');
    expect(cleanText('\u2067محمد\u2069 en \u200fBert')).toBe('محمد en Bert');
  });

  test('keeps the joiner inside an emoji', () => {
    expect(cleanText('Monteur 👩‍🔧\u200d')).toBe('Monteur 👩‍🔧');
  });

  test('turns line breaks and controls into single spaces and trims', () => {
    expect(cleanText('  twee\n\nregels\t en\u202e meer  ')).toBe('twee regels en meer');
    expect(cleanText('a\u2028b\u0000c')).toBe('a b c');
  });

  test(`cuts a pile of combining marks to ${MAX_COMBINING_MARKS_IN_A_ROW}`, () => {
    expect(cleanText(ZALGO)).toBe('Z\u0351\u0352a\u0316\u0317lgo');
  });

  test('composes letters written as letter + accent, so honest accents are not counted as marks', () => {
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
    expect(cleanText('e\u0301\u0301\u0301')).toBe('é\u0301\u0301');
  });

  test('cuts to a length without splitting an emoji, and without a dangling joiner or space', () => {
    expect(cleanText('abc 👍', 5)).toBe('abc');
    expect(cleanText('ab👩‍🔧', 4)).toBe('ab👩');
    expect(cleanText('Anna de Vries', 5)).toBe('Anna');
  });

  test('whatever is typed, the result is clean and cleaning it again changes nothing', () => {
    const typed = [ZALGO, ...BIDI, ...ZERO_WIDTH, ...BREAKING].flatMap((part) => [`x${part}y`, `${part}${ZALGO}${part}`, `👩${part}🔧`]);
    for (const text of typed) {
      const cleaned = cleanText(text);
      expect(isCleanText(cleaned), codePoints(text)).toBe(true);
      expect(cleanText(cleaned)).toBe(cleaned);
    }
  });
});

function codePoints(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join(' ');
}
