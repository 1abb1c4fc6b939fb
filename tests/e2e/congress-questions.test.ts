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
  flow = await startLiveFlow({ deck: 'disseminatie', phones: 4, askNames: false, build: 'dist' });
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

test('a full top ten stays readable on the projector, with the rest counted below it and the buttons on the slide', async () => {
  // Nine more questions (the deck allows three per phone): eleven open, one being answered.
  const more = [
    [0, 'Is er een online variant?'], [0, 'Hoe lang duurt één bijeenkomst?'],
    [1, 'Kan een jobcoach meedoen?'], [1, 'Wat als een leidinggevende uitvalt?'],
    [2, 'Hoe meet je of het werkt?'], [2, 'Is er een certificaat?'],
    [3, 'Welke regio doet al mee?'], [3, 'Wie betaalt de trainers?'], [3, 'Past het bij kleine bedrijven?'],
  ] as const;
  for (const [i, text] of more) {
    await phoneView(i).getByLabel('Jouw vraag').fill(text);
    await phoneView(i).getByRole('button', { name: 'Stuur je vraag' }).click();
    await phoneView(i).locator('.own li', { hasText: text }).waitFor();
  }
  await screen().locator('.counts[data-waiting="9"]').waitFor();
  await moderation.getByRole('button', { name: 'Toon alles' }).click();
  await screen().locator('.counts[data-approved="12"][data-waiting="0"]').waitFor();
  // Ten on the screen: the one being answered and the nine open ones with the most votes.
  await expect(screen().locator('.top li').count()).resolves.toBe(9);
  await screen().getByText('+ 2 andere vragen').waitFor();

  const slide = (await flow.projector.locator('section.present[data-exercise]').boundingBox())!;
  const stage = (await screen().locator('.stage').boundingBox())!;
  const tenth = (await screen().locator('.top li').nth(8).boundingBox())!;
  const more10 = (await screen().locator('.more').boundingBox())!;
  const buttons = (await screen().getByRole('button', { name: 'Vergrendel' }).boundingBox())!;
  expect(tenth.y + tenth.height).toBeLessThanOrEqual(stage.y + stage.height);
  expect(more10.y + more10.height).toBeLessThanOrEqual(stage.y + stage.height);
  expect(buttons.y + buttons.height).toBeLessThanOrEqual(slide.y + slide.height);
  // Readable from the back of a hall: the list's questions at 26 px of the 720 px slide, not shrunk to fit.
  const fontSize = await screen().locator('.top li .text').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  const zoom = await screen().evaluate((element) => Number(getComputedStyle(element).zoom || 1));
  expect(fontSize * zoom).toBeGreaterThanOrEqual(26);
  await flow.screenshot(flow.projector, 'disseminatie-vragen-projector-ten');
});

