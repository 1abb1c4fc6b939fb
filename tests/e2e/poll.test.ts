import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

describe('a poll for a hall, without names, in real Chromium', () => {
  let flow: LiveFlow;

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'peiling', phones: 3, askNames: false });
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('phones go straight from the code to the live page, and the projector shows a count but no names', async () => {
    for (const phone of flow.phones) {
      await phone.getByText('Wachten op de trainer').waitFor();
      expect(await phone.getByLabel('Je naam of bijnaam').count()).toBe(0);
    }
    const card = flow.projector.locator('section.present mw-join-card');
    await card.locator('.count[data-online="3"]').waitFor();
    expect(await card.locator('.names').count()).toBe(0);
    await flow.screenshot(flow.projector, 'projector-peiling-join');
  });

  test('a poll shows the distribution and, at "Toon uitslag", no right or wrong anywhere', async () => {
    await flow.showExercise('organisatie', 'mw-choice-phone');
    const screen = flow.screen('mw-choice-screen');
    const picks = ['a', 'b', 'b'];
    for (const [i, phone] of flow.phones.entries()) {
      await phone.locator(`mw-choice-phone button[data-option="${picks[i]}"]`).click();
      await phone.getByText('Antwoord ontvangen').waitFor();
    }
    await screen.locator('li[data-option="b"] .count[data-count="2"]').waitFor();
    await screen.getByRole('button', { name: 'Toon uitslag' }).click();
    await flow.phones[0].getByText('Dank je. De uitslag staat op het scherm.').waitFor();
    expect(await screen.locator('li.correct, li.other').count()).toBe(0);
    expect(await flow.phones[0].locator('button.correct, button.wrong').count()).toBe(0);
    expect(await flow.phones[0].getByText('Niet juist').count()).toBe(0);
    await flow.screenshot(flow.projector, 'projector-peiling');
    await flow.screenshot(flow.phones[1], 'phone-peiling');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
  });

  test('"meerdere: ja" lets a phone tick several options and send them at once', async () => {
    await flow.showExercise('nodig', 'mw-choice-phone');
    const phone = flow.phones[0];
    await phone.getByText('Meerdere antwoorden mogelijk').waitFor();
    await phone.locator('mw-choice-phone button[data-option="a"]').click();
    await phone.locator('mw-choice-phone button[data-option="c"]').click();
    await phone.getByRole('button', { name: 'Verstuur' }).click();
    await phone.getByText('Antwoord ontvangen').waitFor();
    const screen = flow.screen('mw-choice-screen');
    await screen.locator('li[data-option="a"] .count[data-count="1"]').waitFor();
    await screen.locator('li[data-option="c"] .count[data-count="1"]').waitFor();
  });
});
