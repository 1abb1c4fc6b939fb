import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const HOSTILE = `<img src=x onerror="document.title='pwned'">`;
const ANSWERS = ['Geduld en een vaste collega', 'Duidelijke uitleg en veel geduld', HOSTILE];

describe('open question in real Chromium', () => {
  let flow: LiveFlow;
  let moderation: Page;

  const screen = () => flow.screen('mw-open-screen');
  const row = (name: string) => moderation.locator('mw-moderation-app li', { hasText: name });

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'open', phones: 3 });
    await flow.showExercise('nodig', 'mw-open-phone');
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('phones send text; the projector shows none of it until the trainer moderates', async () => {
    for (const [i, phone] of flow.phones.entries()) {
      // Managers write about their staff: every text box reminds them not to name anyone.
      await phone.getByText('Noem geen namen of diagnoses van medewerkers.').waitFor();
      await phone.getByLabel('Jouw antwoord').fill(ANSWERS[i]);
      await phone.getByRole('button', { name: 'Verstuur' }).click();
      await phone.getByText('Antwoord ontvangen.').waitFor();
    }
    await screen().locator('.shown-count[data-total="3"][data-shown="0"]').waitFor();
    await expect(screen().locator('.card').count()).resolves.toBe(0);
    await expect(screen().locator('.shown-count').textContent()).resolves.toBe('3 antwoorden, 0 getoond');
    await flow.phones[0].getByText('Je antwoord staat niet op het scherm').waitFor();
  });

  test('the moderation window lists the incoming answers with names, as text only', async () => {
    [moderation] = await Promise.all([
      flow.projector.context().waitForEvent('page'),
      screen().getByRole('button', { name: 'Modereren' }).click(),
    ]);
    await moderation.waitForURL(/\/moderate\?deck=open$/);
    await moderation.locator('.summary[data-total="3"]').waitFor();
    for (const [i, text] of ANSWERS.entries()) {
      await expect(row(`Deelnemer ${i + 1}`).locator('.text').textContent()).resolves.toBe(text);
    }
    await expect(moderation.locator('mw-moderation-app img').count()).resolves.toBe(0);
    expect(await seriousA11yViolations(moderation)).toEqual([]);
  });

  test('the trainer shows two answers: the projector shows exactly those, and a word cloud without stop words', async () => {
    const typing = flow.phones[2].getByLabel('Jouw antwoord');
    await typing.fill('Nog aan het typen');
    await row('Deelnemer 2').getByRole('button', { name: 'Toon' }).click();
    await row('Deelnemer 1').getByRole('button', { name: 'Toon' }).click();
    await moderation.locator('.summary[data-shown="2"]').waitFor();
    await moderation.getByText('3 antwoorden, 2 getoond').waitFor();
    await flow.screenshot(moderation, 'moderation-window');

    await screen().locator('.shown-count[data-shown="2"]').waitFor();
    await expect(screen().locator('.card').allTextContents()).resolves.toEqual([ANSWERS[1], ANSWERS[0]]);
    await expect(screen().locator('.shown-count').textContent()).resolves.toBe('3 antwoorden, 2 getoond');
    await flow.screenshot(flow.projector, 'projector-open-cards');

    await screen().getByRole('button', { name: 'Woordwolk' }).click();
    const words = await screen().locator('.cloud li').evaluateAll((items) => items.map((li) => [li.textContent, li.getAttribute('data-count')]));
    expect(Object.fromEntries(words)).toEqual({ geduld: '2', vaste: '1', collega: '1', duidelijke: '1', uitleg: '1' });
    await flow.screenshot(flow.projector, 'projector-open-cloud');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    await flow.phones[0].getByText('Je antwoord staat op het scherm.').waitFor();
    await expect(typing.inputValue()).resolves.toBe('Nog aan het typen');
    await typing.fill(ANSWERS[2]);
    await flow.phones[2].getByText('Je mag het nog aanpassen.').waitFor();
  });

  test('after the reveal each phone sees the shown answers and the cloud, and whether its own is among them', async () => {
    await screen().getByRole('button', { name: 'Toon op telefoons' }).click();
    for (const phone of flow.phones) {
      await phone.locator('mw-open-phone .shown li').nth(1).waitFor();
      await expect(phone.locator('mw-open-phone .shown li').allTextContents()).resolves.toEqual([ANSWERS[1], ANSWERS[0]]);
      await expect(phone.locator('mw-open-phone .cloud li[data-word="geduld"]').count()).resolves.toBe(1);
    }
    await flow.phones[0].getByText('Je antwoord staat op het scherm.').waitFor();
    await flow.phones[2].getByText('Je antwoord staat niet op het scherm').waitFor();
    await expect(flow.phones[2].getByRole('button', { name: 'Verstuur' }).count()).resolves.toBe(0);
    await flow.screenshot(flow.phones[0], 'phone-open-revealed');
    expect(await seriousA11yViolations(flow.phones[0])).toEqual([]);
  });

  test('markup in an answer stays text on the projector and on the phones', async () => {
    await row('Deelnemer 3').getByRole('button', { name: 'Toon' }).click();
    await screen().getByRole('button', { name: 'Kaarten' }).click();
    await screen().locator('.card', { hasText: 'onerror' }).waitFor();
    await expect(screen().locator('.card', { hasText: 'onerror' }).textContent()).resolves.toBe(HOSTILE);
    await expect(screen().locator('img').count()).resolves.toBe(0);
    await flow.phones[0].locator('mw-open-phone .shown li', { hasText: 'onerror' }).waitFor();
    await expect(flow.phones[0].locator('mw-open-phone img').count()).resolves.toBe(0);
    for (const page of [flow.projector, moderation, ...flow.phones]) expect(await page.title()).not.toBe('pwned');
  });

  test('the dark projector keeps the cards readable', async () => {
    await flow.setTheme('dark');
    await flow.screenshot(flow.projector, 'projector-open-dark');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });
});
