import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const SHARED = 'Ik vraag mijn nieuwe collega elke vrijdag hoe de week ging';
const UNSHARED = ['Ik oefen het gesprek over zijn ziekteverzuim', 'Ik stop met overnemen als het druk wordt'];
const TASKS = [SHARED, ...UNSHARED];

describe('transfer task in real Chromium', () => {
  let flow: LiveFlow;
  let moderation: Page;

  const screen = () => flow.screen('mw-opdracht-screen');
  const phoneView = (i: number) => flow.phones[i].locator('mw-opdracht-phone');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'opdracht', phones: 3 });
    await flow.showExercise('transfer', 'mw-opdracht-phone');
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('each phone reminds not to name anyone and keeps a task private unless its writer ticks the box', async () => {
    const phone = flow.phones[0];
    await phone.getByText('Noem geen namen of diagnoses van medewerkers.').waitFor();
    await expect(phone.getByLabel('Deel mijn opdracht met de trainer').isChecked()).resolves.toBe(false);
    await expect(phone.getByRole('button', { name: 'Bewaar' }).isDisabled()).resolves.toBe(true);
    expect(await seriousA11yViolations(phone)).toEqual([]);
  });

  test('three phones write, one shares; each sees its own task back, the projector only the counts', async () => {
    for (const [i, phone] of flow.phones.entries()) {
      await phone.getByLabel('Jouw opdracht').fill(TASKS[i]);
      if (i === 0) await phone.getByLabel('Deel mijn opdracht met de trainer').check();
      await phone.getByRole('button', { name: 'Bewaar' }).click();
      await phone.getByText('Je opdracht is bewaard').waitFor();
      await expect(phoneView(i).locator('.own-text').textContent()).resolves.toBe(TASKS[i]);
    }
    await phoneView(1).getByText('Alleen jij ziet deze opdracht.').waitFor();
    await phoneView(0).getByText('Gedeeld met de trainer.').waitFor();
    await screen().locator('.shown-count[data-written="3"][data-shared="1"][data-shown="0"]').waitFor();
    await expect(screen().locator('.written').textContent()).resolves.toBe('3 deelnemers schreven een opdracht');
    await expect(screen().locator('.shared').textContent()).resolves.toBe('1 gedeeld');
    await expect(screen().locator('.card').count()).resolves.toBe(0);
    await flow.screenshot(flow.phones[1], 'phone-opdracht-saved');
    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
  });

  test('the moderation window lists the shared task only; the trainer shows it on the projector', async () => {
    [moderation] = await Promise.all([
      flow.projector.context().waitForEvent('page'),
      screen().getByRole('button', { name: 'Modereren' }).click(),
    ]);
    await moderation.waitForURL(/\/moderate\?deck=opdracht$/);
    await moderation.locator('.summary[data-total="1"]').waitFor();
    await expect(moderation.locator('mw-moderation-app li .text').allTextContents()).resolves.toEqual([SHARED]);
    await moderation.locator('mw-moderation-app li', { hasText: 'Deelnemer 1' }).getByRole('button', { name: 'Toon' }).click();

    await screen().locator('.shown-count[data-shown="1"]').waitFor();
    await expect(screen().locator('.card').allTextContents()).resolves.toEqual([SHARED]);
    await flow.phones[0].getByText('De trainer toont je opdracht op het scherm.').waitFor();
    await flow.screenshot(flow.projector, 'projector-opdracht');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });

  test('the unshared tasks appear nowhere but on their writers\' phones, also after the reveal', async () => {
    await screen().getByRole('button', { name: 'Toon op telefoons' }).click();
    for (const i of flow.phones.keys()) await phoneView(i).getByText('3 deelnemers schreven een opdracht, 1 gedeeld.').waitFor();
    // getByText looks into the components' shadow roots too.
    for (const text of UNSHARED) {
      for (const page of [flow.projector, moderation]) await expect(page.getByText(text).count()).resolves.toBe(0);
    }
    for (const [i, phone] of flow.phones.entries()) {
      for (const [n, text] of UNSHARED.entries()) {
        await expect(phone.getByText(text).count(), `phone ${i}: ${text}`).resolves.toBe(i === n + 1 ? 1 : 0);
      }
    }
    await flow.screenshot(flow.phones[0], 'phone-opdracht-revealed');
  });
});
