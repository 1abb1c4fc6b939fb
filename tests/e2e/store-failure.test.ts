/**
 * The trainer's deck in real Chromium while the server cannot store answers: a red banner says
 * so for as long as writes fail, and leaves when they work again.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createMemoryStore } from '../../server/store/memory-store.ts';
import { ACTION_TIMEOUT_MS, launchChromium, trainerContext } from '../support/browser.ts';
import { createFaultyStore } from '../support/faulty-store.ts';
import { goToSlide } from '../support/slides.ts';
import { startBuiltServer } from '../support/test-server.ts';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const WARNING =
  'Let op: de server kan antwoorden niet opslaan (schijf vol of niet schrijfbaar). Antwoorden blijven alleen in het geheugen.';

describe('the deck page when the server cannot store', () => {
  test('shows a red warning while writes fail and drops it once they work again', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const store = createFaultyStore(createMemoryStore());
    const server = await startBuiltServer('dist-fixtures', { store, storeRetryMs: 100 });
    const browser = await launchChromium();
    try {
      const context = await trainerContext(browser, server.trainerUrl);
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const projector = await context.newPage();
      await projector.goto(`${server.origin}/deck?deck=basis`);
      await projector.waitForSelector('html[data-live="ready"]');
      const warning = projector.getByRole('alert');
      expect(await warning.count()).toBe(0);

      store.failWrites();
      await goToSlide(projector, 1); // the trainer moves on: a stage change the store cannot write
      await warning.waitFor();
      expect(await warning.innerText()).toBe(WARNING);
      const colour = await warning.evaluate((element) => getComputedStyle(element).backgroundColor);
      expect(colour).toBe('rgb(176, 0, 32)');
      await projector.screenshot({ path: join(SCREENSHOTS, 'store-failure-warning.png') });

      store.succeedWrites();
      await warning.waitFor({ state: 'detached' });
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });

  test('says why there is no live session when the disk is too full for a new room, and still shows the slides', async () => {
    const server = await startBuiltServer('dist-fixtures', { minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
    const browser = await launchChromium();
    try {
      const projector = await (await trainerContext(browser, server.trainerUrl)).newPage();
      await projector.goto(`${server.origin}/deck?deck=basis`);
      const warning = projector.getByRole('alert');
      await warning.waitFor();
      expect(await warning.innerText()).toMatch(/^Geen live sessie: Te weinig vrije schijfruimte voor een nieuwe live sessie: \d+ MB vrij/);
      await projector.locator('.reveal .slides > section.present').waitFor();
      await projector.screenshot({ path: join(SCREENSHOTS, 'disk-full-warning.png') });
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
