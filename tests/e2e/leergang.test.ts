/**
 * A trainer creates a leergang on the start page and opens its first session from it; the
 * session runs in the group's room, and a co-trainer's browser opening the same session gets the
 * same room. Runs on the real build (`dist/`), whose session decks a group uses.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { trainerContext } from '../support/browser.ts';

/** The room code on the deck's join card, once the live room is ready. */
async function joinCardCode(deck: Page): Promise<string> {
  await deck.waitForSelector('html[data-live="ready"]');
  return (await deck.locator('mw-join-card .code').first().getAttribute('data-code'))!;
}

describe('a leergang on the start page', () => {
  const running = useBuiltServerAndBrowser('dist');

  test('is created once, opens its sessions in the group\'s rooms, and a co-trainer gets the same room', async () => {
    const trainer = await trainerContext(running.browser, running.server.trainerUrl);
    const home = await trainer.newPage();
    await home.goto(`${running.server.origin}/`);
    await home.getByRole('button', { name: 'Nieuwe leergang' }).click();
    await home.getByLabel('Naam van de leergang').fill('Werkzaak voorjaar 2027');
    await home.getByLabel('Organisatie').fill('Werkzaak Rivierenland');
    await home.getByLabel("Trainers (met komma's)").fill('Anna de Vries, Bram Jansen');
    await home.getByLabel('Bijeenkomst 1').fill('2027-03-04');
    await home.getByRole('button', { name: 'Leergang aanmaken' }).click();

    const group = home.locator('mw-groups li[data-group]');
    await expect.poll(() => group.count()).toBe(1);
    await expect.poll(() => group.locator('.title').textContent()).toBe('Werkzaak voorjaar 2027');
    expect(await group.locator('.who').textContent()).toBe('Werkzaak Rivierenland · Anna de Vries en Bram Jansen');
    const sessions = group.locator('ol > li');
    expect(await sessions.count()).toBe(5);
    expect(await sessions.nth(0).locator('.when').textContent()).toBe('4 maart 2027');
    expect(await sessions.nth(1).locator('.when').textContent()).toBe('nog niet gepland');
    await home.screenshot({ path: `${SCREENSHOTS}/home-leergang.png`, fullPage: true });

    // The first session opens the session-1 deck in the group's room.
    await sessions.nth(0).getByRole('link', { name: 'Openen' }).click();
    await home.waitForURL(/\/deck\?deck=sessie-1&leergang=/);
    const code = await joinCardCode(home);
    const sessionUrl = home.url();

    // Back on the start page the session shows its room; "Verder" returns to it.
    await home.goto(`${running.server.origin}/`);
    const first = home.locator('mw-groups li[data-group] ol > li').nth(0);
    await expect.poll(() => first.locator('.state').textContent()).toContain('geopend');
    expect(await first.getByRole('link', { name: 'Verder' }).getAttribute('href')).toBe(new URL(sessionUrl).pathname + new URL(sessionUrl).search);

    // A co-trainer's browser (its own cookie, nothing remembered) opening the same session gets the same room.
    const coTrainer = await trainerContext(running.browser, running.server.trainerUrl);
    const coDeck = await coTrainer.newPage();
    await coDeck.goto(sessionUrl);
    expect(await joinCardCode(coDeck)).toBe(code);
    await trainer.close();
    await coTrainer.close();
  });
});
