/**
 * The certificates on the trainer's start page, in Chromium: who qualifies and who lacks a name,
 * correcting a name, issuing, and the download links (the PDF they fetch is read back). Runs on
 * the real build (`dist/`), whose session decks a group uses.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { createGroup, correctCertificateName, openGroupSession, setPresence } from '../../src/sync/group-api.ts';
import { joinRoom, type Membership } from '../../src/sync/room-api.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { trainerContext } from '../support/browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { readPdf, renderPage } from '../support/pdf-reader.ts';
import { TRAINER_HEADERS } from '../support/test-server.ts';

describe('the certificates on the start page', () => {
  const running = useBuiltServerAndBrowser('dist');

  test('show who qualifies and who lacks a name; the trainer corrects a name, issues, and downloads the certificates', async () => {
    const { origin } = running.server;
    // A group whose sessions were given: two members came four times, one twice.
    const group = await createGroup(origin, { name: 'Werkzaak voorjaar 2027', organisation: 'Werkzaak Rivierenland', trainers: ['Anna de Wit'] }, TRAINER_HEADERS);
    const rooms = [];
    for (const n of [1, 2, 3, 4, 5]) rooms.push(await openGroupSession(origin, group.id, n, TRAINER_HEADERS));
    const members: Membership[] = [];
    for (const [who, sessions] of [[0, [1, 2, 3, 4]], [1, [1, 2, 3, 5]], [2, [1, 2]]] as const) {
      for (const n of sessions) {
        const known = members[who];
        const seat = await joinRoom(origin, rooms[n - 1].code, undefined, known ? { members: [{ group: group.id, id: known.id, token: known.token }] } : {});
        members[who] ??= seat.member!;
      }
    }
    await setPresence(origin, { group: group.id, session: 5, member: members[2].id, present: true }, TRAINER_HEADERS);
    await correctCertificateName(origin, { group: group.id, member: members[0].id, name: 'Özlem Yılmaz-de Vries' }, TRAINER_HEADERS);

    const trainer = await trainerContext(running.browser, running.server.trainerUrl);
    const home = await trainer.newPage();
    await home.goto(`${origin}/`);
    const card = home.locator('mw-groups li[data-group]', { hasText: 'Werkzaak voorjaar 2027' });
    const certificates = card.locator('mw-group-certificates details');
    await certificates.locator('summary').click();
    const rows = certificates.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-standing')))).toEqual(['krijgt een bewijs', 'naam ontbreekt', 'te weinig aanwezig']);
    expect(await certificates.locator('.summary').textContent()).toBe('1 bewijs klaar, 1 zonder naam.');

    // The second member's name, typed in by the trainer.
    await certificates.getByLabel('Naam van Deelnemer 2').fill('Nguyễn Thị Lan');
    await rows.nth(1).getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => rows.nth(1).getAttribute('data-standing')).toBe('krijgt een bewijs');
    expect(await certificates.locator('.summary').textContent()).toBe('2 bewijzen klaar.');

    await certificates.getByRole('button', { name: 'Bewijzen uitgeven' }).click();
    await expect.poll(() => certificates.locator('.issued').textContent()).toMatch(/^Uitgegeven op \d+ \w+ \d{4}$/);
    await home.screenshot({ path: `${SCREENSHOTS}/home-leergang-certificates.png`, fullPage: true });

    // The combined file: one page per member who gets one, with the names as typed.
    const [download] = await Promise.all([home.waitForEvent('download'), certificates.getByRole('link', { name: 'Alle bewijzen (PDF)' }).click()]);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const pdf = await readPdf(bytes);
    expect(pdf.pages.map((page) => page.lines[3])).toEqual(['Özlem Yılmaz-de Vries', 'Nguyễn Thị Lan']);
    await writeFile(`${SCREENSHOTS}/leergang-certificate.png`, (await renderPage(bytes, 2)).png);
    // The report with names asked for carries them.
    await certificates.getByLabel('met namen').check();
    const [report] = await Promise.all([home.waitForEvent('download'), certificates.getByRole('link', { name: 'Groepsverslag (PDF)' }).click()]);
    const reportText = (await readPdf(new Uint8Array(await readFile((await report.path())!)))).pages.flatMap((page) => page.lines).join(' ');
    expect(reportText).toContain('Nguyễn Thị Lan');
    await trainer.close();
  });
});
