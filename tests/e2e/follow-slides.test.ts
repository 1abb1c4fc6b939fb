/**
 * Follow along in real Chromium: a trainer's projector on the fixture deck `meelezen` (fragments,
 * notes, a picture, a poll, a hidden slide) and three phones. One phone opens "Meelezen" and shows,
 * slide by slide and fragment by fragment, exactly the text the projector shows; nothing of the
 * notes or of what is still to come is in its page or in anything it received (HTTP responses and
 * WebSocket frames, recorded from before it opened the join page). The others keep the toggle
 * closed. axe-core finds no serious or critical violation on the phone with the slide shown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTION_TIMEOUT_MS, PHONE } from '../support/browser.ts';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

/** Text of the deck that the follower must never get: every note, the hidden slide, and the last slide (never shown here). */
const NEVER = ['GEHEIM', 'Bedankt voor het meelezen', 'Testdeck waarop deelnemers'];

let flow: LiveFlow;
let follower: Page;
/** Everything the follower's page received, as text: HTTP bodies and WebSocket frames. */
const received: string[] = [];
const receivedText = () => received.join('\n');
/** Every URL the follower requested: the follow-along element is fetched only once it is opened. */
const requested: string[] = [];
const fetchedFollowPart = () => requested.some((url) => /\/mw-follow-slide-[\w-]+\.js$/.test(url));

/**
 * The projector's current slide as text lines a participant sees: headings, paragraphs, items and
 * pictures' alt, without notes, live elements or unshown fragments. Read from the classes and
 * `textContent`, not `innerText`: a fragment that just got `visible` is still fading in, and
 * `innerText` of an element in its first frame (visibility still hidden) is empty.
 */
const projectorLines = () =>
  flow.projector.evaluate(() => {
    const slide = document.querySelector('.reveal .slides section.present:not(.stack)')!;
    const isShown = (element: Element) => {
      for (let at: Element | null = element; at && at !== slide; at = at.parentElement) {
        if (at.classList.contains('fragment') && !at.classList.contains('visible')) return false;
      }
      return true;
    };
    return [...slide.querySelectorAll('h1, h2, h3, p, li, img')]
      .filter((element) => !element.closest('aside, [exercise-id], mw-join-card') && isShown(element))
      .map((element) => (element.tagName === 'IMG' ? `Afbeelding${element.getAttribute('alt')}` : element.textContent!.replace(/\s+/g, ' ').trim()))
      .filter(Boolean);
  });
/** The follower's slide as the same lines. */
const phoneLines = (phone: Page) =>
  phone.locator('mw-follow-slide #slide').evaluate((slide) =>
    [...slide.querySelectorAll('h3, h4, p, li, .picture')]
      .filter((element) => !(element.tagName === 'P' && element.querySelector('.picture') && !element.textContent!.replace(element.querySelector('.picture')!.textContent!, '').trim()))
      .map((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').replace('Afbeelding ', 'Afbeelding').trim()),
  );
/** Waits until the follower shows what the projector shows, and returns it. */
async function expectSameAsProjector(): Promise<string[]> {
  const lines = await projectorLines();
  await expect.poll(() => phoneLines(follower), { timeout: ACTION_TIMEOUT_MS }).toEqual(lines);
  return lines;
}
const nextFragment = async () => {
  const before = await flow.projector.evaluate(() => document.querySelectorAll('section.present .fragment.visible').length);
  await flow.projector.keyboard.press('ArrowRight');
  await flow.projector.waitForFunction((n) => document.querySelectorAll('section.present .fragment.visible').length > n, before);
};
/** The page's whole DOM, shadow roots included. */
const pageMarkup = (page: Page) =>
  page.evaluate(() => {
    const markup = (root: Document | ShadowRoot): string =>
      [root instanceof Document ? root.documentElement.outerHTML : root.innerHTML, ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [markup(e.shadowRoot)] : []))].join('\n');
    return markup(document);
  });

beforeAll(async () => {
  flow = await startLiveFlow({ deck: 'meelezen', phones: 2 });
  // The follower joins by itself, recorded from its first request on.
  const context = await flow.browser.newContext(PHONE);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  follower = await context.newPage();
  follower.on('request', (request) => void requested.push(request.url()));
  follower.on('response', (response) => void response.text().then((text) => received.push(text), () => {}));
  follower.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => received.push(Buffer.from(payload).toString('utf8'))));
  const code = await flow.projector.evaluate(() => JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('mentorwijs:room:'))!)!).code as string);
  await follower.goto(`${flow.server.joinUrl}?code=${code}`);
  await follower.getByLabel('Je naam of bijnaam').fill('Meelezer');
  await follower.getByRole('button', { name: 'Verder' }).click();
  await follower.locator('header .link.up').waitFor();
});

afterAll(async () => {
  await flow?.close();
});

