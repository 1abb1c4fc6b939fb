import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import type { RoleplayDefinition } from '../../src/kinds/roleplay/model.ts';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';
import { goToSlide } from '../support/slides.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist-fixtures/manifest.json'), 'utf8'));
const perk = manifest.decks.rollenspel.exercises.perk as RoleplayDefinition;
const PHONE_READY = 'mw-roleplay-phone button[data-choice="start/a"]';

async function vote(phone: Page, choice: string) {
  await phone.locator(`mw-roleplay-phone button[data-choice="${choice}"]`).click();
  await phone.locator(`mw-roleplay-phone button[data-choice="${choice}"][aria-pressed="true"]`).waitFor();
  await phone.getByText('Stem ontvangen').waitFor();
}

describe('role-play in real Chromium', () => {
  let flow: LiveFlow | undefined;

  afterEach(async () => {
    await flow?.close();
    flow = undefined;
  });

  test('the room votes, the trainer breaks a tie, steps back, overrides, and the debrief shows the path beside the paths not taken', async () => {
    flow = await startLiveFlow({ deck: 'rollenspel', phones: 3 });
    const { projector, phones } = flow;
    await flow.showExercise('perk', PHONE_READY);
    const screen = flow.screen('mw-roleplay-screen');
    await expect(screen.locator('.line').textContent()).resolves.toContain('Ik heb toch gedaan wat je zei?');
    await phones[0].getByText(perk.situation).waitFor();

    // Step 1: a clear majority.
    await vote(phones[0], 'start/b');
    await vote(phones[1], 'start/b');
    await vote(phones[2], 'start/a');
    await screen.locator('.answered[data-answered="3"]').waitFor();
    await expect(screen.locator('li[data-choice="start/b"] .count').getAttribute('data-count')).resolves.toBe('2');
    await flow.screenshot(projector, 'projector-roleplay-vote');
    await flow.screenshot(phones[0], 'phone-roleplay-vote');
    expect(await seriousA11yViolations(phones[0])).toEqual([]);
    expect(await seriousA11yViolations(projector)).toEqual([]);
    await screen.locator('button[data-move="meerderheid"]').click();

    // Step 2: every phone sees what the choice led to, then the room ties and the trainer breaks it.
    for (const phone of phones) {
      await phone.locator('mw-roleplay-phone .previous', { hasText: 'Sanne kijkt mee en pakt zelf de schoffel.' }).waitFor();
      await phone.locator('mw-roleplay-phone button[data-choice="samen/a"]:not([disabled])').waitFor();
    }
    await screen.locator('.previous[data-previous="start/b"]').waitFor();
    await vote(phones[0], 'samen/a');
    await vote(phones[1], 'samen/b');
    await screen.locator('.answered[data-answered="2"]').waitFor();
    await screen.getByText('Gelijke stand: kies zelf').waitFor();
    expect(await screen.locator('button[data-move="meerderheid"]').isDisabled()).toBe(true);
    await flow.screenshot(projector, 'projector-roleplay-tie');
    await flow.screenshot(phones[2], 'phone-roleplay-step2');
    await screen.getByRole('button', { name: 'Kies deze, B' }).click();
    await screen.locator('.ending[data-ending="afhankelijk"]').waitFor();
    await phones[2].getByText('Het gesprek is afgelopen.').waitFor();

    // Back one step: the same scene again, in a fresh round without the old votes.
    await screen.locator('button[data-move="terug"]').click();
    await screen.locator('li[data-choice="samen/a"]').waitFor();
    await screen.locator('.answered[data-answered="0"]').waitFor();
    for (const phone of phones) await phone.locator('mw-roleplay-phone button[data-choice="samen/a"][aria-pressed="false"]:not([disabled])').waitFor();

    // The room agrees on A; the trainer overrides with C.
    for (const phone of phones) await vote(phone, 'samen/a');
    await screen.locator('.answered[data-answered="3"]').waitFor();
    await screen.getByRole('button', { name: 'Kies deze, C' }).click();
    await screen.locator('.ending[data-ending="overbodig"]').waitFor();

    // Debrief: route 1. B → 2. C → end; taken choices beside the muted ones, with consequences and
    // codes; the weak C at step 2 carries what it misses, and the title says "mist", not "oefende".
    await screen.locator('button[data-move="nabespreken"]').click();
    const debrief = screen.locator('mw-roleplay-debrief');
    await expect.poll(() => debrief.locator('.route button').allInnerTexts()).toEqual(['1. B', '2. C', 'Einde']);
    await debrief.locator('li.taken[data-choice="start/b"]', { hasText: 'gekozen door de meerderheid' }).waitFor();
    await debrief.locator('li.not-taken[data-choice="start/c"]', { hasText: 'Het perk is af, maar Sanne krijgt deze taak niet meer.' }).waitFor();
    await debrief.locator('li.not-taken[data-choice="start/c"] .misses', { hasText: 'WB4' }).waitFor();
    await expect(debrief.locator('li.taken .votes').innerText()).resolves.toBe('2 van 3 stemmen');
    await expect(debrief.locator('.title .tags').innerText()).resolves.toBe('D1, D4, WB6');
    await expect(debrief.locator('.title').innerText()).resolves.toBe('Nabespreking · deze route oefende D1, D4, WB6 · mist WB4, WB5');
    await flow.screenshot(projector, 'projector-roleplay-debrief');
    await debrief.getByRole('button', { name: '2. C' }).click();
    await debrief.locator('li.taken[data-choice="samen/c"]', { hasText: 'trainer koos anders dan de groep' }).waitFor();
    await expect(debrief.locator('li.not-taken[data-choice="samen/a"] .votes').innerText()).resolves.toBe('3 van 3 stemmen');
    await debrief.locator('li.not-taken[data-choice="samen/a"] .star').waitFor();
    await debrief.getByRole('button', { name: 'Einde' }).click();
    await debrief.locator('.ending[data-ending="overbodig"]').waitFor();
    expect(await seriousA11yViolations(projector)).toEqual([]);

    await phones[1].getByText('Dit is de route die de groep koos.').waitFor();
    await expect(phones[1].locator('mw-roleplay-phone .path > li').count()).resolves.toBe(2);
    await flow.screenshot(phones[1], 'phone-roleplay-debrief');
    expect(await seriousA11yViolations(phones[1])).toEqual([]);
    await flow.setTheme('dark');
    await debrief.getByRole('button', { name: '2. C' }).click();
    await flow.screenshot(projector, 'projector-roleplay-debrief-dark');
  });

  test('role cards: three phones in one triad each see only their own briefing, and the observer\'s checklist reaches the debrief', async () => {
    flow = await startLiveFlow({ deck: 'rollenspel', phones: 3, theme: 'dark' });
    const { projector, phones } = flow;
    await flow.showExercise('perk', PHONE_READY);
    const screen = flow.screen('mw-roleplay-screen');
    await flow.screenshot(projector, 'projector-roleplay-vote-dark');
    await screen.locator('button[data-move="groepen-3"]').click();

    const roles = ['leidinggevende', 'medewerker', 'observator'] as const;
    for (const [i, role] of roles.entries()) {
      const phone = phones[i];
      await phone.locator(`mw-roleplay-phone h2.role[data-role="${role}"]`).waitFor();
      await expect(phone.locator('mw-roleplay-phone .briefing').textContent()).resolves.toBe(perk.roles![role]);
      for (const other of roles.filter((r) => r !== role)) await expect(phone.getByText(perk.roles![other]).count()).resolves.toBe(0);
      await expect(phone.locator('mw-roleplay-phone input[type="checkbox"]').count()).resolves.toBe(role === 'observator' ? perk.checklist.length : 0);
    }
    const group = screen.locator('li[data-group="1"]');
    await group.getByText('Deelnemer 3').waitFor();
    await expect(group.locator('.member').allInnerTexts()).resolves.toEqual(['Deelnemer 1 · leidinggevende', 'Deelnemer 2 · medewerker', 'Deelnemer 3 · observator']);

    // Names the trainer hid on the join card stay off the projector here too: the phones said so.
    await goToSlide(projector, 1);
    await projector.locator('section.present mw-join-card').getByRole('button', { name: 'Namen verbergen' }).click();
    await flow.showExercise('perk', 'mw-roleplay-phone h2.role');
    await expect.poll(() => group.locator('.member').allInnerTexts()).toEqual(['leidinggevende', 'medewerker', 'observator']);

    const observer = phones[2];
    await observer.getByLabel(perk.checklist[0]).check();
    await observer.getByLabel(perk.checklist[2]).check();
    await observer.getByRole('button', { name: 'Verstuur kijkpunten' }).click();
    await observer.getByText('Kijkpunten ontvangen').waitFor();
    await screen.locator('.observed[data-observed="1"]').waitFor();
    await flow.screenshot(projector, 'projector-roleplay-groups-dark');
    await flow.screenshot(observer, 'phone-roleplay-observer');
    expect(await seriousA11yViolations(observer)).toEqual([]);
    expect(await seriousA11yViolations(phones[0])).toEqual([]);
    expect(await seriousA11yViolations(projector)).toEqual([]);

    await screen.locator('button[data-move="nabespreken"]').click();
    const debrief = screen.locator('mw-roleplay-debrief');
    await debrief.getByText('Kijkpunten (1 observator)').waitFor();
    await expect(debrief.locator('.checklist li').evaluateAll((items) => items.map((li) => li.getAttribute('data-count')))).resolves.toEqual(['1', '0', '1', '0']);
    await flow.screenshot(projector, 'projector-roleplay-checklist-dark');
    await phones[0].getByText('Er is nog geen keuze gemaakt.').waitFor();
  });
});
