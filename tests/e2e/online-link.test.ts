/**
 * The link for online participants on every trainer screen (issue 14 item 2, decision 0095): the
 * join card folds it away until the trainer opens it (by keyboard too), and the start page and the
 * moderation window show it for the open room; Kopieer puts exactly that link on the clipboard.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

/** Presses Kopieer in this link and returns what landed on the clipboard. */
async function copyFrom(page: Page, link: Locator): Promise<string> {
  await link.getByRole('button', { name: 'Kopieer' }).click();
  await link.getByRole('status').getByText('Gekopieerd.').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the online link in real Chromium', () => {
  let flow: LiveFlow;
  /** The QR code's link with `&online`: what each screen must show and copy. */
  let expected = '';
  const card = () => flow.projector.locator('section.present mw-join-card');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'basis', phones: 1 });
    await flow.projector.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: flow.server.origin });
    await goToSlide(flow.projector, 1);
    expected = `${await card().locator('.qr').getAttribute('data-url')}&online`;
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('the join card keeps the link folded, and the keyboard opens it and copies it', async () => {
    const details = card().locator('details.online');
    await expect(details.getAttribute('open')).resolves.toBeNull();
    await expect(card().getByLabel('Link voor online deelnemers').isVisible()).resolves.toBe(false);
    await flow.screenshot(flow.projector, 'projector-join-card-online-folded');

    const summary = card().getByText('Online deelnemers?');
    await summary.focus();
    await flow.projector.keyboard.press('Enter');
    await expect.poll(() => details.getAttribute('open')).toBe('');
    await expect(card().getByLabel('Link voor online deelnemers').inputValue()).resolves.toBe(expected);
    // Tab reaches the link's text, then Kopieer; Enter presses it.
    await flow.projector.keyboard.press('Tab');
    await flow.projector.keyboard.press('Tab');
    await flow.projector.keyboard.press('Enter');
    await card().getByRole('status').getByText('Gekopieerd.').waitFor();
    await expect(flow.projector.evaluate(() => navigator.clipboard.readText())).resolves.toBe(expected);
    await flow.screenshot(flow.projector, 'projector-join-card-online-open');
  });

  test('the start page shows the open room\'s online link, and Kopieer copies it', async () => {
    const home = await flow.projector.context().newPage();
    home.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await home.setViewportSize({ width: 1280, height: 720 });
    await home.goto(`${flow.server.origin}/`);
    const link = home.locator('mw-deck-index li[data-deck="basis"] mw-online-link');
    await expect(link.getByLabel('Link voor online deelnemers').inputValue()).resolves.toBe(expected);
    // A deck without a room of this browser has no link to show.
    await expect(home.locator('mw-deck-index li[data-deck="open"] mw-online-link').count()).resolves.toBe(0);
    await expect(copyFrom(home, link)).resolves.toBe(expected);
    await home.locator('mw-deck-index li[data-deck="basis"]').scrollIntoViewIfNeeded();
    await flow.screenshot(home, 'home-online-link');
    await home.close();
  });

  test('the moderation window shows it beside the in-de-zaal/online counts, and Kopieer copies it', async () => {
    await flow.projector.evaluate(() => navigator.clipboard.writeText(''));
    const moderation = await flow.projector.context().newPage();
    moderation.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await moderation.setViewportSize({ width: 1280, height: 720 });
    await moderation.goto(`${flow.server.origin}/moderate?deck=basis`);
    const list = moderation.locator('mw-participant-list');
    await list.locator('p.where[data-in-room="1"]').waitFor();
    const link = list.locator('mw-online-link');
    await expect(link.getByLabel('Link voor online deelnemers').inputValue()).resolves.toBe(expected);
    await expect(copyFrom(moderation, link)).resolves.toBe(expected);
    await list.locator('h2').scrollIntoViewIfNeeded();
    await flow.screenshot(moderation, 'moderation-online-link');
    await moderation.close();
  });
});
