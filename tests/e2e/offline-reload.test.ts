/**
 * A phone that answers while the server is out of reach and then reloads (or has its tab
 * killed) keeps that answer on the device (IndexedDB) and delivers it when it is back.
 */
import { describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE, trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { startCuttableProxy } from '../support/cuttable-proxy.ts';
import { goToSlide } from '../support/slides.ts';

describe('a phone offline across a reload, in real Chromium', () => {
  const running = useBuiltServerAndBrowser();

  test('an answer given offline survives the reload and reaches the trainer when the phone is back', async () => {
    const projector = await (await trainerContext(running.browser, running.server.trainerUrl)).newPage();
    projector.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await projector.goto(`${running.server.origin}/deck?deck=basis#/1`);
    await projector.waitForSelector('html[data-live="ready"]');
    const code = await projector.locator('mw-join-card .code').getAttribute('data-code');

    // The phone reaches the server through a link that can lose the venue wifi.
    const link = await startCuttableProxy(running.server.port);
    const phone = await (await running.browser.newContext(PHONE)).newPage();
    phone.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await phone.goto(`${link.origin}/join?code=${code}`);
    await phone.getByRole('button', { name: 'Verder' }).click();
    const exerciseIndex = await projector.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.hasAttribute('data-exercise')),
    );
    await goToSlide(projector, exerciseIndex);
    await phone.locator('mw-choice-phone button[data-option="b"]').waitFor();

    link.cut({ socketsOnly: true });
    await phone.getByText('geen verbinding').waitFor();
    const storedBefore = await phone.evaluate(storedUpdates);
    await phone.locator('mw-choice-phone button[data-option="b"]').click();
    await phone.locator('mw-choice-phone button.mine[data-option="b"]').waitFor();
    // Reload only once the device has stored the answer (as a tab killed a moment later would).
    await expect.poll(() => phone.evaluate(storedUpdates)).toBeGreaterThan(storedBefore);
    await phone.reload();
    await phone.getByText('geen verbinding').waitFor();
    await expect(projector.locator('.present .answered').getAttribute('data-answered')).resolves.toBe('0');

    link.restore();
    await projector.locator('.present li[data-option="b"] .count[data-count="1"]').waitFor();
    await phone.locator('mw-choice-phone button.mine[data-option="b"]').waitFor();
    await link.close();
  });
});

/** How many Yjs updates the phone holds in IndexedDB for its own document (runs in the page). */
async function storedUpdates(): Promise<number> {
  const [database] = (await indexedDB.databases()).filter((d) => d.name?.startsWith('mentorwijs:'));
  if (!database?.name) return 0;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database.name!);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const count = await new Promise<number>((resolve) => {
    const request = db.transaction('updates').objectStore('updates').count();
    request.onsuccess = () => resolve(request.result);
  });
  db.close();
  return count;
}
