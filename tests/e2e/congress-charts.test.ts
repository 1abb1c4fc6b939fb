/**
 * The congress talk's two results slides in real Chromium at 1280×720, light and dark: each
 * shows its chart whole and readable beside the source line, the chart follows the projector's
 * theme, and a screenshot of each state goes to tests/e2e/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, trainerContext } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';
import { startBuiltServer, type TestServer } from '../support/test-server.ts';

const CHARTS = [
  { heading: 'Wat verbeterde', file: 'tevredenheid-en-aanwezigheid', screenshot: 'disseminatie-wat-verbeterde' },
  { heading: 'Effect op werk: alleen rond maand 8', file: 'effect-op-werk', screenshot: 'disseminatie-effect-op-werk' },
] as const;
/** The light and dark theme's page background (tokens.css), as Chromium reports it. */
const BACKGROUND = { light: 'rgb(251, 250, 246)', dark: 'rgb(16, 23, 25)' } as const;

describe('the congress talk\'s results charts on the projector', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startBuiltServer('dist');
    browser = await launchChromium();
    context = await trainerContext(browser, server.trainerUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test.each(CHARTS)(`$heading: the chart shows whole, under its title and above its source line, in the ${theme} theme`, async (chart) => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/deck?deck=disseminatie&theme=${theme}`);
        await page.waitForSelector('html[data-live="ready"]');
        const index = await page.locator('.reveal .slides > section').evaluateAll(
          (sections, heading) => sections.findIndex((s) => s.querySelector('h2')?.textContent === heading),
          chart.heading,
        );
        expect(index, chart.heading).toBeGreaterThan(0);
        await goToSlide(page, index);
        const picture = await measure(page, index);
        expect(picture.src).toMatch(new RegExp(`/assets/${chart.file}-[\\w-]{8}\\.svg$`));
        expect(picture.naturalWidth).toBeGreaterThan(0);
        // Drawn at least at 80% of its size (its text is sized for that) and inside the slide.
        expect(picture.width / picture.naturalWidth).toBeGreaterThanOrEqual(0.8);
        expect(picture.left).toBeGreaterThanOrEqual(0);
        expect(picture.right).toBeLessThanOrEqual(1280);
        expect(picture.top).toBeGreaterThan(picture.headingBottom);
        expect(picture.bottom).toBeLessThanOrEqual(picture.sourceTop);
        expect(picture.sourceBottom).toBeLessThanOrEqual(720);
        expect(picture.source).toMatch(/\[S1[01]/);
        expect(picture.background).toBe(BACKGROUND[theme]);
        expect(picture.colorScheme).toBe(theme);
        await page.screenshot({ path: join(SCREENSHOTS, `${chart.screenshot}-${theme}.png`) });
      } finally {
        await page.close();
      }
    });
  }
});

/** The slide's picture, heading and source line in slide pixels (1280×720), and the theme the picture is handed. */
function measure(page: Page, index: number) {
  return page.evaluate(async (i) => {
    const section = document.querySelectorAll<HTMLElement>('.reveal .slides > section')[i];
    const img = section.querySelector('img')!;
    await img.decode();
    // The slides box is the 1280×720 projector, scaled to the window.
    const origin = document.querySelector<HTMLElement>('.reveal .slides')!.getBoundingClientRect();
    const scale = origin.width / 1280;
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { top: (rect.top - origin.top) / scale, bottom: (rect.bottom - origin.top) / scale, left: (rect.left - origin.left) / scale, right: (rect.right - origin.left) / scale, width: rect.width / scale };
    };
    const picture = box(img);
    const small = section.querySelector('small')!;
    return {
      src: img.getAttribute('src') ?? '',
      naturalWidth: img.naturalWidth,
      ...picture,
      headingBottom: box(section.querySelector('h2')!).bottom,
      sourceTop: box(small).top,
      sourceBottom: box(small).bottom,
      source: small.textContent ?? '',
      background: getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor,
      colorScheme: getComputedStyle(img).colorScheme,
    };
  }, index);
}
