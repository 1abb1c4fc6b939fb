/**
 * A trainer creates a leergang on the start page and opens its first session from it; the
 * session runs in the group's room, and a co-trainer's browser opening the same session gets the
 * same room. Runs on the real build (`dist/`), whose session decks a group uses.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { PHONE, PROJECTOR, trainerContext } from '../support/browser.ts';

/** The room code on the deck's join card, once the live room is ready (presenting, or following another laptop's deck). */
async function joinCardCode(deck: Page): Promise<string> {
  await deck.waitForSelector('html[data-live]');
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
    await expect.poll(() => first.locator('.state').textContent()).toContain('aanwezig');
    expect(await first.getByRole('link', { name: 'Verder' }).getAttribute('href')).toBe(new URL(sessionUrl).pathname + new URL(sessionUrl).search);

    // The trainer invites a co-trainer: a fresh browser that opens the link is a trainer there,
    // and opening the same session gets the same room.
    const invites = home.locator('mw-groups li[data-group] details.invites');
    await invites.locator('summary').click();
    await invites.getByRole('button', { name: 'Co-trainer uitnodigen' }).click();
    await expect.poll(() => invites.locator('.invite code').count()).toBe(1);
    await expect.poll(() => invites.locator('.invite .qr svg').count()).toBe(1);
    const link = (await invites.locator('.invite code').textContent())!;
    await home.screenshot({ path: `${SCREENSHOTS}/home-leergang-invite.png`, fullPage: true });
    const coTrainer = await running.browser.newContext(PROJECTOR);
    const coHome = await coTrainer.newPage();
    await coHome.goto(link);
    await expect.poll(() => coHome.locator('mw-groups li[data-group] .title').first().textContent()).toBe('Werkzaak voorjaar 2027');
    const coDeck = await coTrainer.newPage();
    await coDeck.goto(sessionUrl);
    expect(await joinCardCode(coDeck)).toBe(code);
    // The trainer's deck presented that room: the co-trainer's follows it (decision 0092).
    await coDeck.locator('html[data-live="following"]').waitFor();

    // Revoked: that browser is no trainer any more, and the link says it is revoked.
    await invites.getByRole('button', { name: 'Intrekken' }).click();
    await expect.poll(() => invites.locator('.invite').count()).toBe(0);
    const refused = await coHome.goto(`${running.server.origin}/`);
    expect(refused!.status()).toBe(401);
    await coHome.goto(link);
    expect(await coHome.locator('h1').textContent()).toBe('Deze link is ingetrokken');
    await trainer.close();
    await coTrainer.close();
  });

  test('a phone becomes a member with a personal code at its first join, and a new phone is that member again with the code', async () => {
    const trainer = await trainerContext(running.browser, running.server.trainerUrl);
    const home = await trainer.newPage();
    await home.goto(`${running.server.origin}/`);
    await home.getByRole('button', { name: 'Nieuwe leergang' }).click();
    await home.getByLabel('Naam van de leergang').fill('Groep met telefoons');
    await home.getByRole('button', { name: 'Leergang aanmaken' }).click();
    const group = home.locator('mw-groups li[data-group]', { hasText: 'Groep met telefoons' });
    await group.locator('ol > li').nth(0).getByRole('link', { name: 'Openen' }).click();
    const first = await joinCardCode(home);

    // The first join: the welcome with the personal code, then the name step.
    const phone = await running.browser.newContext(PHONE);
    const page = await phone.newPage();
    await page.goto(`${running.server.origin}/join?code=${first}`);
    await expect.poll(() => page.locator('mw-member-welcome h1').textContent()).toBe('Welkom bij Groep met telefoons');
    const personalCode = (await page.locator('mw-member-welcome .code').textContent())!;
    expect(personalCode).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    expect((await page.locator('mw-member-welcome .privacy').textContent())!.replace(/\s+/g, ' ')).toContain('onder een schuilnaam. Een jaar na de laatste bijeenkomst wissen we alles');
    await page.screenshot({ path: `${SCREENSHOTS}/phone-leergang-welcome.png` });
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByLabel('Je naam of bijnaam (mag leeg blijven)').waitFor();
    await phone.close();

    // Session 2 on a new phone (nothing stored): the personal code makes it the same member.
    await home.goto(`${running.server.origin}/`);
    await group.locator('ol > li').nth(1).getByRole('link', { name: 'Openen' }).click();
    const second = await joinCardCode(home);
    const newPhone = await running.browser.newContext(PHONE);
    const again = await newPhone.newPage();
    await again.goto(`${running.server.origin}/join`);
    await again.getByLabel('Code van het scherm').fill(second);
    await again.getByText('Nieuwe telefoon in een leergang?').click();
    await again.getByLabel('Je persoonlijke code').fill('AAAAA-AAAAA');
    await again.getByRole('button', { name: 'Meedoen' }).click();
    await expect.poll(() => again.locator('[role="alert"]').textContent()).toContain('Deze persoonlijke code kennen we niet');
    await again.getByLabel('Je persoonlijke code').fill(personalCode.toLowerCase());
    await again.getByRole('button', { name: 'Meedoen' }).click();
    // A member who is back sees no welcome: straight to the name step.
    await again.getByLabel('Je naam of bijnaam (mag leeg blijven)').waitFor();
    expect(await again.locator('mw-member-welcome').count()).toBe(0);
    await newPhone.close();

    // The register on the start page: the member with phones at sessions 1 and 2; someone
    // without a phone is added and ticked present at session 1; the Excel download agrees.
    await home.goto(`${running.server.origin}/`);
    const register = group.locator('details.register');
    await expect.poll(() => register.locator('tbody tr').count()).toBe(1);
    expect(await register.locator('tbody tr').nth(0).locator('td').allTextContents()).toEqual(['✓', '✓', '', '', '', '2', 'Verwijderen']);
    await register.getByRole('button', { name: 'Deelnemer zonder telefoon toevoegen' }).click();
    await expect.poll(() => register.locator('.note').textContent()).toMatch(/^Deelnemer 2 toegevoegd\. Persoonlijke code: [A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5} /);
    await register.getByLabel('Deelnemer 2 aanwezig bij bijeenkomst 1').check();
    await expect.poll(() => register.locator('tfoot td').allTextContents()).toEqual(['2', '1', '0', '0', '0', '', '']);
    await home.screenshot({ path: `${SCREENSHOTS}/home-leergang-register.png`, fullPage: true });
    const [download] = await Promise.all([home.waitForEvent('download'), register.getByRole('button', { name: 'Aanwezigheid (Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe('aanwezigheid-Groep met telefoons.xlsx');
    const [sheet] = await readXlsxFile(readFileSync(await download.path()));
    expect(sheet.data.slice(1)).toEqual([
      ['Deelnemer 1', true, true, false, false, false, 2],
      ['Deelnemer 2', true, false, false, false, false, 1],
    ]);
    await trainer.close();
  });
});
