/** Debian's Chromium driven by playwright-core, with the flags this workplace needs. */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const PROJECTOR = { viewport: { width: 1280, height: 720 } };

/** Short enough that a missing element fails with its locator before the test's own timeout. */
export const ACTION_TIMEOUT_MS = 8_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A context that is the trainer's: it opened the printed Trainer: URL once, as a trainer does, and has the cookie. */
export async function trainerContext(browser: Browser, trainerUrl: string, options: typeof PROJECTOR = PROJECTOR): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  await page.goto(trainerUrl);
  await page.close();
  return context;
}
