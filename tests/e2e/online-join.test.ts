/**
 * Online join in real Chromium (decision 0089): the trainer copies the link for the video call's
 * chat from the join card, a phone that opens it follows the slides from the start, and the
 * moderation window's participant list says who is in the room and who is online.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

describe('online join in real Chromium', () => {
  let flow: LiveFlow;
  let onlineLink = '';
  let online: Page;
  const card = () => flow.projector.locator('section.present mw-join-card');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'basis', phones: 1 });
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('the trainer copies the online link from the join card: the join link, marked online', async () => {
    await flow.projector.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: flow.server.origin });
    await goToSlide(flow.projector, 1);
    const qrLink = await card().locator('.qr').getAttribute('data-url');
    // Folded away on the projector until the trainer opens it (decision 0095).
    await card().getByText('Online deelnemers?').click();
    await card().getByRole('button', { name: 'Kopieer' }).click();
    await card().getByRole('status').getByText('Gekopieerd.').waitFor();
    onlineLink = await flow.projector.evaluate(() => navigator.clipboard.readText());
    expect(onlineLink).toBe(`${qrLink}&online`);
    await expect(card().getByLabel('Link voor online deelnemers').inputValue()).resolves.toBe(onlineLink);
    await flow.screenshot(flow.projector, 'projector-join-card-online-link');
  });

  test('a phone that opens the online link shows the slide to follow at once, without pressing "Meelezen"', async () => {
    const context = await flow.browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    online = await context.newPage();
    await online.goto(onlineLink);
    await online.getByLabel('Je naam of bijnaam').fill('Noor thuis');
    await online.getByRole('button', { name: 'Verder' }).click();
    await online.locator('header .link.up').waitFor();
    await online.locator('mw-follow-slide[open] #slide').waitFor();
    await expect(online.locator('mw-follow-slide h2').textContent()).resolves.toBe('Dia op het scherm');
    // The phone in the room, joined by the QR code, keeps the closed button.
    await expect(flow.phones[0].locator('mw-follow-slide').count()).resolves.toBe(0);
    await flow.phones[0].getByRole('button', { name: 'Meelezen' }).waitFor();
    await flow.screenshot(online, 'phone-online-join-follows');
  });

  test('a participant who closes the slide keeps it closed after a reload, online link or not', async () => {
    await online.getByRole('button', { name: 'Verbergen' }).click();
    await online.goto(onlineLink);
    await online.locator('header .link.up').waitFor();
    await online.getByRole('button', { name: 'Meelezen' }).waitFor();
    await expect(online.locator('mw-follow-slide').count()).resolves.toBe(0);
  });

  test('the participant list says who is in the room and who is online, with the counts', async () => {
    const moderation = await flow.projector.context().newPage();
    moderation.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await moderation.setViewportSize({ width: 1280, height: 720 });
    await moderation.goto(`${flow.server.origin}/moderate?deck=basis`);
    const list = moderation.locator('mw-participant-list');
    await list.locator('p.where[data-in-room="1"][data-joined-online="1"]').waitFor();
    await expect(list.locator('p.where').textContent()).resolves.toMatch(/^\s*1 in de zaal · 1 online\s*$/);
    const row = (name: string) => list.locator('li', { hasText: name });
    await expect(row('Deelnemer 1').locator('span.where').textContent()).resolves.toBe('in de zaal');
    await expect(row('Noor thuis').locator('span.where').textContent()).resolves.toBe('online');
    await list.locator('h2').scrollIntoViewIfNeeded();
    await flow.screenshot(moderation, 'moderation-participants-online');
  });
});
