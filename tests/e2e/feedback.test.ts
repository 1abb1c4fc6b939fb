import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const REWRITES = ['Ik zag drie dozen zonder etiket. Wil je eerst het etiket plakken?', 'Wil je voortaan de etiketten controleren?'];

describe('feedback drill in real Chromium', () => {
  let flow: LiveFlow;
  let moderation: Page;

  const screen = () => flow.screen('mw-feedback-screen');
  const phoneView = (i: number) => flow.phones[i].locator('mw-feedback-phone');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'feedback', phones: 3 });
    await flow.showExercise('altijd-slordig', 'mw-feedback-phone');
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('phones tick criteria (none is an answer too) and write rewrites; the projector counts the ticks', async () => {
    await phoneView(0).getByText('Vink aan en verstuur.').waitFor();
    const picks = [['e'], ['a', 'e'], []];
    for (const [i, ticks] of picks.entries()) {
      for (const id of ticks) await phoneView(i).locator(`button[data-criterion="${id}"]`).click();
      await phoneView(i).getByText('Noem geen namen of diagnoses van medewerkers.').waitFor();
      if (REWRITES[i]) await phoneView(i).getByLabel('Jouw betere versie').fill(REWRITES[i]);
      await phoneView(i).getByRole('button', { name: 'Verstuur' }).click();
      await phoneView(i).getByText('Antwoord ontvangen.').waitFor();
    }
    await expect(phoneView(1).locator('button[data-criterion="a"]').getAttribute('aria-pressed')).resolves.toBe('true');
    await screen().locator('.answered[data-answered="3"]').waitFor();
    await expect(screen().locator('li[data-criterion="e"] .count').getAttribute('data-count')).resolves.toBe('2');
    await expect(screen().locator('li[data-criterion="a"] .count').getAttribute('data-count')).resolves.toBe('1');
    await expect(screen().locator('li[data-criterion="b"] .count').getAttribute('data-count')).resolves.toBe('0');
    await expect(screen().locator('.mark').count()).resolves.toBe(0);
    await flow.screenshot(flow.projector, 'projector-feedback-open');
    await flow.screenshot(flow.phones[1], 'phone-feedback-open');
    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
  });

  test('the trainer shows one rewrite from the moderation window; the projector shows only that one', async () => {
    [moderation] = await Promise.all([
      flow.projector.context().waitForEvent('page'),
      screen().getByRole('button', { name: 'Modereren' }).click(),
    ]);
    await moderation.locator('.summary[data-total="2"][data-shown="0"]').waitFor();
    await expect(moderation.locator('li .text').allTextContents()).resolves.toEqual(REWRITES);
    await moderation.locator('li', { hasText: 'Deelnemer 2' }).getByRole('button', { name: 'Toon' }).click();
    await moderation.locator('.summary[data-shown="1"]').waitFor();
    expect(await seriousA11yViolations(moderation)).toEqual([]);
    await flow.screenshot(moderation, 'moderation-window-feedback');

    await screen().getByRole('button', { name: 'Herschrijvingen' }).click();
    await screen().locator('.card').first().waitFor();
    await expect(screen().locator('.card').allTextContents()).resolves.toEqual([REWRITES[1]]);
    await expect(screen().locator('.shown-count').textContent()).resolves.toBe('2 herschrijvingen, 1 getoond');
    await flow.screenshot(flow.projector, 'projector-feedback-rewrites');
  });

  test('the reveal sets the room\'s ticks beside the verdict, with the explanation and the better version', async () => {
    await screen().getByRole('button', { name: 'Criteria' }).click();
    await screen().getByRole('button', { name: 'Toon oordeel' }).click();
    await screen().locator('.mark').first().waitFor();
    await expect(screen().locator('li[data-criterion="e"] .mark').textContent()).resolves.toBe('✓ voldoet');
    await expect(screen().locator('li[data-criterion="a"] .mark').textContent()).resolves.toBe('✗ ontbreekt');
    await expect(screen().locator('li[data-criterion="e"] .count').textContent()).resolves.toBe('67%');
    await screen().locator('.better', { hasText: 'drie dozen zonder etiket op de pallet' }).waitFor();
    await screen().locator('.explanation', { hasText: 'veralgemening' }).waitFor();
    await flow.screenshot(flow.projector, 'projector-feedback-revealed');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);

    await phoneView(0).getByText('Goed gezien! Jouw vinkjes kloppen precies.').waitFor();
    await phoneView(1).getByText('Niet helemaal').waitFor();
    await phoneView(2).getByText('Niet helemaal').waitFor();
    await expect(phoneView(0).locator('button[data-criterion="e"] .verdict').textContent()).resolves.toBe('voldoet · groep 67%');
    await phoneView(0).locator('.better', { hasText: 'etiket op de pallet' }).waitFor();
    await expect(phoneView(0).locator('.shown li').allTextContents()).resolves.toEqual([REWRITES[1]]);
    await phoneView(1).getByText('Jouw versie is getoond.').waitFor();
    await phoneView(0).getByText('Jouw versie is niet getoond.').waitFor();
    await flow.screenshot(flow.phones[1], 'phone-feedback-revealed');
    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
  });

  test('the moderation window follows the deck to a drill without rewrites and has nothing to moderate there', async () => {
    await flow.showExercise('goed-gedaan', 'mw-feedback-phone');
    await moderation.getByText('Op de dia van nu staat geen open vraag of herschrijfoefening.').waitFor();
    await expect(flow.phones[0].getByLabel('Jouw betere versie').count()).resolves.toBe(0);
    await expect(screen().getByRole('button', { name: 'Modereren' }).count()).resolves.toBe(0);
    await flow.showExercise('altijd-slordig', 'mw-feedback-phone');
    await moderation.locator('.summary[data-total="2"][data-shown="1"]').waitFor();
  });

  test('the dark projector keeps the verdict readable', async () => {
    await flow.setTheme('dark');
    await flow.screenshot(flow.projector, 'projector-feedback-dark');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });
});
