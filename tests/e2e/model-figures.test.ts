/**
 * The model diagrams of the real session decks (dist/) in real Chromium at 1280×720: each fits its
 * slide at its own size with a text alternative, and in the dark theme the picture itself draws in
 * the dark colours (projector.css hands the img its color-scheme; decision 0080). Screenshots of
 * every model slide, light and dark, go to tests/e2e/screenshots/figure-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, launchChromium, trainerContext } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';
import { startBuiltServer, type TestServer } from '../support/test-server.ts';

/** The session decks that present a model (sessie-2 teaches knowledge, no model). */
const SESSION_DECKS = ['sessie-1', 'sessie-3', 'sessie-4', 'sessie-5'];
/** The diagrams' smallest text is 25 px at their own size; drawn smaller than this it falls under ~24 px. */
const MIN_SCALE = 0.96;
type Theme = 'light' | 'dark';

describe('model diagrams in real Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startBuiltServer('dist');
    browser = await launchChromium();
    page = await (await trainerContext(browser, server.trainerUrl)).newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(SESSION_DECKS)('%s: every diagram fits its slide at its own size, with a text alternative, in both themes', async (deck) => {
    const slides = await openDeck(page, server, deck, 'light');
    expect(slides.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const [index, name] of slides) {
      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await goToSlide(page, index);
        const { alt, scale, bottom } = await measureFigure(page);
        if (alt.length < 40) problems.push(`${name}: alt text "${alt}" is not a real text alternative`);
        if (scale < MIN_SCALE) problems.push(`${name}: drawn at ${Math.round(scale * 100)}% of its size, its text too small for the back row`);
        if (bottom > 720) problems.push(`${name}: runs to y = ${Math.round(bottom)}`);
        await page.screenshot({ path: join(SCREENSHOTS, `figure-${deck}-${name}-${theme}.png`) });
      }
    }
    expect(problems).toEqual([]);
    await setTheme(page, 'light');
  });

  test('in the dark theme the situational-leadership grid draws its cells in the dark colours, in the light theme in the light ones', async () => {
    const slides = await openDeck(page, server, 'sessie-4', 'light');
    const [index] = slides.find(([, name]) => name === 'situationeel-leiden')!;
    await goToSlide(page, index);
    const colour = async () => {
      // Inside the first cell, clear of its text: (693, 83) of the drawn 1206 × 456.
      const png = await page.locator('section.present img').screenshot();
      return pixelAt(page, png, 693 / 1206, 83 / 456);
    };
    const light = await colour();
    expect(isNear(light, '#d9ecef'), light).toBe(true);
    await setTheme(page, 'dark');
    await page.screenshot({ path: join(SCREENSHOTS, 'figure-dark-theme.png') });
    const dark = await colour();
    expect(isNear(dark, '#1d3d44'), dark).toBe(true);
    await setTheme(page, 'light');
  });
});

/** Opens a deck in a theme; its slides with a diagram, as [index, figure name]. */
async function openDeck(page: Page, server: TestServer, deck: string, theme: Theme): Promise<[number, string][]> {
  await page.goto(`${server.origin}/deck?deck=${deck}&theme=${theme}`);
  await page.waitForSelector('html[data-live="ready"]');
  return page.locator('.reveal .slides > section').evaluateAll((sections) =>
    sections.flatMap((section, index) => {
      const src = section.querySelector('img')?.getAttribute('src') ?? '';
      const name = /\/([a-z-]+)-[\w-]{8}\.svg$/.exec(src)?.[1];
      return name ? [[index, name] as [number, string]] : [];
    }),
  );
}

/** The D key, as a trainer switches the theme while presenting. */
async function setTheme(page: Page, theme: Theme): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.dataset.theme)) !== theme) await page.keyboard.press('d');
  await page.locator(`html[data-theme="${theme}"]`).waitFor();
}

/** The shown slide's picture: its alt text, its drawn size against its own, and the slide's bottom, in slide pixels. */
async function measureFigure(page: Page) {
  return page.evaluate(async () => {
    const section = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
    const img = section.querySelector('img')!;
    await img.decode();
    const scale = document.querySelector('.reveal .slides')!.getBoundingClientRect().width / 1280;
    const { top } = section.getBoundingClientRect();
    let bottom = 0;
    for (const child of section.querySelectorAll<HTMLElement>(':scope > :not(aside)')) bottom = Math.max(bottom, (child.getBoundingClientRect().bottom - top) / scale);
    return { alt: img.alt, scale: img.getBoundingClientRect().width / scale / img.naturalWidth, bottom };
  });
}

/** The colour at a point of a screenshot, given as a fraction of its width and height, as #rrggbb (read on a blank page: the deck's CSP loads no data: pictures). */
async function pixelAt(page: Page, png: Buffer, x: number, y: number): Promise<string> {
  const probe = await page.context().newPage();
  const colour = await probe.evaluate(
    async ({ base64, x, y }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const [r, g, b] = context.getImageData(Math.round(x * image.width), Math.round(y * image.height), 1, 1).data;
      return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    },
    { base64: png.toString('base64'), x, y },
  );
  await probe.close();
  return colour;
}

/** Whether a drawn colour is the given one, allowing a few steps of rounding per channel. */
function isNear(drawn: string, hex: string): boolean {
  return [1, 3, 5].every((i) => Math.abs(Number.parseInt(drawn.slice(i, i + 2), 16) - Number.parseInt(hex.slice(i, i + 2), 16)) <= 3);
}
