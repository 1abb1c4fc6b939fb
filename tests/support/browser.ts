/** Debian's Chromium driven by playwright-core, with the flags this workplace needs. */
import { chromium, type Browser } from 'playwright-core';

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
