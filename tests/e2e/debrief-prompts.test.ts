import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

describe('debrief prompts in the speaker view, in real Chromium', () => {
  let flow: LiveFlow;
  let speaker: Page;
  const marked = () => speaker.locator('.speaker-controls-notes li[data-applies="true"]');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 3 });
    await flow.showExercise('banenafspraak', 'mw-choice-phone');
    [speaker] = await Promise.all([flow.projector.waitForEvent('popup'), flow.projector.keyboard.press('s')]);
    await speaker.locator('.speaker-controls-notes .mw-debrief').waitFor();
  });

  afterAll(async () => flow?.close());

  test('marks no prompt before anyone answered', async () => {
    await expect(speaker.locator('.speaker-controls-notes li[data-rule]').count()).resolves.toBe(3);
    await expect(marked().count()).resolves.toBe(0);
  });

  test('marks the prompt that applies to the answers as they come in, and moves the mark when they change', async () => {
    const [first, second, third] = flow.phones;
    await first.locator('mw-choice-phone button[data-option="b"]').click();
    await second.locator('mw-choice-phone button[data-option="b"]').click();
    await third.locator('mw-choice-phone button[data-option="c"]').click();
    await speaker.locator('li[data-rule="0"][data-applies="true"]').waitFor();
    await expect(marked().textContent()).resolves.toContain('Vraag wie B koos');
    await flow.screenshot(speaker, 'speaker-debrief');

    await first.locator('mw-choice-phone button[data-option="c"]').click();
    await second.locator('mw-choice-phone button[data-option="c"]').click();
    await speaker.locator('li[data-rule="1"][data-applies="true"]').waitFor();
    await expect(marked().count()).resolves.toBe(1);
    await expect(marked().textContent()).resolves.toContain('de groep weet het');
  });
});
