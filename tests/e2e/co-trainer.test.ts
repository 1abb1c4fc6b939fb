/**
 * Two trainers, two laptops, one room (decision 0092): the deck on the projector presents, and a
 * co-trainer's laptop that opens the same session's deck follows it ("meekijken") without writing
 * the stage, until its trainer presses "Zelf presenteren". Real Chromium, the fixture deck `kennis`
 * (its choice exercise `banenafspraak` on slide 5).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE, trainerContext } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

const ROOM_KEY = 'mentorwijs:room:kennis';
const EXERCISE_SLIDE = 5;

/** A deck's current slide index (horizontal). */
const slideOf = (deck: Page) => deck.evaluate(() => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.classList.contains('present')));
/** Waits until a deck shows this top-level slide. */
const waitForSlide = (deck: Page, index: number) =>
  deck.waitForFunction((i) => document.querySelectorAll('.reveal .slides > section')[i]?.classList.contains('present'), index);

/**
 * The co-trainer's laptop: another browser with the trainer's credential that opens the same
 * room's deck, as a co-trainer does through the leergang's session link (here the room is handed
 * over as a leergang would: the same room, none of the first browser's other storage).
 */
async function openSecondLaptop(flow: LiveFlow): Promise<Page> {
  const room = await flow.projector.evaluate((key) => localStorage.getItem(key), ROOM_KEY);
  const context = await trainerContext(flow.browser, flow.server.trainerUrl);
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [ROOM_KEY, room!] as const);
  const deck = await context.newPage();
  await deck.goto(`${flow.server.origin}/deck?deck=kennis`);
  await deck.waitForSelector('html[data-live]');
  return deck;
}

describe('a co-trainer\'s laptop on the same room', () => {
  let flow: LiveFlow | undefined;
  afterEach(async () => {
    await flow?.close();
    flow = undefined;
  });

  test('opens as a follower: the room and the phones stay where they were, and it follows the presenter', async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 2 });
    const { projector, phones } = flow;
    await flow.showExercise('banenafspraak', 'mw-choice-phone');

    const coDeck = await openSecondLaptop(flow);
    // The presenter locks the exercise: what phones see after it is still the exercise, locked;
    // the co-trainer's laptop closed nothing on its way in.
    await flow.screen('mw-choice-screen').locator('button[data-action="lock"]').click();
    for (const phone of phones) await phone.getByText('De vraag is gesloten.').waitFor();
    await coDeck.getByText('Je kijkt mee: de presentatie loopt op een ander apparaat.').waitFor();
    await waitForSlide(coDeck, EXERCISE_SLIDE);

    // It follows the presenter's next and previous.
    await projector.keyboard.press('ArrowRight');
    await waitForSlide(coDeck, EXERCISE_SLIDE + 1);
    await projector.keyboard.press('ArrowLeft');
    await waitForSlide(coDeck, EXERCISE_SLIDE);
    await flow.screenshot(coDeck, 'deck-follower');
  });
});
