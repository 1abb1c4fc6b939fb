/**
 * The remote (decision 0086) presses a kind's own buttons, in real Chromium: the style quiz's
 * "Volgende situatie", "Vorige" and "Overzicht" pressed on the trainer's phone move the projector
 * and the participants' phones; and the remote page at 390×844 has no serious or critical axe
 * violation, on a slide with notes, on an exercise with its moves, and when it no longer works.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const QUIZ = 'stijlen-basis';

describe('the remote presses a kind\'s own moves', () => {
  let flow: LiveFlow;
  let moderation: Page;
  let remote: Page;
  const app = () => remote.locator('mw-remote-app');
  const move = (name: string) => app().locator(`.moves button[data-move="${name}"]`);

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'stijlquiz', phones: 1 });
    moderation = await flow.projector.context().newPage();
    await moderation.goto(`${flow.server.origin}/moderate?deck=stijlquiz`);
    await moderation.getByText('Telefoon als afstandsbediening').click();
    await moderation.getByRole('button', { name: 'Toon code voor mijn telefoon' }).click();
    const link = (await moderation.locator('mw-remote-links code.link').textContent())!;
    const context = await flow.browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    remote = await context.newPage();
    await remote.goto(link);
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('a slide with notes on the remote has no serious accessibility violation', async () => {
    await app().locator('.title', { hasText: 'Sessie 4' }).waitFor();
    await app().locator('.note').first().waitFor();
    expect(await seriousA11yViolations(remote)).toEqual([]);
  });

  test('"Volgende situatie", "Vorige" and "Overzicht" on the phone move the projector and the participants', async () => {
    await flow.showExercise(QUIZ, 'mw-stylequiz-phone .situation');
    const screen = flow.screen('mw-stylequiz-screen');
    const participant = flow.phones[0].locator('mw-stylequiz-phone');
    await screen.locator('.where', { hasText: 'Situatie 1 van 3' }).waitFor();
    // The kind's own buttons reach the remote as the screen shows them: "Vorige" cannot be pressed yet.
    await move('next').filter({ hasText: 'Volgende situatie' }).waitFor();
    await app().locator('.moves button[data-move="previous"][disabled]').waitFor();
    expect(await seriousA11yViolations(remote)).toEqual([]);
    await flow.screenshot(remote, 'phone-remote-stylequiz');

    await participant.locator('button[data-style="instrueren"]').click();
    await screen.locator('.answered[data-answered="1"]').waitFor();
    await app().locator('button[data-command="reveal"]').click();
    await screen.locator('li.fitting[data-style="instrueren"]').waitFor();

    await move('next').click();
    await screen.locator('.where', { hasText: 'Situatie 2 van 3' }).waitFor();
    await participant.locator('.where', { hasText: 'Situatie 2 van 3' }).waitFor();
    await app().locator('.moves button[data-move="previous"]:not([disabled])').waitFor();

    await move('previous').click();
    await screen.locator('.where', { hasText: 'Situatie 1 van 3' }).waitFor();
    await move('next').click();
    await screen.locator('.where', { hasText: 'Situatie 2 van 3' }).waitFor();
    await move('next').click();
    await screen.locator('.where', { hasText: 'Situatie 3 van 3' }).waitFor();
    // On the last situation the screen has no "Volgende situatie", and neither has the remote.
    await move('next').waitFor({ state: 'detached' });
    await move('summary').waitFor();

    await move('summary').click();
    await screen.locator('.where', { hasText: 'Overzicht van 3 situaties' }).waitFor();
    await move('previous').filter({ hasText: 'Terug naar situatie' }).waitFor();
  });

  test('a revoked remote says so, without serious accessibility violations', async () => {
    await moderation.locator('mw-remote-links button.revoke').click();
    await app().getByText('De trainer heeft deze afstandsbediening ingetrokken.').waitFor();
    expect(await seriousA11yViolations(remote)).toEqual([]);
  });
});
