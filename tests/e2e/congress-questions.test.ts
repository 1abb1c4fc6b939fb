/**
 * The congress talk's questions from the hall (decks/disseminatie.md, the real build) in real
 * Chromium: a hall that joined without names asks, the trainer approves, the hall votes and the
 * speaker marks the question being answered; screenshots of the projector (light and dark) and
 * of a phone asking.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const QUESTIONS = [
  'Wat kost de training voor een werkgever?',
  'Wie geeft de train-de-trainer nu?',
  'Werkt het ook voor uitzendkrachten?',
];

let flow: LiveFlow;
let moderation: Page;
const phoneView = (i: number) => flow.phones[i].locator('mw-vragen-phone');
const screen = () => flow.screen('mw-vragen-screen');

beforeAll(async () => {
  flow = await startLiveFlow({ deck: 'disseminatie', phones: 3, askNames: false, build: 'dist' });
  await flow.showExercise('zaal', 'mw-vragen-phone');
});

afterAll(async () => {
  await flow?.close();
});

test('the hall asks, the trainer approves, the hall votes, and the speaker answers the top question', async () => {
  for (const [i, text] of QUESTIONS.entries()) {
    await phoneView(i).getByLabel('Jouw vraag').fill(text);
    await phoneView(i).getByRole('button', { name: 'Stuur je vraag' }).click();
    await phoneView(i).getByText('Je vraag is verstuurd. De trainer zet hem op de lijst.').waitFor();
  }
  await screen().locator('.counts[data-approved="0"][data-waiting="3"]').waitFor();
  [moderation] = await Promise.all([flow.projector.context().waitForEvent('page'), screen().getByRole('button', { name: 'Modereren' }).click()]);
  await moderation.getByRole('button', { name: 'Toon alles' }).click();
  await screen().locator('.counts[data-approved="3"][data-waiting="0"]').waitFor();
  // Phones 1 and 2 vote for the first question, phone 0 for the third.
  for (const [i, text] of [[1, QUESTIONS[0]], [2, QUESTIONS[0]], [0, QUESTIONS[2]]] as const) {
    const vote = phoneView(i).locator('.list li', { hasText: text }).getByRole('button');
    await vote.click();
    await expect(vote.getAttribute('aria-pressed')).resolves.toBe('true');
  }
  await screen().locator('.top li:first-child .votes[data-votes="2"]').waitFor();
  await screen().locator('.top li', { hasText: QUESTIONS[0] }).getByRole('button', { name: 'Beantwoord nu' }).click();
  await screen().locator('.answering', { hasText: QUESTIONS[0] }).getByRole('button', { name: 'Klaar' }).waitFor();
  await phoneView(2).locator('.list li.answering', { hasText: QUESTIONS[0] }).waitFor();

  for (const theme of ['light', 'dark'] as const) {
    await flow.setTheme(theme);
    await screen().locator('.answering', { hasText: QUESTIONS[0] }).waitFor();
    await expect(screen().locator('.top li').count()).resolves.toBe(2);
    await flow.screenshot(flow.projector, `disseminatie-vragen-projector-${theme}`);
  }
  await phoneView(0).getByLabel('Jouw vraag').fill('Is er een online variant?');
  await flow.screenshot(flow.phones[0], 'disseminatie-vragen-phone');
});
