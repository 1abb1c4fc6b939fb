/**
 * The pause slide of a real session deck (dist/) in Chromium: "Terug om …" is the laptop's
 * clock plus the break, worked out each time the slide is shown. The clock is fixed with
 * Playwright's clock API, so nothing waits on real time.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, launchChromium, PROJECTOR } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';
import { startBuiltServer, type TestServer } from '../support/test-server.ts';

describe('the pause slide in real Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startBuiltServer('dist');
    browser = await launchChromium();
    // A fixed zone: the fixed instants below are then the same wall-clock times on any machine.
    context = await browser.newContext({ ...PROJECTOR, timezoneId: 'Europe/Amsterdam' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    page = await context.newPage();
    await page.goto(server.trainerUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const returnTime = () => page.locator('section.present mw-return-time').evaluate((el) => el.shadowRoot?.textContent?.trim() ?? '');

  test('shows nothing until the slide is shown, then the clock time plus the break, again each time it is shown', async () => {
    // 13:05 UTC is 14:05 in Amsterdam in March (winter time).
    await page.clock.setFixedTime(new Date('2025-03-04T13:05:00Z'));
    await page.goto(`${server.origin}/deck?deck=sessie-3`);
    await page.waitForSelector('html[data-live="ready"]');
    const pause = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.findIndex((s) => s.querySelector('h2')?.textContent === 'Pauze'));
    expect(pause).toBeGreaterThan(0);
    const element = page.locator('mw-return-time');
    await expect(element.evaluate((el) => el.shadowRoot?.textContent?.trim() ?? '')).resolves.toBe('');

    await goToSlide(page, pause);
    await expect.poll(returnTime).toBe('Terug om 14:20');
    await page.screenshot({ path: join(SCREENSHOTS, 'pause-return-time.png') });

    // The break went on while the trainer looked something up; back on the pause slide, the time is new.
    await goToSlide(page, pause + 1);
    await page.clock.setFixedTime(new Date('2025-03-04T13:31:30Z'));
    await goToSlide(page, pause);
    await expect.poll(returnTime).toBe('Terug om 14:47');
  });

  test('a deck opened on the pause slide shows the time at once', async () => {
    await page.clock.setFixedTime(new Date('2025-03-04T08:50:00Z'));
    const pause = await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.findIndex((s) => s.querySelector('h2')?.textContent === 'Pauze'));
    await page.goto(`${server.origin}/deck?deck=sessie-3#/${pause}`);
    await page.reload();
    await page.waitForSelector('html[data-live="ready"]');
    await expect.poll(returnTime).toBe('Terug om 10:05');
  });
});
