import { describe, expect, test } from 'vitest';
import { applicableRules, parseDebriefLine, type DebriefRule } from '../../src/shared/deck/debrief-prompts.ts';
import { DeckError, parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { thrownBy } from '../support/thrown.ts';

const rule = (text: string) => parseDebriefLine(text, 7)!;

describe('parseDebriefLine', () => {
  test('reads a share rule: the first word after the percentage names the figure', () => {
    expect(rule('- als meer dan 40% C kiest: Vraag door.')).toEqual({
      when: { measure: 'C', comparison: 'above', value: 40, isShare: true },
      text: 'Vraag door.',
      line: 7,
    });
    expect(rule('als minder dan 50% goed: Leg het nog eens uit.').when).toEqual({ measure: 'goed', comparison: 'below', value: 50, isShare: true });
  });

  test('reads a figure rule with a decimal comma, and the otherwise rule', () => {
    expect(rule('als gemiddelde onder 6,5: Vraag wat helpt.').when).toEqual({ measure: 'gemiddelde', comparison: 'below', value: 6.5, isShare: false });
    expect(rule('- anders: Ga door.')).toEqual({ when: null, text: 'Ga door.', line: 7 });
  });

  test('leaves ordinary notes alone and rejects a rule it cannot read', () => {
    expect(parseDebriefLine('- Als iemand twijfelt, laat hem voorlezen.', 3)).toBeNull();
    expect(parseDebriefLine('Tijd: 5 min.', 3)).toBeNull();
    expect(() => parseDebriefLine('als meer dan veel C: oeps', 3)).toThrow(/als meer dan 40% C kiest/);
  });
});

describe('applicableRules', () => {
  const rules: DebriefRule[] = [
    rule('als meer dan 40% C kiest: a'),
    rule('als minder dan 50% goed: b'),
    rule('anders: c'),
  ];

  test('marks the rules whose condition holds, and "anders" only when none does', () => {
    expect(applicableRules(rules, { C: 50, goed: 30 })).toEqual([true, true, false]);
    expect(applicableRules(rules, { C: 40, goed: 50 })).toEqual([false, false, true]);
    expect(applicableRules(rules, { c: 41, GOED: 80 })).toEqual([true, false, false]);
  });

  test('marks nothing before there are answers', () => {
    expect(applicableRules(rules, {})).toEqual([false, false, false]);
  });
});

describe('debrief prompts in a deck', () => {
  const deck = (notes: string, block = '::: choice q\nVraag\n- [ ] een\n- [x] twee\nuitleg: omdat\n:::\n') =>
    `# Titel\n\n---\n\n## Vraag\n${block}\nNote:\nZeg iets.\n${notes}\n`;

  test('become a marked list at the top of the slide notes', () => {
    const parsed = parseDeck(deck('- als meer dan 40% A kiest: Vraag door.\n- anders: Ga door.'), 'decks/x.md', 'x');
    const html = parsed.stacks[1][0].html;
    expect(html).toMatch(/<aside class="notes"><div class="mw-debrief" data-exercise="q".*<\/ul><\/div><p>Zeg iets.<\/p>/);
    expect(html).toContain('<li data-rule="0"><em>meer dan 40% A:</em> Vraag door.</li><li data-rule="1"><em>anders:</em> Ga door.</li>');
    expect(html).not.toContain('als meer dan');
  });

  const errorOf = (source: string) => thrownBy(() => parseDeck(source, 'decks/x.md', 'x'), DeckError);

  test('fail the build with file:line for an unknown figure, a slide without exercise, or bad syntax', () => {
    expect(errorOf(deck('als meer dan 40% E kiest: nee')).message).toBe(
      'decks/x.md:15: debrief prompt names "E": this exercise knows A, B, goed',
    );
    expect(errorOf('# Titel\n\nNote:\nals meer dan 40% A kiest: nee\n').message).toBe(
      'decks/x.md:4: a debrief prompt ("als …:") needs an exercise on the same slide',
    );
    expect(errorOf(deck('als meer dan de helft A: nee')).message).toMatch(/^decks\/x.md:15: a debrief prompt reads/);
  });
});
