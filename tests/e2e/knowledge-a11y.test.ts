import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

describe('knowledge check and scale on a dark projector, checked with axe-core', () => {
  let flow: LiveFlow;

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 2, theme: 'dark' });
  });

  afterAll(async () => flow?.close());

  test('the dark theme is on, and the projector and phones pass axe for multiple choice', async () => {
    await expect(flow.projector.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await flow.showExercise('banenafspraak', 'mw-choice-phone');
    await flow.phones[0].locator('mw-choice-phone button[data-option="c"]').click();
    await flow.phones[1].locator('mw-choice-phone button[data-option="b"]').click();
    const screen = flow.screen('mw-choice-screen');
    await screen.locator('.answered[data-answered="2"]').waitFor();
    await screen.locator('button[data-action="reveal"]').click();
    await flow.phones[1].getByText('Niet juist.').waitFor();
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
    await flow.screenshot(flow.projector, 'projector-choice-dark');
  });

  test('multi-select, true/false and scale phones pass axe while open', async () => {
    for (const [id, tag] of [
      ['doelgroep-banenafspraak', 'mw-choice-phone'],
      ['lvb-leren-doen', 'mw-choice-phone'],
      ['zelfvertrouwen-start', 'mw-scale-phone'],
    ]) {
      await flow.showExercise(id, tag);
      expect(await seriousA11yViolations(flow.phones[0]), id).toEqual([]);
    }
    await flow.phones[0].locator('mw-scale-phone button[data-value="4"]').click();
    await flow.screen('mw-scale-screen').locator('.answered[data-answered="1"]').waitFor();
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    await flow.screenshot(flow.projector, 'projector-scale-dark');
  });

  test('the D key switches the projector back to the light theme', async () => {
    await flow.projector.keyboard.press('d');
    await expect(flow.projector.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
  });
});