describe('follow along on the phone', () => {
  test('the slide is closed until the participant opens it; the projector\'s deck has the follow deck\'s slides', async () => {
    for (const phone of [...flow.phones, follower]) {
      await phone.getByRole('button', { name: 'Meelezen' }).waitFor();
      expect(await phone.getByRole('button', { name: 'Meelezen' }).getAttribute('aria-expanded')).toBe('false');
      expect(await phone.locator('mw-follow-slide #slide').count()).toBe(0);
    }
    // Reveal dropped the hidden slide, as the build's follow deck does.
    expect(await flow.projector.evaluate(() => document.querySelectorAll('.reveal .slides > section').length)).toBe(6);
    // Closed, the button is the join page's own: a phone that never follows never downloads the slide view.
    expect(fetchedFollowPart()).toBe(false);
    await follower.getByRole('button', { name: 'Meelezen' }).click();
    expect(await follower.getByRole('button', { name: 'Verbergen' }).getAttribute('aria-expanded')).toBe('true');
    expect(await expectSameAsProjector()).toEqual(['Meelezen — testdeck voor dia\'s op de telefoon']);
    expect(fetchedFollowPart()).toBe(true);
  });

  test('follows the trainer fragment by fragment, with nothing ahead in what it received', async () => {
    await goToSlide(flow.projector, 1);
    expect(await expectSameAsProjector()).toEqual(['Drie stappen', 'Wat je altijd ziet.']);
    for (const text of ['Eerst luisteren', 'Dan vragen', 'Tot slot samenvatten']) expect(receivedText()).not.toContain(text);
    await follower.locator('mw-follow-slide .said').getByText('Nieuwe dia: Drie stappen').waitFor();

    await nextFragment();
    expect(await expectSameAsProjector()).toEqual(['Drie stappen', 'Wat je altijd ziet.', 'Eerst luisteren']);
    expect(receivedText()).not.toContain('Dan vragen');
    await follower.locator('mw-follow-slide .said').getByText('Eerst luisteren').waitFor();
    await nextFragment();
    await expectSameAsProjector();
    expect(receivedText()).not.toContain('Tot slot samenvatten');
    await nextFragment();
    expect(await expectSameAsProjector()).toEqual(['Drie stappen', 'Wat je altijd ziet.', 'Eerst luisteren', 'Dan vragen', 'Tot slot samenvatten']);
    expect(await seriousA11yViolations(follower)).toEqual([]);
    await flow.screenshot(follower, 'phone-follow-slide');
  });

  test('fragments with an index come in Reveal\'s order; a picture reads as its text alternative', async () => {
    await goToSlide(flow.projector, 2);
    await expectSameAsProjector();
    await nextFragment();
    expect(await expectSameAsProjector()).toEqual(['Volgorde op nummer', 'Eerst dit, en het andere komt later.', 'Twee tegelijk', 'Ook tegelijk']);
    expect(receivedText()).not.toContain('De laatste regel');
    await nextFragment();
    await expectSameAsProjector();

    await goToSlide(flow.projector, 3);
    expect(await expectSameAsProjector()).toEqual(['Een plaatje', 'AfbeeldingEen landschap met heuvels en een zon']);
    expect(await follower.locator('mw-follow-slide img').count()).toBe(0);
    await flow.screenshot(follower, 'phone-follow-slide-picture');
    await flow.screenshot(flow.phones[0], 'phone-follow-slide-closed');
  });

  test('on an exercise slide the phone shows the slide\'s heading above the exercise, and the others the exercise alone', async () => {
    await flow.showExercise('kies', 'mw-choice-phone');
    await follower.locator('mw-choice-phone').waitFor();
    expect(await expectSameAsProjector()).toEqual(['Wat kies jij?']);
    for (const phone of flow.phones) expect(await phone.locator('mw-follow-slide #slide').count()).toBe(0);
    expect(await seriousA11yViolations(follower)).toEqual([]);
    await flow.screenshot(follower, 'phone-follow-slide-exercise');
  });

  test('no note, hidden slide or slide not yet shown is in the page or in anything the phone received', async () => {
    const markup = await pageMarkup(follower);
    for (const text of NEVER) {
      expect(markup, `page: ${text}`).not.toContain(text);
      expect(receivedText(), `received: ${text}`).not.toContain(text);
    }
    expect(received.length).toBeGreaterThan(10);
  });

  test('"Verbergen" closes the slide back to the button, and the phone remembers the choice', async () => {
    await follower.getByRole('button', { name: 'Verbergen' }).click();
    expect(await follower.getByRole('button', { name: 'Meelezen' }).getAttribute('aria-expanded')).toBe('false');
    expect(await follower.locator('mw-follow-slide').count()).toBe(0);
    expect(await follower.evaluate(() => localStorage.getItem('mentorwijs:follow-slide'))).toBe('');
    await follower.getByRole('button', { name: 'Meelezen' }).click();
    await follower.locator('mw-follow-slide #slide').waitFor();
    expect(await follower.evaluate(() => localStorage.getItem('mentorwijs:follow-slide'))).toBe('open');
  });

  test('a phone cannot fetch the deck, its notes, its manifest or its slides for participants', async () => {
    const deckChunk = readdirSync(join(import.meta.dirname, '../../dist-fixtures/assets')).find(
      (file) => file.endsWith('.js') && readFileSync(join(import.meta.dirname, '../../dist-fixtures/assets', file), 'utf8').includes('GEHEIM-NOTITIE'),
    );
    expect(deckChunk).toBeDefined();
    const statuses = await follower.evaluate(
      (paths) => Promise.all(paths.map(async (path) => (await fetch(path)).status)),
      ['/manifest.json', '/deck?deck=meelezen', '/deck.html', `/assets/${deckChunk}`, '/follow/meelezen.json', '/moderate?deck=meelezen'],
    );
    for (const status of statuses) expect([401, 403, 404]).toContain(status);
  });
});
