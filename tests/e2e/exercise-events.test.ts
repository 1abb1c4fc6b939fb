/**
 * Exercise screens ask, the deck writes: a screen's buttons fire `exercise-action` and
 * `exercise-move` events that leave its slide, and only the deck's stage-sync plugin turns them
 * into stage writes. The room reaches every screen through context, also one added later.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

type Asked = { type: string; detail: unknown; bubbles: boolean; composed: boolean };

describe('exercise screens and the deck in real Chromium', () => {
  let flow: LiveFlow;

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'alle-soorten', phones: 0 });
    // What leaves the slides, as the document sees it.
    await flow.projector.evaluate(() => {
      const asked: Asked[] = [];
      Object.assign(window, { asked });
      for (const type of ['exercise-action', 'exercise-move']) {
        document.addEventListener(type, (event) => {
          const { detail, bubbles, composed } = event as CustomEvent;
          asked.push({ type, detail, bubbles, composed });
        });
      }
    });
  });

  afterAll(async () => flow?.close());

  const asked = () => flow.projector.evaluate(() => (window as unknown as { asked: Asked[] }).asked.splice(0));

  test("a screen's lock button fires a bubbling exercise-action, and the stage locks through the deck", async () => {
    await flow.showExercise('overschat', 'mw-choice-phone');
    const screen = flow.screen('mw-choice-screen');
    await screen.locator('.status[data-status="open"]').waitFor();
    await screen.getByRole('button', { name: 'Vergrendel' }).click();
    await screen.locator('.status[data-status="locked"]').waitFor();
    expect(await asked()).toEqual([
      { type: 'exercise-action', detail: { exerciseId: 'overschat', action: 'lock' }, bubbles: true, composed: true },
    ]);
  });

  test('a request stopped before it leaves the slide changes nothing: the screen never writes by itself', async () => {
    const status = await flow.projector.evaluate(async () => {
      const screen = document.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('section.present mw-choice-screen')!;
      const slide = screen.closest('section')!;
      const stop = (event: Event) => event.stopPropagation();
      slide.addEventListener('exercise-action', stop);
      screen.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="open"]')!.click();
      // A write would have happened at once (the room writes synchronously) and re-rendered the screen.
      await screen.updateComplete;
      slide.removeEventListener('exercise-action', stop);
      return screen.shadowRoot!.querySelector('.status')!.getAttribute('data-status');
    });
    expect(status).toBe('locked');
    expect(await asked()).toEqual([]);

    await flow.screen('mw-choice-screen').getByRole('button', { name: 'Open' }).click();
    await flow.screen('mw-choice-screen').locator('.status[data-status="open"]').waitFor();
    expect(await asked()).toEqual([
      { type: 'exercise-action', detail: { exerciseId: 'overschat', action: 'open' }, bubbles: true, composed: true },
    ]);
  });

  test("a kind's own move fires an exercise-move, and the deck takes the style quiz to the next situation", async () => {
    await flow.showExercise('stijlen', 'mw-stylequiz-phone');
    const screen = flow.screen('mw-stylequiz-screen');
    await screen.locator('.where[data-situation="0"]').waitFor();
    await screen.locator('button[data-move="next"]').click();
    await screen.locator('.where[data-situation="1"]').waitFor();
    expect(await asked()).toEqual([{ type: 'exercise-move', detail: { exerciseId: 'stijlen', move: 'next' }, bubbles: true, composed: true }]);
  });

  test('a screen put into the deck after it started gets the live room from context', async () => {
    const shown = await flow.projector.evaluate(async () => {
      type Screen = HTMLElement & { definition?: unknown; updateComplete: Promise<unknown> };
      const existing = document.querySelector<Screen>('section.present mw-stylequiz-screen')!;
      const later = document.createElement('mw-stylequiz-screen') as Screen;
      later.definition = existing.definition;
      existing.closest('section')!.append(later);
      await later.updateComplete;
      const where = later.shadowRoot!.querySelector('.where')!.getAttribute('data-situation');
      later.remove();
      return { where, hasTrainerButtons: !!later.shadowRoot!.querySelector('button[data-move="previous"]') };
    });
    // The stage's situation, and the trainer's buttons: only a screen with the room knows either.
    expect(shown).toEqual({ where: '1', hasTrainerButtons: true });
  });
});
