/**
 * The printable materials of the real build (dist/) in real Chromium: the deck index links them
 * beside each session, and a run sheet's clock times follow the start time a trainer types.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { runSheetRows } from '../../src/shared/materials/run-sheet.ts';
import { seriousA11yViolations } from '../support/axe.ts';
import { trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';

const ROOT = join(import.meta.dirname, '../..');
const SESSIONS = [1, 2, 3, 4, 5].map((n) => `sessie-${n}`);

describe('the materials in the deck index and on their page', () => {
  const running = useBuiltServerAndBrowser('dist');
  const trainerPage = async (): Promise<Page> => (await trainerContext(running.browser, running.server.trainerUrl)).newPage();

  test('the deck index links each session\'s run sheet, materials list and handout, and the documents for every session', async () => {
    const page = await trainerPage();
    await page.goto(`${running.server.origin}/`);
    for (const session of SESSIONS) {
      const links = page.locator(`mw-deck-index li[data-deck="${session}"] a[data-material]`);
      await links.first().waitFor();
      const labels = await links.allInnerTexts();
      expect(labels.slice(0, 3)).toEqual(['Draaiboek', 'Materialen', 'Hand-out']);
      expect(await links.first().getAttribute('href')).toBe(`/materials?doc=${session}-draaiboek`);
    }
    await expect(page.locator('mw-deck-index li[data-deck="disseminatie"] a[data-material]').count()).resolves.toBe(0);
    expect(await page.locator('mw-deck-index').evaluate((index) => [...index.shadowRoot!.querySelectorAll(':host > .materials a')].map((a) => a.textContent))).toEqual(
      expect.arrayContaining(['Crisiskaart: een medewerker in acute nood', 'Wat mag je vragen en vastleggen?']),
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('mw-deck-index li[data-deck="sessie-1"]').screenshot({ path: join(SCREENSHOTS, 'materialen-in-de-deckindex.png') });
    await page.locator('mw-deck-index li[data-deck="sessie-3"] a[data-material="sessie-3-hand-out"]').click();
    await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
    expect(await page.locator('article.doc h1').first().innerText()).toContain('Hand-out sessie 3');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('a run sheet shows the deck\'s minutes as clock times from the start time the trainer types', async () => {
    const deck = parseDeck(readFileSync(join(ROOT, 'decks/sessie-2.md'), 'utf8'), 'decks/sessie-2.md', 'sessie-2');
    const rows = runSheetRows(deck);
    const page = await trainerPage();
    await page.goto(`${running.server.origin}/materials?doc=sessie-2-draaiboek`);
    await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
    const firstRow = page.locator('.run-sheet tbody tr').first();
    expect(await firstRow.locator('td.time').innerText()).toBe(`13:00–${clockAfter(13 * 60, rows[0].minutes)}`);
    await expect(page.locator('.run-sheet tbody tr').count()).resolves.toBe(rows.length);

    await page.locator('.run-sheet input[type="time"]').fill('18:30');
    expect(await firstRow.locator('td.time').innerText()).toBe(`18:30–${clockAfter(18 * 60 + 30, rows[0].minutes)}`);
    const total = rows.reduce((sum, row) => sum + row.minutes, 0);
    expect(await page.locator('.run-sheet .until').innerText()).toBe(clockAfter(18 * 60 + 30, total));
    // The address keeps the typed time, so a reload (or printing) shows the same clock times.
    expect(new URL(page.url()).searchParams.get('start')).toBe('18:30');
    await page.screenshot({ path: join(SCREENSHOTS, 'materialen-draaiboek-scherm.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.reload();
    await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
    expect(await page.locator('.run-sheet tbody tr td.time').first().innerText()).toMatch(/^18:30–/);
    await page.context().close();
  });
});

function clockAfter(start: number, minutes: number): string {
  const at = start + minutes;
  return `${String(Math.floor(at / 60) % 24).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
}
