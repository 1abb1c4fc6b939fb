/**
 * The congress talk's two results charts (SVG in decks/media/figuren/) hold the numbers the notes
 * give, drawn to scale: a chart drawn once by hand or by a throwaway script could drift from the
 * notes and the claims table, and a wrong interval on a congress screen is the one thing the
 * talk cannot afford. Also: each chart is a self-contained picture in the theme's colours.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';

const ROOT = join(import.meta.dirname, '../..');
const deck = parseDeck(readFileSync(join(ROOT, 'decks/disseminatie.md'), 'utf8'), 'decks/disseminatie.md', 'disseminatie');
const svgOf = (file: string) => readFileSync(join(ROOT, 'decks', file), 'utf8');

/** A number as the deck writes it: decimal comma, a real minus sign. */
const dutch = (value: number, decimals: number) => `${value < 0 ? '\u2212' : ''}${Math.abs(value).toFixed(decimals).replace('.', ',')}`;
const number = (text: string) => Number(text.replace('\u2212', '-').replace(',', '.'));

function slide(heading: string) {
  const found = deck.stacks.flat().find((s) => s.heading === heading);
  if (!found) throw new Error(`no slide "${heading}" in decks/disseminatie.md`);
  const markdown = found.parts.map((part) => ('markdown' in part ? part.markdown : '')).join('\n');
  const picture = /!\[([^\]]+)\]\((media\/figuren\/[\w-]+\.svg)\)/.exec(markdown);
  if (!picture) throw new Error(`slide "${heading}" has no chart from media/figuren/`);
  return { markdown, notes: found.notes, alt: picture[1], file: picture[2], svg: svgOf(picture[2]) };
}

