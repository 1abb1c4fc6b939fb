/**
 * What a phone or any browser without the trainer credential can fetch from a real build: the
 * join page and its files, and nothing that holds a deck's text (right answers, explanations,
 * role cards, notes). And the trainer's way in, in real Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PHONE, PROJECTOR, trainerContext } from '../support/browser.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const DIST = join(import.meta.dirname, '../../dist-fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every text of 20 characters or more in the decks' exercise definitions: questions, options, explanations, role cards. */
function deckTexts(): string[] {
  const texts = new Set<string>();
  const visit = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 20) texts.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')));
  return [...texts];
}

/** Console errors about the Content-Security-Policy: a script or style the policy blocked. */
function watchPolicy(page: Page, into: string[]) {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) into.push(`${page.url()}: ${message.text()}`);
  });
}

describe('what a browser without the trainer credential can fetch', () => {
  let flow: LiveFlow;
  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'kennis', phones: 1 });
  });
  afterAll(async () => flow?.close());

  test('every file of the build is either the join page\'s or the trainer\'s, and no public one holds deck text', async () => {
    const texts = deckTexts();
    expect(texts.length).toBeGreaterThan(50);
    const publicFiles: string[] = [];
    for (const file of filesUnder(DIST)) {
      const path = `/${relative(DIST, file)}`;
      if (path.startsWith('/.vite/')) continue;
      const response = await fetch(`${flow.server.origin}${path}`);
      if (response.status === 401) continue;
      expect(response.status, path).toBe(200);
      publicFiles.push(path);
      const body = await response.text();
      const leaked = texts.filter((text) => body.includes(text) || body.includes(JSON.stringify(text).slice(1, -1)));
      expect(leaked, `${path} holds deck text`).toEqual([]);
    }
    expect(publicFiles).toContain('/join.html');
    expect(publicFiles.some((path) => path.startsWith('/assets/join-'))).toBe(true);
    for (const path of ['/manifest.json', '/', '/index.html', '/deck', '/deck.html', '/moderate']) {
      expect((await fetch(`${flow.server.origin}${path}`)).status, path).toBe(401);
    }
    const deckChunks = filesUnder(join(DIST, 'assets')).filter((file) => readFileSync(file, 'utf8').includes(texts[0]));
    expect(deckChunks.length).toBeGreaterThan(0);
    for (const chunk of deckChunks) expect((await fetch(`${flow.server.origin}/${relative(DIST, chunk)}`)).status).toBe(401);
  });

  test('a stranger\'s browser gets the explanation page; the Trainer: URL signs it in without leaving the key in the address', async () => {
    const stranger = await flow.browser.newContext(PROJECTOR);
    const page = await stranger.newPage();
    await page.goto(`${flow.server.origin}/deck?deck=kennis`);
    await page.getByRole('heading', { name: 'Dit is de kant van de trainer' }).waitFor();
    await flow.screenshot(page, 'trainer-only-page');
    await page.getByRole('link', { name: 'de pagina om mee te doen' }).click();
    await page.getByLabel('Code van het scherm').waitFor();

    await page.goto(flow.server.trainerUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(page.url()).toBe(`${flow.server.origin}/`);
    const cookies = await stranger.cookies();
    expect(cookies.find((cookie) => cookie.name === 'mw_trainer')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await stranger.close();
  });

  test('the projector, the speaker view and a phone run under the policy without a single violation', async () => {
    const violations: string[] = [];
    const context = await trainerContext(flow.browser, flow.server.trainerUrl);
    const projector = await context.newPage();
    watchPolicy(projector, violations);
    await projector.goto(`${flow.server.origin}/deck?deck=kennis`);
    await projector.waitForSelector('html[data-live="ready"]');
    const [speaker] = await Promise.all([projector.waitForEvent('popup'), projector.keyboard.press('s')]);
    watchPolicy(speaker, violations);
    // The speaker view's own inline script ran (allowed by its hash): it connected to the deck and
    // took its "Loading speaker view..." cover away.
    await speaker.locator('#connection-status').waitFor({ state: 'hidden' });
    const phone = await (await flow.browser.newContext(PHONE)).newPage();
    watchPolicy(phone, violations);
    await phone.goto(`${flow.server.joinUrl}`);
    await phone.getByLabel('Code van het scherm').waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});
