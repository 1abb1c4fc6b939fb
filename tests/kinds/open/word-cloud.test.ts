import { describe, expect, test } from 'vitest';
import { DUTCH_STOP_WORDS, wordCloud, wordsOf } from '../../../src/kinds/open/word-cloud.ts';

describe('wordsOf', () => {
  test('keeps content words in lower case and drops Dutch stop words, single letters and bare numbers', () => {
    expect(wordsOf('Het GEDULD van een medewerker is 1 ding, en ik heb 2 x geduld nodig')).toEqual([
      'geduld',
      'medewerker',
      'ding',
      'geduld',
      'nodig',
    ]);
  });

  test('keeps words with an inner apostrophe or hyphen together and reads accents as letters', () => {
    expect(wordsOf("Baby's en zelf-vertrouwen: één café")).toEqual(["baby's", 'zelf-vertrouwen', 'één', 'café']);
    expect(wordsOf("zo'n zo’n")).toEqual([]);
  });

  test('keeps a word whole across its combining marks (accents typed apart, Hindi vowel signs)', () => {
    expect(wordsOf('Gedu\u0351\u0352ld cafe\u0301 अक्षय')).toEqual(['gedu\u0351\u0352ld', 'cafe\u0301', 'अक्षय']);
  });

  test('holds the common function words', () => {
    for (const word of ['de', 'het', 'een', 'en', 'van', 'ik', 'je', 'niet', 'dat', 'zijn', 'met', 'voor']) {
      expect(DUTCH_STOP_WORDS.has(word)).toBe(true);
    }
  });
});

describe('wordCloud', () => {
  test('counts a word once per answer, most used first and ties in alphabetical order', () => {
    expect(wordCloud(['geduld geduld geduld', 'Geduld en duidelijkheid', 'Rust en duidelijkheid', 'structuur'])).toEqual([
      { word: 'duidelijkheid', count: 2 },
      { word: 'geduld', count: 2 },
      { word: 'rust', count: 1 },
      { word: 'structuur', count: 1 },
    ]);
  });

  test('is empty without answers and keeps at most the limit', () => {
    expect(wordCloud([])).toEqual([]);
    expect(wordCloud(['aap noot mies wim zus jet'], 3).map((w) => w.word)).toEqual(['aap', 'jet', 'mies']);
  });
});