/** The marked groups of a chart: `<g data-…>` with their attributes and inner SVG. */
function groups(svg: string) {
  return [...svg.matchAll(/<g ((?:data-[\w-]+="[^"]*"\s*)+)>([\s\S]*?)<\/g>/g)].map(([, attributes, inner]) => ({
    data: Object.fromEntries([...attributes.matchAll(/data-([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
    inner,
  }));
}

const desc = (svg: string) => /<desc[^>]*>([^<]+)<\/desc>/.exec(svg)?.[1] ?? '';

/** The light and the dark theme's colours from tokens.css. */
function themeColours() {
  const css = readFileSync(join(ROOT, 'src/client/theme/tokens.css'), 'utf8');
  const [light, dark] = css.split(":root[data-theme='dark']");
  const hexes = (block: string) => new Set([...block.matchAll(/#[0-9a-f]{6}\b/gi)].map(([hex]) => hex.toLowerCase()));
  return { light: hexes(light), dark: hexes(dark) };
}

describe('"Effect op werk: alleen rond maand 8"', () => {
  const chart = slide('Effect op werk: alleen rond maand 8');
  /** β and interval per month, as the notes say them. */
  const fromNotes = new Map<number, [number, number, number]>();
  for (const [, month, beta, low, high] of chart.notes.matchAll(/maand (\d+)(?: β =)? (−?\d,\d\d) \((−?\d,\d\d) tot (−?\d,\d\d)\)/g)) {
    fromNotes.set(Number(month), [number(beta), number(low), number(high)]);
  }
  const eight = /Acht maanden .*?β = (\d,\d\d), met een 95%-betrouwbaarheidsinterval van (−?\d,\d\d) tot (−?\d,\d\d)/.exec(chart.notes);
  if (eight) fromNotes.set(8, [number(eight[1]), number(eight[2]), number(eight[3])]);
  const rows = groups(chart.svg).map(({ data, inner }) => ({ month: Number(data.month), beta: Number(data.beta), low: Number(data.low), high: Number(data.high), isAboveZero: data['above-zero'] === 'true', inner }));

  test('draws months 3, 6, 8, 9 and 12 with exactly the β and interval the notes give', () => {
    expect([...fromNotes.keys()].sort((a, b) => a - b)).toEqual([3, 6, 8, 9, 12]);
    expect(rows.map((row) => row.month)).toEqual([3, 6, 8, 9, 12]);
    for (const row of rows) expect([row.beta, row.low, row.high], `maand ${row.month}`).toEqual(fromNotes.get(row.month));
  });

  test('writes each value beside its interval, and in the text alternative and the description', () => {
    for (const row of rows) {
      const label = `${dutch(row.beta, 2)} (${dutch(row.low, 2)} tot ${dutch(row.high, 2)})`;
      expect(row.inner, `maand ${row.month}`).toContain(`>${label}</text>`);
      expect(chart.alt).toContain(`Maand ${row.month}: ${label}`);
      expect(desc(chart.svg)).toContain(`maand ${row.month}: ${label}`);
    }
  });

  test('draws every interval and point to the scale of its axis, with the zero line at 0', () => {
    const ticks = [...chart.svg.matchAll(/<text class="muted" x="([\d.]+)" y="[\d.]+" font-size="26" text-anchor="middle">(−?\d(?:,\d)?)<\/text>/g)].map(([, x, label]) => ({ x: Number(x), value: number(label) }));
    expect(ticks.map((tick) => tick.value)).toEqual([-0.1, 0, 0.1, 0.2]);
    const [first, last] = [ticks[0], ticks.at(-1)!];
    const scale = (value: number) => first.x + ((value - first.value) / (last.value - first.value)) * (last.x - first.x);
    for (const tick of ticks) expect(tick.x).toBeCloseTo(scale(tick.value), 0);
    const zero = /<line class="zero" x1="([\d.]+)"[^>]*x2="([\d.]+)"/.exec(chart.svg)!;
    expect(Number(zero[1])).toBeCloseTo(scale(0), 0);
    expect(Number(zero[2])).toBeCloseTo(scale(0), 0);
    for (const row of rows) {
      const [, x1, x2] = /<line class="ci[\w-]*" x1="([\d.]+)" y1="[\d.]+" x2="([\d.]+)"/.exec(row.inner)!;
      expect([Number(x1), Number(x2)].map((x) => Math.round(x)), `maand ${row.month}`).toEqual([row.low, row.high].map((v) => Math.round(scale(v))));
      expect(Math.round(Number(/<circle[^>]* cx="([\d.]+)"/.exec(row.inner)![1]))).toBe(Math.round(scale(row.beta)));
    }
  });

  test('highlights month 8, the only interval above zero', () => {
    expect(rows.filter((row) => row.low > 0).map((row) => row.month)).toEqual([8]);
    expect(rows.filter((row) => row.isAboveZero).map((row) => row.month)).toEqual([8]);
    expect(rows.find((row) => row.month === 8)!.inner).toContain('class="ci-hit"');
    expect(rows.filter((row) => row.inner.includes('ci-hit')).map((row) => row.month)).toEqual([8]);
  });
});

describe('"Wat verbeterde"', () => {
  const chart = slide('Wat verbeterde');
  const bars = groups(chart.svg).map(({ data, inner }) => ({ label: data.label, value: Number(data.value), inner }));

  test('shows satisfaction 4,4 for the training and 4,7 for the trainers, as the notes give them', () => {
    expect(bars.slice(0, 2).map((bar) => [bar.label, bar.value])).toEqual([['De training', 4.4], ['De trainers', 4.7]]);
    expect(chart.notes).toMatch(/algemeen, bijeenkomsten, inhoud, werkvormen en opbouw alle 4,4; de trainers 4,7 \[S11\]/);
  });

  test('shows the attendance per number of meetings, as the notes give it', () => {
    expect(bars.slice(2).map((bar) => [bar.label, bar.value])).toEqual([['alle 5', 73], ['4 van 5', 18], ['3 van 5', 7], ['2 van 5', 0], ['1 van 5', 1]]);
    expect(chart.notes).toMatch(/73% was er alle vijf keer, 18% vier keer, 7% drie keer, niemand twee keer en 1% één keer \[S11\]/);
  });

  test('draws each bar to its scale and writes its value beside it, in the text alternative and the description', () => {
    const widths = bars.map((bar) => Number(/<rect class="bar"[^>]* width="([\d.]+)"/.exec(bar.inner)?.[1] ?? 0));
    // Satisfaction from the scale's 1; attendance from 0%: one width per point, and per percent.
    expect(widths[1] / widths[0]).toBeCloseTo((4.7 - 1) / (4.4 - 1), 2);
    for (const [i, bar] of bars.slice(2).entries()) expect(widths[i + 2]).toBeCloseTo((widths[2] / 73) * bar.value, 0);
    for (const [i, bar] of bars.entries()) {
      const isSatisfaction = i < 2;
      const label = isSatisfaction ? dutch(bar.value, 1) : `${bar.value}%`;
      expect(bar.inner, bar.label).toContain(`>${label}</text>`);
      expect(chart.alt, bar.label).toContain(isSatisfaction ? label : `${bar.label} ${label}`);
      expect(desc(chart.svg), bar.label).toContain(isSatisfaction ? label : `${bar.label} ${label}`);
    }
  });

  test('keeps knowledge and self-confidence as text, with no effect size the sources do not give', () => {
    expect(chart.markdown).toMatch(/^- Leidinggevenden: aantoonbaar meer \*\*kennis\*\* en \*\*zelfvertrouwen\*\* \[S10\]$/m);
    expect(chart.svg).not.toMatch(/kennis|zelfvertrouwen/i);
  });
});

describe.each(['Wat verbeterde', 'Effect op werk: alleen rond maand 8'])('the chart on "%s"', (heading) => {
  const chart = slide(heading);

  test('is a self-contained picture: a title and a description, no script, nothing loaded from elsewhere', () => {
    expect(chart.svg).toMatch(/<title[^>]*>[^<]{20,}<\/title>/);
    expect(desc(chart.svg).length).toBeGreaterThan(100);
    expect(chart.svg).not.toMatch(/<script|\bon\w+=|href=|url\(|@import|<image|<foreignObject/i);
  });

  test('draws in the light theme\'s colours, and in the dark theme\'s when its picture is dark', () => {
    const { light, dark } = themeColours();
    const style = /<style>([\s\S]*)<\/style>/.exec(chart.svg)![1];
    const [lightRules, darkRules] = style.split('@media (prefers-color-scheme: dark)');
    expect(darkRules, 'a dark block').toBeDefined();
    const hexes = (css: string) => [...css.matchAll(/#[0-9a-f]{6}\b/gi)].map(([hex]) => hex.toLowerCase());
    expect(hexes(lightRules).filter((hex) => !light.has(hex))).toEqual([]);
    expect(hexes(darkRules).filter((hex) => !dark.has(hex))).toEqual([]);
    // Colours only through the classes, so the dark block reaches every mark.
    expect(chart.svg.replace(/<style>[\s\S]*<\/style>/, '')).not.toMatch(/#[0-9a-f]{3,6}\b|(fill|stroke)="(?!none)/i);
  });

  test('keeps its source citation on the slide', () => {
    expect(chart.markdown).toMatch(/<small>[^<]*\[S1[01][^\]]*\]<\/small>/);
  });
});
