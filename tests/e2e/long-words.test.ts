import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PHONE } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

/** One word of 80 letters: the open question's limit, and far wider than a phone. */
const LONG = 'Arbeidsongeschiktheidsverzekeringsmaatschappijvertegenwoordigersbijeenkomstverslagen'.slice(0, 80);
/** "Zalgo": combining marks piled above and below the letters. */
const ZALGO = 'Ge\u0351\u0352\u0357\u035b\u0300\u0301\u0302\u0303du\u0316\u0317\u0318\u0319ld';

/** How far the page can be scrolled sideways: wider than the window means a long word pushed it out. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The `items` inside `frame` that stick out of it sideways, or whose text sticks out of them, as their text. */
function sticksOut(frame: Locator, items: string) {
  return frame.evaluate((frameElement, items) => {
    const outer = frameElement.getBoundingClientRect();
    return [...frameElement.querySelectorAll(items)]
      .filter((item) => {
        const box = item.getBoundingClientRect();
        return box.left < outer.left - 0.5 || box.right > outer.right + 0.5 || item.scrollWidth > item.clientWidth + 1;
      })
      .map((item) => item.textContent);
  }, items);
}

describe('long words and piled-up marks in real Chromium', () => {
  let flow: LiveFlow;
  let moderation: Page;
  const screen = () => flow.screen('mw-open-screen');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'open', phones: 2 });
    await flow.showExercise('nodig', 'mw-open-phone');
    for (const [i, text] of [LONG, ZALGO].entries()) {
      await flow.phones[i].getByLabel('Jouw antwoord').fill(text);
      await flow.phones[i].getByRole('button', { name: 'Verstuur' }).click();
      await flow.phones[i].getByText('Antwoord ontvangen.').waitFor();
    }
    [moderation] = await Promise.all([
      flow.projector.context().waitForEvent('page'),
      screen().getByRole('button', { name: 'Modereren' }).click(),
    ]);
    await moderation.locator('.summary[data-total="2"]').waitFor();
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('a pile of combining marks reaches the trainer cut to two', async () => {
    const texts = await moderation.locator('mw-moderation-app .text').allTextContents();
    expect(texts).toContain(LONG);
    expect(texts).toContain('Ge\u0351\u0352du\u0316\u0317ld');
  });

  test('the moderation window wraps the long word, also as narrow as a phone', async () => {
    await moderation.setViewportSize(PHONE.viewport);
    expect(await pageWidth(moderation)).toBeLessThanOrEqual(PHONE.viewport.width);
    await flow.screenshot(moderation, 'moderation-long-word-narrow');
    await moderation.setViewportSize({ width: 960, height: 900 });
    expect(await pageWidth(moderation)).toBeLessThanOrEqual(960);
    await flow.screenshot(moderation, 'moderation-long-word');
  });

  test('approved, the long word wraps inside the projector\'s cards and word cloud', async () => {
    await moderation.getByRole('button', { name: 'Toon alles' }).click();
    await screen().locator('.shown-count[data-shown="2"]').waitFor();
    expect(await sticksOut(flow.projector.locator('section.present'), 'mw-open-screen')).toEqual([]);
    expect(await sticksOut(screen().locator('.stage'), '.card')).toEqual([]);
    await flow.screenshot(flow.projector, 'projector-long-word-cards');

    await screen().getByRole('button', { name: 'Woordwolk' }).click();
    await screen().locator(`.cloud li[data-word="${LONG.toLowerCase()}"]`).waitFor();
    expect(await sticksOut(screen().locator('.stage'), '.cloud li')).toEqual([]);
    await flow.screenshot(flow.projector, 'projector-long-word-cloud');
  });

  test('shown on the phones, the long word keeps every phone\'s page as wide as its screen', async () => {
    await screen().getByRole('button', { name: 'Toon op telefoons' }).click();
    for (const phone of flow.phones) {
      await phone.locator(`mw-open-phone .cloud li[data-word="${LONG.toLowerCase()}"]`).waitFor();
      expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.viewport.width);
    }
    await flow.screenshot(flow.phones[0], 'phone-long-word');
  });
});
