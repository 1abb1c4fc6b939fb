/**
 * The six decks of the real build (dist/) in real Chromium: the deck index a trainer starts
 * from, the curriculum coverage it links to, and every slide fitting the 1280×720 projector.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { ACTION_TIMEOUT_MS, launchChromium, trainerContext } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';
import { startBuiltServer, type TestServer } from '../support/test-server.ts';

const DECKS = ['sessie-1', 'sessie-2', 'sessie-3', 'sessie-4', 'sessie-5', 'disseminatie'];
const SLIDE = { height: 720 };

describe('the six decks in real Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  /** Every request the pages make to anywhere but our server: a venue may have no internet. */
  const elsewhere: string[] = [];
  let requests = 0;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startBuiltServer('dist');
    browser = await launchChromium();
    page = await (await trainerContext(browser, server.trainerUrl)).newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    page.on('request', (request) => {
      const url = request.url();
      requests += 1;
      if (!url.startsWith(server.origin) && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the deck index lists each deck with its title, length and what it teaches, and links to the curriculum coverage', async () => {
    await page.goto(`${server.origin}/`);
    const items = page.locator('mw-deck-index li[data-deck]');
    await items.first().waitFor();
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-deck')))).toEqual(DECKS);
    const sessie3 = page.locator('mw-deck-index li[data-deck="sessie-3"]');
    await expect(sessie3.locator('.title').textContent()).resolves.toMatch(/^Sessie 3/);
    await expect(sessie3.locator('.minutes').textContent()).resolves.toMatch(/^2 uur \d+ min$/);
    expect((await sessie3.locator('.teaches').textContent())!.length).toBeGreaterThan(30);
    await expect(page.locator('mw-deck-index li[data-deck="disseminatie"] .minutes').textContent()).resolves.toMatch(/^\d\d min$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'deck-index.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Dekking van het curriculum' }).waitFor();
  });

  test('the curriculum coverage shows per exercise its codes and why, and every code practised at least twice', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: 'Dekking van het curriculum' }).click();
    const table = page.locator('mw-coverage table');
    await table.waitFor();
    expect(await table.locator('tbody').evaluateAll((bodies) => bodies.map((b) => b.getAttribute('data-deck')))).toEqual(DECKS.slice(0, 5));
    const totals = await table.locator('tfoot td.total').evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-code'), Number(c.textContent)]));
    expect(totals.map(([code]) => code)).toEqual(['D1', 'D2', 'D3', 'D4', 'WB1', 'WB2', 'WB3', 'WB4', 'WB5', 'WB6']);
    for (const [code, count] of totals) expect(count, String(code)).toBeGreaterThanOrEqual(2);
    // The sort of session 1 is one row, with its code marked and the reason it practises it.
    const row = table.locator('tbody[data-deck="sessie-1"] tr[data-exercise="kwaliteit-of-beperking"]');
    expect(await row.locator('td.hit').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-code')))).toEqual(['WB3']);
    await expect(row.locator('.reason').innerText()).resolves.toMatch(/herschrijven .* vanuit wat de medewerker kan/);
    // A measurement practises nothing: no dot, and the row says so.
    const measurement = table.locator('tbody[data-deck="sessie-1"] tr[data-exercise="zelfvertrouwen-start"]');
    await expect(measurement.locator('td.hit').count()).resolves.toBe(0);
    await expect(measurement.locator('.reason').innerText()).resolves.toBe('Oefent geen code.');
    await page.screenshot({ path: join(SCREENSHOTS, 'curriculum-coverage.png'), fullPage: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  test.each(DECKS)('%s: no slide runs off the bottom of the projector; screenshots of its title, a content and an exercise slide', async (deck) => {
    await page.goto(`${server.origin}/deck?deck=${deck}`);
    await page.waitForSelector('html[data-live="ready"]');
    const kinds = await page.locator('.reveal .slides > section').evaluateAll((sections) =>
      sections.map((s) => (s.hasAttribute('data-exercise') ? 'exercise' : s.querySelector(':scope > ul, :scope > ol') ? 'content' : 'other')),
    );
    const overflowing: string[] = [];
    for (const [index] of kinds.entries()) {
      const { bottom, heading } = await showSlide(page, index);
      if (bottom <= SLIDE.height) continue;
      overflowing.push(`#${index} "${heading}": ${Math.round(bottom)} px high`);
      await page.screenshot({ path: join(SCREENSHOTS, `deck-${deck}-overflow-${index}.png`) });
    }
    for (const [name, index] of [['title', 0], ['content', kinds.indexOf('content')], ['exercise', kinds.indexOf('exercise')]] as const) {
      await showSlide(page, index);
      await page.screenshot({ path: join(SCREENSHOTS, `deck-${deck}-${name}.png`) });
    }
    expect(overflowing).toEqual([]);
    // A walk of 30-40 slides, each waited on until its fade ends: longer than a single check.
  }, 120_000);

  test('the index, the coverage table and all six decks loaded nothing from outside our server (a venue may have no internet)', () => {
    expect(requests).toBeGreaterThan(20);
    expect(elsewhere).toEqual([]);
  });
});

/** Goes to a top-level slide, waits until it is shown and its live views rendered, and measures it in slide pixels. */
async function showSlide(page: Page, index: number) {
  await goToSlide(page, index);
  return page.evaluate(async (i) => {
    const outer = document.querySelectorAll<HTMLElement>('.reveal .slides > section')[i];
    // A vertical stack shows its first slide at this index (the congress questions, a join slide below).
    const section = outer.classList.contains('stack') ? outer.querySelector<HTMLElement>(':scope > section')! : outer;
    const views = [...section.querySelectorAll('*')].map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete).filter(Boolean);
    await Promise.all(views);
    const slides = document.querySelector<HTMLElement>('.reveal .slides')!.getBoundingClientRect();
    const scale = slides.width / 1280;
    const { top } = section.getBoundingClientRect();
    let bottom = 0;
    for (const child of section.querySelectorAll<HTMLElement>(':scope > :not(aside)')) {
      bottom = Math.max(bottom, (child.getBoundingClientRect().bottom - top) / scale);
    }
    return { bottom, heading: section.querySelector('h1, h2')?.textContent ?? '' };
  }, index);
}
