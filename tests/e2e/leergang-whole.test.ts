/**
 * A whole leergang in real Chromium on the real build (`dist/`, its five session decks): a trainer
 * and four phones go through sessions 1-5, everything done with the pages as people do it.
 * - Phone 2 skips session 3 (4 of 5: still a certificate); phone 4 comes to 1, 4 and 5 (no certificate).
 * - Phone 3 clears its storage before session 4 and comes back with its personal code.
 * - The co-trainer gives session 5 from a fresh browser through the co-trainer link and sees the group's shift.
 * - Phone 4 deletes its own data after session 5.
 * Checked: the look-back of each member's own transfer task, the catch-up card, the register, the
 * certificates (≥ 4 of 5 only) and the deletion. Screenshots of each.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { PHONE, PROJECTOR, trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { readPdf, renderPage } from '../support/pdf-reader.ts';
import { goToSlide } from '../support/slides.ts';

const GROUP = 'Werkzaak najaar 2027';
const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

type Phone = { context: BrowserContext; page: Page; nickname: string; name: string; personalCode?: string; scores: [number, number] };

describe('a whole leergang in real Chromium', () => {
  const running = useBuiltServerAndBrowser('dist');
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  const origin = () => running.server.origin;

  async function newPhone(nickname: string, name: string, scores: [number, number]): Promise<Phone> {
    const context = await running.browser.newContext(PHONE);
    contexts.push(context);
    return { context, page: await context.newPage(), nickname, name, scores };
  }

  /** The group's card on a start page, and one of its sessions. */
  const cardOf = (home: Page) => home.locator('mw-groups li[data-group]', { hasText: GROUP });

  /** Opens session `n` from the start page; resolves with the room code once the deck is live. */
  async function openSession(home: Page, n: number): Promise<string> {
    await home.goto(`${origin()}/`);
    const row = cardOf(home).locator('ol > li').nth(n - 1);
    await row.getByRole('link', { name: /^(Openen|Verder)$/ }).click();
    await home.waitForURL(new RegExp(`/deck\\?deck=sessie-${n}&`));
    await home.waitForSelector('html[data-live="ready"]');
    return (await home.locator('mw-join-card .code').first().getAttribute('data-code'))!;
  }

  async function showExercise(deck: Page, id: string): Promise<void> {
    const index = await deck.evaluate(
      (exercise) => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.querySelector(`[data-exercise="${exercise}"]`) || s.getAttribute('data-exercise') === exercise),
      id,
    );
    if (index < 0) throw new Error(`no slide holds exercise "${id}"`);
    await goToSlide(deck, index);
  }

  /** A phone joins by the QR code's link: the welcome (first time), the name step, then live. */
  async function join(phone: Phone, code: string): Promise<void> {
    const { page } = phone;
    await page.goto(`${origin()}/join?code=${code}`);
    await afterJoin(phone);
  }

  async function afterJoin(phone: Phone): Promise<void> {
    const { page } = phone;
    const welcome = page.locator('mw-member-welcome');
    const nameField = page.getByLabel('Je naam of bijnaam (mag leeg blijven)');
    await welcome.or(nameField).first().waitFor();
    if (await welcome.isVisible()) {
      phone.personalCode = (await welcome.locator('.code').textContent())!;
      await welcome.getByRole('button', { name: 'Verder' }).click();
    }
    await nameField.fill(phone.nickname);
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.locator('header .link.up').waitFor();
  }

  async function writeTask(phone: Phone, text: string, share = false): Promise<void> {
    const view = phone.page.locator('mw-opdracht-phone');
    await view.getByLabel('Jouw opdracht').fill(text);
    if (share) await view.getByLabel('Deel mijn opdracht met de trainer').check();
    await view.getByRole('button', { name: 'Bewaar' }).click();
    await view.getByText('Je opdracht is bewaard').waitFor();
  }

  async function lookBack(phone: Phone, step: string, story?: string): Promise<void> {
    const view = phone.page.locator('mw-terugblik-phone');
    await view.getByRole('button', { name: step }).click();
    if (story) {
      await view.getByLabel('Vertel kort hoe het ging (hoeft niet)').fill(story);
      await view.getByLabel('Deel mijn verhaal met de trainer').check();
    }
    await view.getByRole('button', { name: 'Bewaar' }).click();
    await view.getByText(`Bewaard: ${step}`).waitFor();
  }

  const taskOf = (phone: Phone, session: number) => `${phone.nickname}: in week ${session} oefen ik één ding met mijn medewerker.`;

  test('sessions 1-5: look-back, catch-up, a phone back with its code, the co-trainer, the register, certificates and deletion', async () => {
    const trainer = await trainerContext(running.browser, running.server.trainerUrl);
    contexts.push(trainer);
    const home = await trainer.newPage();
    await home.goto(`${origin()}/`);
    await home.getByRole('button', { name: 'Nieuwe leergang' }).click();
    await home.getByLabel('Naam van de leergang').fill(GROUP);
    await home.getByLabel('Organisatie').fill('Werkzaak Rivierenland');
    await home.getByLabel("Trainers (met komma's)").fill('Anna de Vries, Bram Jansen');
    await home.getByRole('button', { name: 'Leergang aanmaken' }).click();
    await cardOf(home).waitFor();

    const phones = [
      await newPhone('Ans', 'Zoë Ğülşen', [3, 7]),
      await newPhone('Bert', "Jan-Willem d'Hondt", [4, 6]),
      await newPhone('Cem', 'Fatima El Amrani', [5, 8]),
      await newPhone('Dina', 'Kees Bakker', [2, 5]),
    ];
    const [ans, bert, cem, dina] = phones;
    const deck = home;

    // Session 1: all four. The self-efficacy baseline, and each writes a transfer task (Ans shares hers).
    let code = await openSession(home, 1);
    for (const phone of phones) await join(phone, code);
    expect(phones.every((phone) => /^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/.test(phone.personalCode ?? ''))).toBe(true);
    await showExercise(deck, 'zelfvertrouwen-start');
    for (const phone of phones) {
      await phone.page.locator(`mw-scale-phone button[data-value="${phone.scores[0]}"]`).click();
      await phone.page.getByText('Antwoord ontvangen').waitFor();
    }
    await showExercise(deck, 'opdracht-1');
    for (const phone of phones) await writeTask(phone, taskOf(phone, 1), phone === ans);

    // Session 2 without Dina: each phone's look-back shows its own task of session 1, nobody else's.
    code = await openSession(home, 2);
    for (const phone of [ans, bert, cem]) await join(phone, code);
    await showExercise(deck, 'hoe-ging-het');
    for (const phone of [ans, bert, cem]) {
      const view = phone.page.locator('mw-terugblik-phone');
      await expect.poll(() => view.locator('.own-task').textContent()).toBe(taskOf(phone, 1));
      for (const other of phones.filter((p) => p !== phone)) expect(await phone.page.getByText(taskOf(other, 1)).count()).toBe(0);
    }
    await lookBack(ans, 'Ging goed', 'Ik liet het eerst zien, daarna deed hij het zelf.');
    await lookBack(bert, 'Geprobeerd, lukte niet');
    await lookBack(cem, 'Ging een beetje');
    // The trainer approves Ans's shared story in the moderation window; the projector shows it.
    const screen = deck.locator('section.present mw-terugblik-screen');
    await screen.locator('.shown-count[data-total="3"][data-shared="1"]').waitFor();
    const [moderation] = await Promise.all([trainer.waitForEvent('page'), screen.getByRole('button', { name: 'Modereren' }).click()]);
    await moderation.locator('mw-moderation-app li', { hasText: 'Ans' }).getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => screen.locator('.card').allTextContents()).toEqual(['Ik liet het eerst zien, daarna deed hij het zelf.']);
    await moderation.close();
    await shot(deck, 'leergang-lookback-projector');
    await ans.page.screenshot({ path: `${SCREENSHOTS}/leergang-lookback-phone.png` });
    await showExercise(deck, 'opdracht-2');
    for (const phone of [ans, bert, cem]) await writeTask(phone, taskOf(phone, 2));

    // Session 3: Ans and Cem only.
    code = await openSession(home, 3);
    for (const phone of [ans, cem]) await join(phone, code);
    await showExercise(deck, 'opdracht-3');
    for (const phone of [ans, cem]) await writeTask(phone, taskOf(phone, 3));

    // Session 4: Cem's phone forgot everything and comes back with the personal code; Bert and
    // Dina missed session 3 and see what it covered; Bert's look-back says he was not there.
    code = await openSession(home, 4);
    await cem.page.evaluate(() => localStorage.clear());
    await cem.page.goto(`${origin()}/join`);
    await cem.page.getByLabel('Code van het scherm').fill(code);
    await cem.page.getByText('Nieuwe telefoon in een leergang?').click();
    await cem.page.getByLabel('Je persoonlijke code').fill(cem.personalCode!);
    await cem.page.getByRole('button', { name: 'Meedoen' }).click();
    await afterJoin(cem);
    for (const phone of [ans, bert, dina]) await join(phone, code);
    for (const phone of [bert, dina]) {
      const card = phone.page.locator('mw-member-bar .catch-up');
      await expect.poll(() => card.locator('h2').textContent()).toBe('Je miste bijeenkomst 3');
      expect(await card.locator('.task').textContent()).toContain('De opdracht voor thuis was:');
    }
    expect(await ans.page.locator('mw-member-bar .catch-up').count()).toBe(0);
    await bert.page.screenshot({ path: `${SCREENSHOTS}/leergang-catch-up.png` });
    await showExercise(deck, 'hoe-ging-het');
    await expect.poll(() => cem.page.locator('mw-terugblik-phone .own-task').textContent()).toBe(taskOf(cem, 3));
    await bert.page.locator('mw-terugblik-phone').getByText('Je was er vorige keer niet.').waitFor();
    await showExercise(deck, 'opdracht-4');
    for (const phone of phones) await writeTask(phone, taskOf(phone, 4));

    // Session 5 is given by the co-trainer, in a fresh browser that came in by the co-trainer link.
    await home.goto(`${origin()}/`);
    const invites = cardOf(home).locator('details.invites');
    await invites.locator('summary').click();
    await invites.getByRole('button', { name: 'Co-trainer uitnodigen' }).click();
    const link = (await invites.locator('.invite code').textContent())!;
    const coTrainer = await running.browser.newContext(PROJECTOR);
    contexts.push(coTrainer);
    const coHome = await coTrainer.newPage();
    await coHome.goto(link);
    await shot(coHome, 'leergang-group-page');
    code = await openSession(coHome, 5);
    for (const phone of phones) await join(phone, code);
    await showExercise(coHome, 'zelfvertrouwen-eind');
    for (const phone of phones) {
      await phone.page.locator(`mw-scale-phone button[data-value="${phone.scores[1]}"]`).click();
      await phone.page.getByText('Antwoord ontvangen').waitFor();
    }
    await coHome.locator('section.present mw-scale-screen').getByRole('button', { name: /^Toon/ }).click();
    // The group's shift, read from the group's session-1 room on the server: 3.5 → 6.5.
    const shift = coHome.locator('section.present mw-scale-screen .summary.shift');
    await expect.poll(() => shift.getAttribute('data-before')).toBe('3.5');
    expect(await shift.getAttribute('data-mean')).toBe('6.5');
    expect(await shift.getAttribute('data-shift')).toBe('3');
    await shot(coHome, 'leergang-shift-co-trainer');
    // Each phone sees its own shift, Cem's too on the phone that forgot everything.
    await expect.poll(() => ans.page.locator('mw-scale-phone .shift').textContent()).toBe('In sessie 1 gaf je 3, nu 7 (+4).');
    await expect.poll(() => cem.page.locator('mw-scale-phone .shift').textContent()).toBe('In sessie 1 gaf je 5, nu 8 (+3).');
    await showExercise(coHome, 'actieplan');
    for (const phone of phones) await writeTask(phone, taskOf(phone, 5));

    // Each member types the name for the certificate in Mijn leergang, on their own phone.
    for (const phone of phones) {
      await phone.page.locator('mw-member-bar').getByRole('button', { name: 'Mijn leergang' }).click();
      const mine = phone.page.locator('mw-my-leergang');
      await mine.getByLabel('Je naam op het bewijs').fill(phone.name);
      await mine.getByRole('button', { name: 'Naam opslaan' }).click();
      await expect.poll(() => mine.getByText('Opgeslagen.').count()).toBe(1);
    }
    const ansMine = ans.page.locator('mw-my-leergang');
    expect(await ansMine.locator('li[data-session] .state').allTextContents()).toEqual(Array(5).fill('Je was erbij'));
    expect(await ansMine.getByText(taskOf(ans, 5)).count()).toBe(1);
    expect((await ansMine.locator('.shift strong').first().textContent())!.replace(/\s+/g, ' ')).toBe('bijeenkomst 1: 3 → bijeenkomst 5: 7');
    for (const other of [bert, cem, dina]) expect(await ans.page.getByText(other.name).count()).toBe(0);
    await shot(ans.page, 'leergang-mijn-leergang');

    // The register on the start page: Bert missed 3, Dina 2 and 3, Cem is one member throughout.
    await home.goto(`${origin()}/`);
    const register = cardOf(home).locator('mw-group-register');
    const rowOf = (pseudonym: string) => register.locator('tbody tr', { hasText: pseudonym }).locator('td');
    await expect.poll(() => register.locator('tbody tr').count()).toBe(4);
    expect(await rowOf('Deelnemer 1').allTextContents()).toEqual(['✓', '✓', '✓', '✓', '✓', '5', 'Verwijderen']);
    expect(await rowOf('Deelnemer 2').allTextContents()).toEqual(['✓', '✓', 'gemist', '✓', '✓', '4', 'Verwijderen']);
    expect(await rowOf('Deelnemer 3').allTextContents()).toEqual(['✓', '✓', '✓', '✓', '✓', '5', 'Verwijderen']);
    expect(await rowOf('Deelnemer 4').allTextContents()).toEqual(['✓', 'gemist', 'gemist', '✓', '✓', '3', 'Verwijderen']);
    expect(await register.locator('details.register').getAttribute('open')).not.toBeNull();
    expect(await cardOf(home).locator('ol > li .when').first().textContent()).toMatch(/^gegeven \d{1,2}-\d{1,2}-\d{4}$/);
    await shot(home, 'leergang-register');

    // Certificates: at least 4 of 5, so Ans, Bert and Cem, with the names they typed; Dina not.
    const certificates = cardOf(home).locator('mw-group-certificates details');
    await certificates.locator('summary').click();
    await expect.poll(() => certificates.locator('.summary').textContent()).toBe('3 bewijzen klaar.');
    await certificates.getByRole('button', { name: 'Bewijzen uitgeven' }).click();
    await certificates.locator('.issued').waitFor();
    const [download] = await Promise.all([home.waitForEvent('download'), certificates.getByRole('link', { name: 'Alle bewijzen (PDF)' }).click()]);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const pdf = await readPdf(bytes);
    expect(pdf.pages.map((page) => page.lines.find((line) => [ans, bert, cem, dina].some((p) => p.name === line)))).toEqual([ans.name, bert.name, cem.name]);
    expect(pdf.pages.map((page) => page.lines.find((line) => line.endsWith('bijeenkomsten bijgewoond')))).toEqual([
      '5 van 5 bijeenkomsten bijgewoond', '4 van 5 bijeenkomsten bijgewoond', '5 van 5 bijeenkomsten bijgewoond',
    ]);
    await writeFile(`${SCREENSHOTS}/leergang-certificate-page.png`, (await renderPage(bytes, 2)).png);

    // Dina deletes her own data from Mijn leergang: she leaves the register and her phone forgets her.
    const dinaMine = dina.page.locator('mw-my-leergang');
    await dinaMine.getByRole('button', { name: 'Wis mijn gegevens' }).click();
    await dinaMine.getByRole('button', { name: 'Ja, wis alles' }).click();
    // The server closes her phone's session at once; the page says why, not that the trainer removed her.
    await dina.page.getByText('Je gegevens zijn gewist.').first().waitFor();
    expect(await dina.page.getByText('De trainer heeft je uit deze sessie gehaald.').count()).toBe(0);
    // Her phone forgets the membership once the server answered that everything is deleted.
    await expect.poll(() => dina.page.evaluate(() => localStorage.getItem('mentorwijs:members'))).not.toContain(GROUP);
    await home.reload();
    await expect.poll(() => cardOf(home).locator('mw-group-register tbody tr').count()).toBe(3);
    expect(await cardOf(home).locator('mw-group-register tbody tr', { hasText: 'Deelnemer 4' }).count()).toBe(0);
  }, 300_000);
});
