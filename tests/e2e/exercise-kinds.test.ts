import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ChoiceDefinition } from '../../src/kinds/choice/model.ts';
import { ACTION_TIMEOUT_MS, launchChromium, PHONE, trainerContext } from '../support/browser.ts';
import { startBuiltServer, type TestServer } from '../support/test-server.ts';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist-fixtures/manifest.json'), 'utf8'));
const allExercises = Object.values(manifest.decks.kennis.exercises) as { kind: string; id: string; question: string }[];
const exercises = allExercises.filter((e) => e.kind === 'choice') as ChoiceDefinition[];

describe('exercise kinds in real Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let projector: Page;
  const phones: Page[] = [];

  async function showExercise(id: string) {
    const index = await projector.evaluate(
      (exerciseId) => [...document.querySelectorAll('.reveal .slides > section')].findIndex((s) => s.getAttribute('data-exercise') === exerciseId),
      id,
    );
    await projector.evaluate((i) => (location.hash = `#/${i}`), index);
    await projector.locator(`section.present [exercise-id="${id}"]`).waitFor();
    const question = allExercises.find((e) => e.id === id)!.question;
    for (const phone of phones) await phone.locator('.question', { hasText: question }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startBuiltServer();
    browser = await launchChromium();
    const trainer = await trainerContext(browser, server.trainerUrl);
    trainer.setDefaultTimeout(ACTION_TIMEOUT_MS);
    projector = await trainer.newPage();
    await projector.goto(`${server.origin}/deck?deck=kennis#/1`);
    await projector.waitForSelector('html[data-live="ready"]');
    const code = await projector.locator('mw-join-card .code').getAttribute('data-code');
    for (let i = 0; i < 3; i++) {
      const context = await browser.newContext(PHONE);
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const phone = await context.newPage();
      await phone.goto(`${server.joinUrl}?code=${code}`);
      await phone.getByRole('button', { name: 'Verder' }).click();
      phones.push(phone);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('multi-select: phones tick and send several options; reveal judges the whole set', async () => {
    const multi = exercises.find((e) => e.mode === 'multi')!;
    await showExercise(multi.id);
    const wrongOption = multi.options.find((o) => !multi.correct.includes(o.id))!.id;
    const picks = [multi.correct, [multi.correct[0]], [...multi.correct, wrongOption].sort()];
    for (const [i, phone] of phones.entries()) {
      for (const id of picks[i]) await phone.locator(`mw-choice-phone button[data-option="${id}"]`).click();
      await phone.getByText('Nog niet verstuurd.').waitFor();
      await phone.getByRole('button', { name: 'Verstuur' }).click();
      await phone.getByText('Antwoord ontvangen').waitFor();
    }
    const screen = projector.locator('section.present mw-choice-screen');
    await screen.locator('.answered[data-answered="3"]').waitFor();
    await expect(screen.locator(`li[data-option="${multi.correct[0]}"] .count`).getAttribute('data-count')).resolves.toBe('3');
    await expect(screen.locator(`li[data-option="${wrongOption}"] .count`).getAttribute('data-count')).resolves.toBe('1');
    await screen.locator('button[data-action="reveal"]').click();
    await phones[0].getByText('Goed! Jouw antwoord is juist.').waitFor();
    await phones[1].getByText('Niet juist.').waitFor();
    await phones[2].getByText('Niet juist.').waitFor();
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-multi.png') });
    await phones[2].screenshot({ path: join(SCREENSHOTS, 'phone-multi.png') });
  });

  test('true/false with a countdown: phones see the time left, and the trainer can lock before it ends', async () => {
    const statement = exercises.find((e) => e.mode === 'truefalse' && e.seconds)!;
    await showExercise(statement.id);
    await phones[0].locator('mw-countdown [role="timer"]').waitFor();
    await expect(phones[0].locator('mw-countdown [role="timer"]').textContent()).resolves.toMatch(/0:[0-4]\d/);
    const screen = projector.locator('section.present mw-choice-screen');
    await screen.locator('mw-countdown').waitFor();
    await phones[0].locator('mw-choice-phone button[data-option="juist"]').click();
    await phones[1].locator('mw-choice-phone button[data-option="onjuist"]').click();
    await screen.locator('.answered[data-answered="2"]').waitFor();
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-truefalse.png') });
    await phones[0].screenshot({ path: join(SCREENSHOTS, 'phone-truefalse.png') });
    await screen.locator('button[data-action="lock"]').click();
    await phones[2].getByText('De vraag is gesloten.').waitFor();
    expect(await phones[2].locator('mw-choice-phone button[data-option="juist"]').isDisabled()).toBe(true);
    expect(await phones[0].locator('mw-countdown').count()).toBe(0);
  });

  test('scale: phones rate, the projector shows the distribution and mean, and reveal shows each phone the group', async () => {
    const scale = allExercises.find((e) => e.kind === 'scale')!;
    await showExercise(scale.id);
    for (const [i, value] of [6, 8, 8].entries()) {
      await phones[i].locator(`mw-scale-phone button[data-value="${value}"]`).click();
      await phones[i].getByText('Antwoord ontvangen').waitFor();
    }
    const screen = projector.locator('section.present mw-scale-screen');
    await screen.locator('.answered[data-answered="3"]').waitFor();
    await expect(screen.locator('.column[data-value="8"] .count').getAttribute('data-count')).resolves.toBe('2');
    await expect(screen.locator('.summary').getAttribute('data-mean')).resolves.toBe('7.3');
    await screen.getByRole('button', { name: 'Toon uitslag' }).click();
    await phones[0].getByText('Jij gaf 6. De groep: gemiddeld 7,3 (3 antwoorden).').waitFor();
    await projector.screenshot({ path: join(SCREENSHOTS, 'projector-scale.png') });
    await phones[0].screenshot({ path: join(SCREENSHOTS, 'phone-scale.png') });
  });

  test('the trainer downloads the results as CSV from the start page, during the session', async () => {
    const home = await projector.context().newPage();
    await home.goto(`${server.origin}/`);
    const [download] = await Promise.all([home.waitForEvent('download'), home.getByRole('button', { name: 'Resultaten (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mentorwijs-kennis-[A-Z2-9]{6}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const multi = exercises.find((e) => e.mode === 'multi')!;
    const rows = csv.split('\r\n').filter((line) => line.startsWith(`answer,`) && line.includes(`,${multi.id},`));
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.includes(',true,'))).toHaveLength(1);
    expect(csv).toContain(`total,,${multi.id},choice,1,(respondents),,3,`);
  });

  test('the trainer downloads the results as Excel from the start page: Dutch headers, the deck as the sheet, numbers as numbers', async () => {
    const home = await projector.context().newPage();
    await home.goto(`${server.origin}/`);
    const [download] = await Promise.all([home.waitForEvent('download'), home.getByRole('button', { name: 'Resultaten (Excel)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mentorwijs-kennis-[A-Z2-9]{6}\.xlsx$/);
    const sheets = await readXlsxFile(await download.path());
    // The deck's title, cut to Excel's 31 characters.
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Sessie 1 — Kennismaking en de l']);
    const [header, ...rows] = sheets[0].data;
    expect(header).toEqual(['Regel', 'Deelnemer', 'Oefening', 'Soort', 'Ronde', 'Antwoord', 'Goed', 'Aantal', 'Tijdstip (UTC)', 'Status']);
    const multi = exercises.find((e) => e.mode === 'multi')!;
    const answers = rows.filter((row) => row[0] === 'answer' && row[2] === multi.id);
    expect(answers).toHaveLength(3);
    expect(answers.filter((row) => row[6] === true)).toHaveLength(1);
    expect(rows).toContainEqual(['total', null, multi.id, 'choice', 1, '(respondents)', null, 3, null, null]);
  });
});
