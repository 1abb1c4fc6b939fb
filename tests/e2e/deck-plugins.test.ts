/**
 * The deck's behaviours are Reveal plugins, so destroying the deck (Reveal's own `destroy`, here
 * through its postMessage API) takes them down: the debrief marks stop following the answers,
 * screen requests no longer reach the stage, the store warning and `data-live` are gone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

describe('the deck plugins in real Chromium', () => {
  let flow: LiveFlow;
  /** Which debrief prompts in the deck's own notes are marked (the speaker view shows these notes). */
  const marked = () =>
    flow.projector.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.mw-debrief[data-exercise="banenafspraak"] li[data-rule]')]
        .filter((item) => item.dataset.applies === 'true')
        .map((item) => item.dataset.rule),
    );

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 2 });
    await flow.showExercise('banenafspraak', 'mw-choice-phone');
  });

  afterAll(async () => flow?.close());

  test('mark the debrief prompts while the deck runs', async () => {
    await flow.phones[0].locator('mw-choice-phone button[data-option="b"]').click();
    await flow.projector.locator('.mw-debrief li[data-rule="0"][data-applies="true"]').waitFor({ state: 'attached' });
    expect(await marked()).toEqual(['0']);
    await expect(flow.projector.locator('mw-store-warning').count()).resolves.toBe(1);
  });

  test('stop when Reveal destroys them: answers no longer move the marks, the buttons no longer write', async () => {
    await flow.projector.evaluate(() => window.postMessage(JSON.stringify({ method: 'destroy' }), '*'));
    await flow.projector.locator('html:not([data-live])').waitFor({ state: 'attached' });
    await expect(flow.projector.locator('mw-store-warning').count()).resolves.toBe(0);

    // All answers now right: the live debrief would move the mark from rule 0 to rule 1.
    await flow.phones[0].locator('mw-choice-phone button[data-option="c"]').click();
    await flow.phones[1].locator('mw-choice-phone button[data-option="c"]').click();
    // The screen still follows the room: once it counts both, the debrief would have run too.
    const screen = flow.projector.locator('mw-choice-screen[exercise-id="banenafspraak"]');
    await screen.locator('li[data-option="c"] .count[data-count="2"]').waitFor();
    expect(await marked()).toEqual(['0']);

    const status = await screen.evaluate(async (element: HTMLElement & { updateComplete?: Promise<unknown> }) => {
      element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="lock"]')!.click();
      await element.updateComplete;
      return element.shadowRoot!.querySelector('.status')!.getAttribute('data-status');
    });
    expect(status).toBe('open');
  });
});
