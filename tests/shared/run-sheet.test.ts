import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { formatClock, parseClock } from '../../src/shared/materials/clock.ts';
import { runSheetRows } from '../../src/shared/materials/run-sheet.ts';
import { totalMinutes, withClockTimes, type RunSheetRow } from '../../src/shared/materials/run-sheet-times.ts';

const row = (heading: string, minutes: number): RunSheetRow => ({ slide: 1, heading, minutes, activity: 'uitleg', lead: 'A', support: '' });

describe('clock', () => {
  test('reads a typed time of day as minutes since midnight, with a colon or a dot', () => {
    expect(parseClock('13:00')).toBe(780);
    expect(parseClock('9.30')).toBe(570);
    expect(parseClock(' 08:05 ')).toBe(485);
  });

  test('refuses what is no time of day', () => {
    for (const text of ['', '24:00', '13:60', '1300', 'half twee']) expect(parseClock(text)).toBeNull();
  });

  test('writes minutes as a clock time, wrapping past midnight', () => {
    expect(formatClock(785)).toBe('13:05');
    expect(formatClock(24 * 60 + 10)).toBe('00:10');
  });
});

describe('withClockTimes', () => {
  test('gives each block its clock times from the start time and the minutes before it', () => {
    const timed = withClockTimes([row('Welkom', 5), row('Uitleg', 12), row('Pauze', 15)], parseClock('13:00')!);
    expect(timed.map(({ from, to }) => `${from}-${to}`)).toEqual(['13:00-13:05', '13:05-13:17', '13:17-13:32']);
  });

  test('follows another start time with the same minutes', () => {
    const timed = withClockTimes([row('Welkom', 5), row('Uitleg', 12)], parseClock('18:45')!);
    expect(timed.map(({ from, to }) => `${from}-${to}`)).toEqual(['18:45-18:50', '18:50-19:02']);
  });

  test('adds the minutes up to the session\'s length', () => {
    expect(totalMinutes([row('a', 5), row('b', 12), row('c', 0)])).toBe(17);
  });
});

/** A small session: welcome, an explanation with its open question, a pause, group work, sources. */
const DECK = `# Sessie 9 — Proef

Note:
Tijd: 5 min.

---

## Doe mee met je telefoon

::: join
:::

Note:
Tijd: 3 min.

---

## Kijk naar gedrag

- Beschrijf wat je ziet

Note:
Tijd: 4 min.

---

## Wat zag je?

::: open zag
Wat zag je?
max: 80
:::

Note:
Tijd: 6 min.

---

## Pauze

Note:
Tijd: 15 min.

---

## Jouw situatie

In drietallen, ieder van een ander bedrijf.

Note:
Tijd: 20 min.

---

## Bronnen

Note:
Tijd: 0 min.
`;

describe('runSheetRows', () => {
  const rows = runSheetRows(parseDeck(DECK, 'sessie-9.md', 'sessie-9'));

  test('lists the timed slides in order with their Tijd: minutes, leaving out slides that take no time', () => {
    expect(rows.map((r) => [r.slide, r.heading, r.minutes])).toEqual([
      [1, 'Welkom', 5],
      [2, 'Doe mee met je telefoon', 3],
      [3, 'Kijk naar gedrag', 4],
      [4, 'Wat zag je?', 6],
      [5, 'Pauze', 15],
      [6, 'Jouw situatie', 20],
    ]);
  });

  test('says what happens on each slide', () => {
    expect(rows.map((r) => r.activity)).toEqual(['welkom', 'aanmelden', 'uitleg', 'open vraag', 'pauze', 'groepswerk']);
  });

  test('lets one trainer lead a block of explanation and exercise, the other after it, and both at the pause', () => {
    expect(rows.map((r) => r.lead)).toEqual(['A', 'A', 'A', 'A', 'A en B', 'B']);
  });

  test('has the other trainer moderate an open question on the laptop', () => {
    expect(rows[3].support).toBe('Modereert op de laptop');
    expect(rows[1].support).toBe('Helpt wie niet binnenkomt');
  });

  test('follows the deck when a Tijd: line changes', () => {
    const longer = runSheetRows(parseDeck(DECK.replace('Tijd: 4 min.', 'Tijd: 9 min.'), 'sessie-9.md', 'sessie-9'));
    expect(longer[2].minutes).toBe(9);
    expect(withClockTimes(longer, 780)[3].from).toBe('13:17');
    expect(withClockTimes(rows, 780)[3].from).toBe('13:12');
  });
});
