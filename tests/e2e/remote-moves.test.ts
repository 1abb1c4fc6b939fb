/**
 * The remote (decision 0086) presses a kind's own buttons, in real Chromium: the style quiz's
 * "Volgende situatie", "Vorige" and "Overzicht" and the role-play's "Neem meerderheid" and "Stap
 * terug" pressed on the trainer's phone move the projector and the participants' phones; and the
 * remote page at 390×844 has no serious or critical axe violation, on a slide with notes, on an
 * exercise with its moves, and when it no longer works.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const QUIZ = 'stijlen-basis';

/** The trainer shows the remote's code in the moderation window; a phone without any cookie opens its link. */
async function openRemote(flow: LiveFlow, deck: string): Promise<{ moderation: Page; remote: Page }> {
  const moderation = await flow.projector.context().newPage();
  await moderation.goto(`${flow.server.origin}/moderate?deck=${deck}`);
  await moderation.getByText('Telefoon als afstandsbediening').click();
  await moderation.getByRole('button', { name: 'Toon code voor mijn telefoon' }).click();
  const link = (await moderation.locator('mw-remote-links code.link').textContent())!;
  const context = await flow.browser.newContext(PHONE);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const remote = await context.newPage();
  await remote.goto(link);
  return { moderation, remote };
}

/** A kind's own button on the remote, by its name on the screen (`data-move`). */
const moveOn = (remote: Page, name: string, state = '') => remote.locator(`mw-remote-app .moves button[data-move="${name}"]${state}`);

describe('the remote presses a kind\'s own moves', () => {
  let flow: LiveFlow;
  let moderation: Page;
  let remote: Page;
  const app = () => remote.locator('mw-remote-app');
  const move = (name: string) => moveOn(remote, name);

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'stijlquiz', phones: 1 });
    ({ moderation, remote } = await openRemote(flow, 'stijlquiz'));
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

describe('the remote in a role-play', () => {
  let flow: LiveFlow | undefined;
  afterAll(async () => {
    await flow?.close();
  });

  test('"Neem meerderheid" is pressable on the phone once the room has a majority, and takes the step on the projector; "Stap terug" undoes it', async () => {
    flow = await startLiveFlow({ deck: 'rollenspel', phones: 2 });
    const { remote } = await openRemote(flow, 'rollenspel');
    await flow.showExercise('perk', 'mw-roleplay-phone button[data-choice="start/a"]');
    const screen = flow.screen('mw-roleplay-screen');
    await moveOn(remote, 'meerderheid', '[disabled]').waitFor();
    await moveOn(remote, 'terug', '[disabled]').waitFor();

    for (const phone of flow.phones) {
      await phone.locator('mw-roleplay-phone button[data-choice="start/b"]').click();
      await phone.getByText('Stem ontvangen').waitFor();
    }
    await screen.locator('.answered[data-answered="2"]').waitFor();
    await moveOn(remote, 'meerderheid', ':not([disabled])').click();
    await screen.locator('.previous[data-previous="start/b"]').waitFor();
    for (const phone of flow.phones) await phone.locator('mw-roleplay-phone .previous', { hasText: 'Sanne kijkt mee en pakt zelf de schoffel.' }).waitFor();
    // The remote shows the screen's buttons as they are now: no votes in the new step, one step to go back.
    await moveOn(remote, 'meerderheid', '[disabled]').waitFor();
    await moveOn(remote, 'terug', ':not([disabled])').waitFor();
    expect(await seriousA11yViolations(remote)).toEqual([]);
    await flow.screenshot(remote, 'phone-remote-roleplay');

    await moveOn(remote, 'terug', ':not([disabled])').click();
    await flow.phones[0].locator('mw-roleplay-phone button[data-choice="start/a"]').waitFor();
    await screen.locator('.previous').waitFor({ state: 'detached' });
  });
});
