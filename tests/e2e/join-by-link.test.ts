/** Wrong codes typed on the venue wifi block typed codes for a while, never a phone that scans the QR code. */
import { describe, expect, test } from 'vitest';
import { ApiError, joinRoom } from '../../src/sync/room-api.ts';
import { ACTION_TIMEOUT_MS, launchChromium, PHONE, trainerContext } from '../support/browser.ts';
import { startBuiltServer } from '../support/test-server.ts';

describe('joining by the link in real Chromium', () => {
  test('while wrong typed codes block the address, a phone that opens the QR link gets in and a typed code waits', async () => {
    // Five wrong guesses block this address (the test, the projector and the phones share it) for the whole test.
    const server = await startBuiltServer('dist-fixtures', { limits: { failedJoinBurst: 5, failedJoinsPerSecond: 0.001 } });
    const browser = await launchChromium();
    try {
      const projector = await (await trainerContext(browser, server.trainerUrl)).newPage();
      projector.setDefaultTimeout(ACTION_TIMEOUT_MS);
      await projector.goto(`${server.origin}/deck?deck=basis#/1`);
      await projector.waitForSelector('html[data-live="ready"]');
      const card = projector.locator('mw-join-card');
      const code = await card.locator('.code').getAttribute('data-code');
      const link = await card.locator('.qr').getAttribute('data-url');
      expect(link).toMatch(new RegExp(`^${server.joinUrl}\\?code=${code}&k=[\\w-]{12}$`));
      // The shown address stays short: the key is only in the QR code.
      await expect(card.locator('.url').textContent()).resolves.toBe(server.joinUrl.replace('http://', ''));

      for (let i = 0; i < 6; i++) await joinRoom(server.origin, 'AAAAAA').catch((error: unknown) => error);
      await expect(joinRoom(server.origin, code!)).rejects.toEqual(new ApiError(429, 'te veel pogingen, wacht even'));

      const scanned = await (await browser.newContext(PHONE)).newPage();
      scanned.setDefaultTimeout(ACTION_TIMEOUT_MS);
      await scanned.goto(link!);
      await scanned.getByLabel('Je naam of bijnaam').fill('Ayla');
      await scanned.getByRole('button', { name: 'Verder' }).click();
      await scanned.locator('header .link.up').waitFor();

      const typed = await (await browser.newContext(PHONE)).newPage();
      typed.setDefaultTimeout(ACTION_TIMEOUT_MS);
      await typed.goto(server.joinUrl);
      await typed.getByLabel('Code van het scherm').fill(code!);
      await typed.getByRole('button', { name: 'Meedoen' }).click();
      // A typed code is still held back; the phone says so and keeps trying by itself.
      await typed.getByText('Te veel aanmeldingen tegelijk. Je telefoon probeert het zo vanzelf opnieuw').waitFor();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
