/**
 * The trainer's phone as remote (decision 0086) in real Chromium: the trainer shows the QR in the
 * moderation window, the phone opens its link and drives the projector through a whole exercise,
 * and a press on the laptop and one on the phone at the same moment both take effect.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

/** The projector's current slide index (horizontal). */
const slideOf = (projector: Page) => projector.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('present')));

describe('the remote in real Chromium', () => {
  let flow: LiveFlow | undefined;
  afterEach(async () => {
    await flow?.close();
    flow = undefined;
  });

  test('the phone drives the deck through an exercise, with notes, prompt and time, and a press on laptop and phone at once both count', async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 2 });
    const { projector, phones, browser } = flow;

    // The trainer asks for the code in the moderation window, on the laptop; no slide shows it.
    const moderation = await projector.context().newPage();
    await moderation.goto(`${flow.server.origin}/moderate?deck=kennis`);
    await moderation.getByText('Telefoon als afstandsbediening').click();
    await moderation.getByRole('button', { name: 'Toon code voor mijn telefoon' }).click();
    const link = (await moderation.locator('mw-remote-links code.link').textContent())!;
    expect(await projector.locator('mw-remote-links').count()).toBe(0);

    // The phone has no trainer cookie: the link alone makes it this room's remote.
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const remote = await context.newPage();
    await remote.goto(link);
    expect(new URL(remote.url()).pathname).toBe('/remote');
    const app = remote.locator('mw-remote-app');
    await app.locator('.title', { hasText: 'Kennismaking' }).waitFor();
    await app.locator('.note', { hasText: 'Stel jezelf (en je medetrainer) kort voor.' }).waitFor();
    // It is no trainer: the trainer's start page stays closed to it.
    expect((await remote.request.get(`${flow.server.origin}/api/info`)).status()).toBe(401);

    // Next, five times, to the exercise: each press moves the projector.
    for (let slide = 1; slide <= 5; slide++) {
      await app.locator('button[data-command="next"]').click();
      await app.locator('.position', { hasText: `Dia ${slide + 1}/` }).waitFor();
      expect(await slideOf(projector)).toBe(slide);
    }
    await app.locator('.title', { hasText: 'Even peilen' }).waitFor();
    await app.locator('.next', { hasText: 'Om wie gaat het?' }).waitFor();
    await app.locator('.time', { hasText: 'Tijd: 7 min' }).waitFor();
    const screen = flow.screen('mw-choice-screen');
    for (const phone of phones) await phone.locator('mw-choice-phone').waitFor();

    // Answers come in; the prompt that applies is on the phone, on top of the notes.
    for (const phone of phones) await phone.locator('mw-choice-phone button[data-option="b"]').click();
    await app.locator('.applies', { hasText: 'Vraag wie B koos' }).waitFor();

    await app.locator('button[data-command="lock"]').click();
    await screen.locator('.status[data-status="locked"]').waitFor();
    await app.locator('section.exercise[data-status="locked"]').waitFor();
    await app.locator('button[data-command="reveal"]').click();
    await screen.locator('.status[data-status="revealed"]').waitFor();
    await phones[0].locator('mw-choice-phone').getByText('125.000').first().waitFor();
    await flow.screenshot(remote, 'phone-remote');
    await app.locator('button[data-command="reset"]').click();
    await screen.locator('.status[data-status="open"]').waitFor();
    await app.locator('button[data-command="open"][disabled]').waitFor();

    // The laptop's arrow key and the phone's Volgende at the same moment: two slides on.
    const before = await slideOf(projector);
    await Promise.all([app.locator('button[data-command="next"]').click(), projector.keyboard.press('ArrowRight')]);
    await projector.waitForFunction((target) => document.querySelectorAll('.reveal .slides > section')[target]?.classList.contains('present'), before + 2);
    await app.locator('.position', { hasText: `Dia ${before + 3}/` }).waitFor();
    expect(await slideOf(projector)).toBe(before + 2);

    // Revoked on the laptop: the phone says so at once and drives nothing more.
    await moderation.locator('mw-remote-links button.revoke').click();
    await app.getByText('De trainer heeft deze afstandsbediening ingetrokken.').waitFor();
    await remote.reload();
    await expect(remote.locator('body').textContent()).resolves.toContain('Dit is de kant van de trainer');
  });
});
