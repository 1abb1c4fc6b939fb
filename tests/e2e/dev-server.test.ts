/**
 * `npm run dev` in real Chromium: the live server with the decks watched. A saved deck reloads
 * the open deck page on the same slide, in the same room; a deck mistake shows as Vite's overlay
 * with file:line; phones still get only the join page, and the trainer's phone as remote its own.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRemote } from '../../src/sync/remote-api.ts';
import type { TrainerRoom } from '../../src/sync/room-api.ts';
import { startServerProcess, type ServerProcess } from '../../src/tools/soak/server-process.ts';
import { ACTION_TIMEOUT_MS, launchChromium, PHONE, trainerContext } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';
import { TEST_TRAINER_KEY, TRAINER_HEADERS, tempDir } from '../support/test-server.ts';

const root = join(import.meta.dirname, '../..');
const decksDir = tempDir('mw-dev-decks-');
const deckFile = join(decksDir, 'basis.md');
const original = readFileSync(join(root, 'tests/fixtures/decks/basis.md'), 'utf8');

let dev: ServerProcess;
let browser: Browser;
let trainer: BrowserContext;

beforeAll(async () => {
  copyFileSync(join(root, 'tests/fixtures/decks/basis.md'), deckFile);
  dev = await startServerProcess({
    main: join(root, 'scripts/dev.mjs'),
    env: { DECKS_DIR: decksDir, DATA_DIR: tempDir(), TRAINER_KEY: TEST_TRAINER_KEY, HOST: '127.0.0.1' },
  });
  browser = await launchChromium();
  trainer = await trainerContext(browser, `${dev.origin}/?key=${dev.trainerKey}`);
});

afterAll(async () => {
  await browser?.close();
  dev?.child.kill('SIGTERM');
  await dev?.exited;
});

/** The deck page, once its room is live; records Content-Security-Policy violations into `violations`. */
async function openDeck(violations: string[] = []): Promise<Page> {
  const page = await trainer.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${dev.origin}/deck?deck=basis`);
  await page.waitForSelector('html[data-live="ready"]');
  return page;
}

/** The room the deck page keeps in its storage. */
const roomOf = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('mentorwijs:room:'))!;
    return JSON.parse(localStorage.getItem(key)!) as TrainerRoom;
  });
const roomCode = async (page: Page) => (await roomOf(page)).code;

describe('npm run dev', () => {
  test('a saved deck reloads the open deck page on the same slide, in the same room', async () => {
    const page = await openDeck();
    await goToSlide(page, 2);
    const code = await roomCode(page);
    await page.evaluate(() => Object.assign(window, { beforeTheSave: true }));

    writeFileSync(deckFile, original.replace('## Wat is Mentorwijs?', '## Wat is Mentorwijs? (bijgewerkt)'));
    await page.locator('section.present h2', { hasText: 'Wat is Mentorwijs? (bijgewerkt)' }).waitFor();
    await page.waitForSelector('html[data-live="ready"]');
    expect(await page.evaluate(() => 'beforeTheSave' in window)).toBe(false);
    expect(new URL(page.url()).hash).toBe('#/2');
    expect(await roomCode(page)).toBe(code);
    await page.close();
  });

  test('a deck mistake shows as Vite\'s overlay with file:line, and the mended deck comes back', async () => {
    const page = await openDeck();
    const broken = original.replace('## Vier doelen', '## Vier doelen\n\n<!-- .element: onclick="alert(1)" -->');
    const line = broken.split('\n').findIndex((text) => text.includes('onclick')) + 1;
    writeFileSync(deckFile, broken);
    const overlay = page.locator('vite-error-overlay');
    await overlay.locator('.message-body').waitFor();
    expect(await overlay.locator('.message-body').textContent()).toContain(`basis.md:${line}: "onclick" runs script: a deck holds no script`);
    expect(await overlay.locator('.file').textContent()).toContain(`basis.md:${line}`);
    // In the terminal too, the one line, as npm run build prints it.
    expect(dev.output()).toContain(`basis.md:${line}: "onclick" runs script: a deck holds no script\n`);
    expect(dev.output()).not.toMatch(/^\s+at /m);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dev-overlay-deck-mistake.png') });

    writeFileSync(deckFile, original);
    await page.waitForSelector('html[data-live="ready"]');
    expect(await overlay.count()).toBe(0);
    await page.close();
  });

  test('the deck and its speaker view run under the page policy without a violation', async () => {
    const violations: string[] = [];
    const page = await openDeck(violations);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    speaker.on('console', (message) => {
      if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await speaker.locator('#connection-status').waitFor({ state: 'hidden' });
    expect(violations).toEqual([]);
    await speaker.close();
    await page.close();
  });

  test('a phone gets the join page, and none of the decks, their media or the trainer\'s pages', async () => {
    const phone = await (await browser.newContext(PHONE)).newPage();
    await phone.goto(`${dev.origin}/join`);
    await phone.getByLabel('Code van het scherm').waitFor();
    await phone.context().close();
    for (const path of ['/deck', '/', '/@id/__x00__virtual:deck/basis', '/@id/__x00__virtual:decks', `/@fs${deckFile}`, `/@fs${join(root, 'decks/sessie-1.md')}`]) {
      expect((await fetch(`${dev.origin}${path}`)).status, path).toBe(401);
    }
  });

  test('the trainer\'s phone as remote opens its page by its link and drives the deck; it opens no trainer\'s page', async () => {
    const deck = await openDeck();
    const link = await createRemote(dev.origin, await roomOf(deck), TRAINER_HEADERS);
    const context = await browser.newContext(PHONE);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const remote = await context.newPage();
    // The link names the laptop's address on the venue network; the test reaches it on 127.0.0.1.
    const { pathname, search } = new URL(link.url);
    await remote.goto(`${dev.origin}${pathname}${search}`);
    await remote.locator('mw-remote-app .position', { hasText: 'Dia 1/' }).waitFor();
    await remote.locator('mw-remote-app button[data-command="next"]').click();
    await remote.locator('mw-remote-app .position', { hasText: 'Dia 2/' }).waitFor();
    await deck.waitForFunction(() => document.querySelectorAll('.reveal .slides > section')[1]?.classList.contains('present'));
    for (const path of ['/deck', '/', '/moderate', '/@id/__x00__virtual:deck/basis']) expect((await remote.request.get(`${dev.origin}${path}`)).status(), path).toBe(401);
    await context.close();
    await deck.close();
  });
});
