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
/** Waits until a deck shows this top-level slide, its fade done. */
const waitForSlide = (deck: Page, index: number) =>
  deck.waitForFunction((i) => {
    const section = document.querySelectorAll('.reveal .slides > section')[i];
    return section?.classList.contains('present') && getComputedStyle(section).opacity === '1';
  }, index);
const FOLLOWING = 'Je kijkt mee: de presentatie loopt op een ander apparaat.';

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
    await coDeck.getByText(FOLLOWING).waitFor();
    await waitForSlide(coDeck, EXERCISE_SLIDE);
    // Its stage buttons would do nothing: they are hidden; the presenter's stay.
    const coScreen = coDeck.locator('section.present mw-choice-screen');
    await coScreen.locator('.status-row').waitFor();
    await expect(coScreen.locator('button[data-action="reveal"]').isVisible()).resolves.toBe(false);
    await expect(flow.screen('mw-choice-screen').locator('button[data-action="reveal"]').isVisible()).resolves.toBe(true);

    // It follows the presenter's next and previous.
    await projector.keyboard.press('ArrowRight');
    await waitForSlide(coDeck, EXERCISE_SLIDE + 1);
    await projector.keyboard.press('ArrowLeft');
    await waitForSlide(coDeck, EXERCISE_SLIDE);
    await flow.screenshot(coDeck, 'deck-follower');
  });

  test('"Zelf presenteren" hands over: the new presenter moves the room, and the old deck follows and no longer writes', async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 1 });
    const { projector, phones } = flow;
    await goToSlide(projector, 3);
    const coDeck = await openSecondLaptop(flow);
    await coDeck.getByText(FOLLOWING).waitFor();
    await waitForSlide(coDeck, 3);

    await coDeck.getByRole('button', { name: 'Zelf presenteren' }).click();
    await coDeck.locator('html[data-live="ready"]').waitFor();
    expect(await coDeck.locator('mw-follower-banner').count()).toBe(0);
    await projector.getByText(FOLLOWING).waitFor();
    await flow.screenshot(projector, 'deck-follower-after-handover');

    // The new presenter moves the room: the old deck follows it.
    await coDeck.keyboard.press('ArrowRight');
    await waitForSlide(projector, 4);

    // The old deck's own arrow key moves only its own screen: its exercise slide opens nothing
    // (a write would have opened it in its own copy of the stage at once).
    await projector.keyboard.press('ArrowRight');
    await waitForSlide(projector, EXERCISE_SLIDE);
    await flow.screen('mw-choice-screen .status[data-status="none"]').waitFor();

    // The new presenter reaches the exercise: it opens on the phone and on the old deck.
    await coDeck.keyboard.press('ArrowRight');
    await phones[0].locator('mw-choice-phone').waitFor();
    await flow.screen('mw-choice-screen .status[data-status="open"]').waitFor();
  });

  test('a reload of the presenter keeps presenting, on the slide it was at', async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 1 });
    const { projector, phones } = flow;
    await flow.showExercise('banenafspraak', 'mw-choice-phone');
    const coDeck = await openSecondLaptop(flow);
    await coDeck.getByText(FOLLOWING).waitFor();

    await projector.reload();
    await projector.locator('html[data-live="ready"]').waitFor();
    expect(await projector.locator('mw-follower-banner').count()).toBe(0);
    await flow.screen('mw-choice-screen button[data-action="lock"]').click();
    await phones[0].getByText('De vraag is gesloten.').waitFor();
    await projector.keyboard.press('ArrowRight');
    await waitForSlide(coDeck, EXERCISE_SLIDE + 1);
  });

  test('with a follower open, each of the remote\'s commands is applied once', async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 0 });
    const { projector, browser } = flow;
    const moderation = await projector.context().newPage();
    await moderation.goto(`${flow.server.origin}/moderate?deck=kennis`);
    await moderation.getByText('Telefoon als afstandsbediening').click();
    await moderation.getByRole('button', { name: 'Toon code voor mijn telefoon' }).click();
    const link = (await moderation.locator('mw-remote-links code.link').textContent())!;
    const coDeck = await openSecondLaptop(flow);
    await coDeck.getByText(FOLLOWING).waitFor();

    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const remote = await context.newPage();
    await remote.goto(link);
    const app = remote.locator('mw-remote-app');
    for (let slide = 1; slide <= 3; slide++) {
      await app.locator('button[data-command="next"]').click();
      await app.locator('.position', { hasText: `Dia ${slide + 1}/` }).waitFor();
      await waitForSlide(projector, slide);
      await waitForSlide(coDeck, slide);
    }
    expect(await slideOf(projector)).toBe(3);
    expect(await slideOf(coDeck)).toBe(3);
  });
});
