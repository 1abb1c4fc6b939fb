/**
 * A whole live room in real Chromium for browser flows: a server on the fixture build, the
 * trainer's projector on a deck, and phones that joined it. Navigation waits for the phones
 * to show the exercise, never for a fixed time.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ACTION_TIMEOUT_MS, launchChromium, PHONE, trainerContext } from './browser.ts';
import { goToSlide } from './slides.ts';
import { startBuiltServer, type TestServer } from './test-server.ts';

export const SCREENSHOTS = join(import.meta.dirname, '../e2e/screenshots');

export type LiveFlow = {
  server: TestServer;
  browser: Browser;
  projector: Page;
  phones: Page[];
  /** Moves the projector to the slide holding this exercise and waits until every phone shows it. */
  showExercise(exerciseId: string, phoneSelector: string): Promise<void>;
  /** The exercise's element on the current slide of the projector. */
  screen(tag: string): ReturnType<Page['locator']>;
  /** Switches the projector's theme as the trainer does (the D key) and waits until it is on. */
  setTheme(theme: 'light' | 'dark'): Promise<void>;
  /** Saves a PNG under tests/e2e/screenshots/ (for a person to look at). */
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
};

/**
 * `askNames: false` for a deck whose join block says `namen: nee`: the phones get no name step.
 * `nicknames`: what each phone types as its name, in joining order (default "Deelnemer 1", …).
 */
export async function startLiveFlow(options: {
  deck: string;
  phones: number;
  theme?: 'light' | 'dark';
  askNames?: boolean;
  nicknames?: readonly string[];
  /** `dist` for a deck of the real build (decks/); the fixture decks by default. */
  build?: 'dist' | 'dist-fixtures';
}): Promise<LiveFlow> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startBuiltServer(options.build);
  const browser = await launchChromium();
  const trainer = await trainerContext(browser, server.trainerUrl);
  const projector = await trainer.newPage();
  const theme = options.theme ? `&theme=${options.theme}` : '';
  await projector.goto(`${server.origin}/deck?deck=${options.deck}${theme}`);
  await projector.waitForSelector('html[data-live="ready"]');
  const code = await projector.evaluate(async () => {
    const stored = Object.keys(localStorage).find((key) => key.startsWith('mentorwijs:room:'));
    return stored ? (JSON.parse(localStorage.getItem(stored)!) as { code: string }).code : null;
  });
  if (!code) throw new Error('the trainer page made no room');
  const phones: Page[] = [];
  for (let i = 0; i < options.phones; i++) {
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const phone = await context.newPage();
    await phone.goto(`${server.joinUrl}?code=${code}`);
    if (options.askNames !== false) {
      await phone.getByLabel('Je naam of bijnaam').fill(options.nicknames?.[i] ?? `Deelnemer ${i + 1}`);
      await phone.getByRole('button', { name: 'Verder' }).click();
    }
    await phone.locator('header .link.up').waitFor();
    phones.push(phone);
  }

  return {
    server,
    browser,
    projector,
    phones,
    async showExercise(exerciseId, phoneSelector) {
      const index = await projector.evaluate(
        // The exercise's slide, or the stack it tops (a slide below it, like a join card for latecomers).
        (id) => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.getAttribute('data-exercise') === id || s.firstElementChild?.getAttribute('data-exercise') === id),
        exerciseId,
      );
      if (index < 0) throw new Error(`no slide holds exercise "${exerciseId}"`);
      await goToSlide(projector, index);
      for (const phone of phones) await phone.locator(phoneSelector).waitFor();
    },
    screen: (tag) => projector.locator(`section.present ${tag}`),
    async setTheme(theme) {
      const current = await projector.evaluate(() => document.documentElement.dataset.theme);
      if (current !== theme) await projector.keyboard.press('d');
      await projector.locator(`html[data-theme="${theme}"]`).waitFor();
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
