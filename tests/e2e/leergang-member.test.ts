/**
 * A member's own leergang on the phone, in real Chromium on the real build (`dist/`, its session
 * decks): a new phone in session 5 sees its own shift since session 1 from the server; a member
 * who missed a session gets a catch-up card at the next; "Mijn leergang" shows their own sessions,
 * shift and certificate name, also on a phone that holds nothing but the personal code.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import type { Manifest } from '../../server/manifest.ts';
import { createGroup, openGroupSession } from '../../src/sync/group-api.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { joinRoom, type Membership, type TrainerRoom } from '../../src/sync/room-api.ts';
import { PHONE, trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { TRAINER_HEADERS, TrainerWebSocket } from '../support/test-server.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/manifest.json'), 'utf8')) as Manifest;

describe('a member\'s own leergang on the phone', () => {
  const running = useBuiltServerAndBrowser('dist');
  const closers: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  /** The trainer of a session as a Node client: opens exercises and reveals, as the deck does. */
  async function trainerOf(room: TrainerRoom): Promise<LiveRoom> {
    const live = createLiveRoom({
      origin: running.server.origin, room, asViewer: false, definitions: manifest.decks[room.deck].exercises, WebSocketPolyfill: TrainerWebSocket,
    });
    await live.ready;
    closers.push(() => live.destroy());
    return live;
  }

  /** A phone of the session that is not under test: joins (as a member it already is, if given) and answers from Node. */
  async function nodePhone(room: TrainerRoom, member?: Membership) {
    const held = member ? { members: [{ group: member.group.id, id: member.id, token: member.token }] } : {};
    const seat = await joinRoom(running.server.origin, room.code, undefined, held);
    const session = new ParticipantSession(running.server.origin, seat, WebSocket);
    closers.push(() => session.destroy());
    await vi.waitFor(() => expect(session.isSynced).toBe(true));
    return { member: seat.member!, session };
  }

  async function newPhone(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await running.browser.newContext(PHONE);
    closers.push(() => context.close());
    return { context, page: await context.newPage() };
  }

  /** A fresh phone joins a session with its personal code and skips the name. */
  async function joinWithCode(page: Page, room: TrainerRoom, personalCode: string) {
    await page.goto(`${running.server.origin}/join`);
    await page.getByLabel('Code van het scherm').fill(room.code);
    await page.getByText('Nieuwe telefoon in een leergang?').click();
    await page.getByLabel('Je persoonlijke code').fill(personalCode);
    await page.getByRole('button', { name: 'Meedoen' }).click();
    await page.getByRole('button', { name: 'Verder' }).click();
  }

  test('a new phone in session 5 sees its own shift since session 1, a newcomer hears they missed it, and Mijn leergang opens with the personal code', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const group = await createGroup(running.server.origin, { name: 'Werkzaak najaar' }, TRAINER_HEADERS);
    const one = await openGroupSession(running.server.origin, group.id, 1, TRAINER_HEADERS);
    const trainerOne = await trainerOf(one);
    const first = await nodePhone(one);
    trainerOne.arrive({ h: 3, v: 0 }, 'zelfvertrouwen-start');
    await vi.waitFor(() => expect(first.session.current()?.id).toBe('zelfvertrouwen-start'));
    first.session.answer('zelfvertrouwen-start', 3);
    await vi.waitFor(() => expect(trainerOne.answersFor('zelfvertrouwen-start', 1)).toHaveLength(1));

    // Session 5, on a phone whose storage holds nothing: it comes back with its personal code.
    const five = await openGroupSession(running.server.origin, group.id, 5, TRAINER_HEADERS);
    const trainerFive = await trainerOf(five);
    trainerFive.arrive({ h: 10, v: 0 }, 'zelfvertrouwen-eind');
    const { page } = await newPhone();
    await joinWithCode(page, five, first.member.personalCode!);
    await page.locator('mw-scale-phone button[data-value="7"]').click();
    await page.getByText('Antwoord ontvangen').waitFor();
    // Someone new in session 5 was not there in session 1, and is told so.
    const newcomer = (await newPhone()).page;
    await newcomer.goto(`${running.server.origin}/join?code=${five.code}`);
    await newcomer.getByRole('button', { name: 'Verder' }).click();
    await newcomer.getByRole('button', { name: 'Verder' }).click();
    await newcomer.locator('mw-scale-phone button[data-value="5"]').click();
    await newcomer.getByText('Antwoord ontvangen').waitFor();
    trainerFive.control('zelfvertrouwen-eind', 'reveal');
    await expect.poll(() => page.locator('mw-scale-phone .shift').textContent()).toBe('In sessie 1 gaf je 3, nu 7 (+4).');
    await expect.poll(() => newcomer.locator('mw-scale-phone .shift').textContent()).toBe('Je was niet bij sessie 1, dus er is geen eerdere score van jou.');
    await page.screenshot({ path: `${SCREENSHOTS}/phone-leergang-own-shift.png` });

    // Another phone holding nothing opens Mijn leergang from the join page with the personal code.
    const other = (await newPhone()).page;
    await other.goto(`${running.server.origin}/join`);
    await other.getByRole('link', { name: 'Mijn leergang' }).click();
    await other.getByLabel('Je persoonlijke code').fill('AAAAA-AAAAA');
    await other.getByRole('button', { name: 'Bekijken' }).click();
    await expect.poll(() => other.locator('mw-my-leergang [role="alert"]').textContent()).toContain('Deze persoonlijke code kennen we niet');
    await other.getByLabel('Je persoonlijke code').fill(first.member.personalCode!);
    await other.getByRole('button', { name: 'Bekijken' }).click();
    const mine = other.locator('mw-my-leergang');
    await expect.poll(() => mine.locator('h1').textContent()).toBe('Werkzaak najaar');
    expect((await mine.locator('.shift strong').textContent())!.replace(/\s+/g, ' ')).toBe('bijeenkomst 1: 3 → bijeenkomst 5: 7');
    expect(await mine.locator('li[data-session] .state').allTextContents()).toEqual(['Je was erbij', 'Nog niet geweest', 'Nog niet geweest', 'Nog niet geweest', 'Je was erbij']);
    await mine.getByLabel('Je naam op het bewijs').fill('Zoë Ğülşen');
    await mine.getByRole('button', { name: 'Naam opslaan' }).click();
    await expect.poll(() => mine.getByText('Opgeslagen.').count()).toBe(1);
    await other.screenshot({ path: `${SCREENSHOTS}/phone-mijn-leergang.png`, fullPage: true });
    // From now on this phone is that member: after a reload it opens without the code.
    await other.reload();
    await expect.poll(() => mine.locator('h1').textContent()).toBe('Werkzaak najaar');
    expect(await mine.getByLabel('Je naam op het bewijs').inputValue()).toBe('Zoë Ğülşen');
  });

  test('a member who missed a session sees at the next what it covered, until they put it away', async () => {
    const group = await createGroup(running.server.origin, { name: 'Werkzaak voorjaar' }, TRAINER_HEADERS);
    const one = await openGroupSession(running.server.origin, group.id, 1, TRAINER_HEADERS);
    const [present, absent] = [await nodePhone(one), await nodePhone(one)];
    const two = await openGroupSession(running.server.origin, group.id, 2, TRAINER_HEADERS);
    await nodePhone(two, present.member);
    const three = await openGroupSession(running.server.origin, group.id, 3, TRAINER_HEADERS);

    // The phone that joined session 1 (its membership as the join page keeps it) joins session 3.
    const { page } = await newPhone();
    await page.goto(`${running.server.origin}/join`);
    await page.evaluate((member) => localStorage.setItem('mentorwijs:members', JSON.stringify([member])), absent.member);
    await page.goto(`${running.server.origin}/join?code=${three.code}`);
    await page.getByRole('button', { name: 'Verder' }).click();
    const card = page.locator('mw-member-bar .catch-up');
    await expect.poll(() => card.locator('h2').textContent()).toBe('Je miste bijeenkomst 2');
    expect(await card.textContent()).toContain(manifest.decks['sessie-2'].about!);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-leergang-catch-up.png` });
    await card.getByRole('button', { name: 'Gelezen' }).click();
    await expect.poll(() => card.count()).toBe(0);
    await page.reload();
    await page.locator('mw-member-bar').getByRole('button', { name: 'Mijn leergang' }).waitFor();
    expect(await card.count()).toBe(0);

    // Mijn leergang above the live session: their sessions, and back to the session.
    await page.locator('mw-member-bar').getByRole('button', { name: 'Mijn leergang' }).click();
    const mine = page.locator('mw-my-leergang');
    await expect.poll(() => mine.locator('li[data-session] .state').allTextContents()).toEqual([
      'Je was erbij', 'Je was er niet', 'Je was erbij', 'Nog niet geweest', 'Nog niet geweest',
    ]);
    expect(await mine.locator('.code').textContent()).toBe(`${absent.member.personalCode!.slice(0, 5)}-${absent.member.personalCode!.slice(5)}`);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-mijn-leergang-overlay.png` });
    await mine.getByRole('button', { name: 'Wis mijn gegevens' }).click();
    await mine.getByText('Dat kan niet ongedaan worden.').waitFor();
    await mine.getByRole('button', { name: 'Nee, toch niet' }).click();
    await mine.getByRole('button', { name: 'Terug' }).click();
    await expect.poll(() => mine.count()).toBe(0);
    await page.getByText('Wachten op de trainer…').waitFor();

    // The trainer's register shows who missed what: a session given without them, not one still to come.
    const trainer = await trainerContext(running.browser, running.server.trainerUrl);
    closers.push(() => trainer.close());
    const home = await trainer.newPage();
    await home.goto(`${running.server.origin}/`);
    const row = home.locator('mw-groups li[data-group]', { hasText: 'Werkzaak voorjaar' }).locator(`mw-group-register tr[data-member="${absent.member.id}"]`);
    await expect.poll(() => row.locator('td').allTextContents()).toEqual(['✓', 'gemist', '✓', '', '', '2', 'Verwijderen']);
  });
});
