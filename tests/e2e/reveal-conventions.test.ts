/**
 * A deck written only in reveal.js's own Markdown conventions (tests/fixtures/decks/reveal-conventies.md)
 * renders in real Chromium as Reveal renders it: backgrounds moved into `.backgrounds`, fragments
 * hidden until advanced, a vertical stack, notes out of sight, and pictures from beside the deck
 * loaded from the build, where only the trainer can fetch them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

const running = useBuiltServerAndBrowser();
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await trainerContext(running.browser, running.server.trainerUrl);
  page = await context.newPage();
  await page.goto(`${running.server.origin}/deck?deck=reveal-conventies`);
  await page.waitForSelector('html[data-live="ready"]');
});

/** The background Reveal made for the top-level slide `h` (its first, for a stack). */
const background = (h: number) => page.locator('.reveal .backgrounds > .slide-background').nth(h);
const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
/** WCAG's contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/\d+/g)!.map((value) => {
      const c = Number(value) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const isShown = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).opacity === '1' && getComputedStyle(element).visibility !== 'hidden');

describe('a deck in Reveal\'s own Markdown conventions', () => {
  test('gives a slide the background colour of its .slide: comment, behind a readable text', async () => {
    await goToSlide(page, 1);
    expect(await page.locator('section#achtergrondkleur').getAttribute('data-background-color')).toBe('#0a5c6b');
    expect(await background(1).evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(10, 92, 107)');
    for (const text of ['h2', 'p']) {
      const colour = await page.locator(`section#achtergrondkleur ${text}`).evaluate((element) => getComputedStyle(element).color);
      expect(contrast(colour, 'rgb(10, 92, 107)'), `${text} in ${colour}`).toBeGreaterThanOrEqual(4.5);
    }
    await screenshot('reveal-background-colour');
  });

  test('hides the fragments of .element: comments until the trainer advances, one step at a time', async () => {
    await goToSlide(page, 2);
    const items = page.locator('section.present li.fragment');
    expect(await items.count()).toBe(3);
    expect(await items.evaluateAll((elements) => elements.map((element) => element.classList.contains('visible')))).toEqual([false, false, false]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('section.present li.fragment')!.classList.contains('visible'));
    expect(await items.evaluateAll((elements) => elements.map((element) => element.classList.contains('visible')))).toEqual([true, false, false]);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelectorAll('section.present li.fragment.visible').length === 2);
    await page.locator('section.present li.fragment.fade-up').evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    expect(await items.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).opacity))).toEqual(['1', '1', '0']);
    await screenshot('reveal-fragments');
  });

  test('loads a background image from beside the deck through the build', async () => {
    await goToSlide(page, 3);
    const image = await background(3).locator('.slide-background-content').evaluate((element) => getComputedStyle(element).backgroundImage);
    const url = /url\("([^"]+)"\)/.exec(image)![1];
    expect(new URL(url).pathname).toMatch(/^\/assets\/achtergrond-[\w-]{8}\.svg$/);
    expect(await page.evaluate(async (src) => (await fetch(src)).status, url)).toBe(200);
    expect((await fetch(url)).status).toBe(401);
    await screenshot('reveal-background-image');
  });

  test('shows a picture from beside the deck, loaded, and a vertical slide below it; notes stay out of sight', async () => {
    await goToSlide(page, 4);
    const image = page.locator('section.present img');
    await page.waitForFunction(() => (document.querySelector('section.present img') as HTMLImageElement | null)?.complete);
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(800);
    expect(new URL((await image.getAttribute('src'))!, running.server.origin).pathname).toMatch(/^\/assets\/landschap-[\w-]{8}\.png$/);
    expect((await fetch(`${running.server.origin}${await image.getAttribute('src')}`)).status).toBe(401);
    expect(await page.locator('section.present aside.notes').evaluate((element) => getComputedStyle(element).display)).toBe('none');
    expect(await isShown('section.present img')).toBe(true);
    await screenshot('reveal-image');

    expect(await page.locator('.reveal .slides > section.stack').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.locator('section.present h2', { hasText: 'Eronder' }).waitFor();
    await page.waitForFunction(() => location.hash === '#/4/1');
  });
});
