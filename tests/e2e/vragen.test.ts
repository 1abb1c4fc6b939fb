/**
 * Questions from the hall in real Chromium: phones ask (anonymously or with a name), the trainer
 * approves in the moderation window, phones vote, the projector ranks by votes, and the speaker
 * marks a question as being answered and as done.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const FIRST = 'Hoe begin ik het gesprek met mijn leidinggevende?';
const SECOND = 'Wie betaalt de training?';
const WAITING = `<img src=x onerror="document.title='pwned'"> Nog niet goedgekeurd`;

describe('questions from the hall in real Chromium', () => {
  let flow: LiveFlow;
  let moderation: Page;

  const screen = () => flow.screen('mw-vragen-screen');
  const phoneView = (i: number) => flow.phones[i].locator('mw-vragen-phone');
  const row = (text: string) => moderation.locator('mw-moderation-app li', { hasText: text });
  const ask = async (i: number, text: string, name = '') => {
    await phoneView(i).getByLabel('Jouw vraag').fill(text);
    await phoneView(i).getByLabel('Je naam erbij (leeg = anoniem)').fill(name);
    await phoneView(i).getByRole('button', { name: 'Stuur je vraag' }).click();
  };

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'vragen', phones: 3 });
    await flow.showExercise('zaal', 'mw-vragen-phone');
  });

  afterAll(async () => {
    await flow?.close();
  });

  test('a phone says in Dutch why a question cannot go: empty, or one more than it may ask', async () => {
    await phoneView(0).getByRole('button', { name: 'Stuur je vraag' }).click();
    await phoneView(0).getByText('Typ eerst je vraag.').waitFor();
    await ask(0, FIRST);
    await phoneView(0).getByText('Je vraag is verstuurd. De trainer zet hem op de lijst.').waitFor();
    await ask(0, WAITING);
    await ask(0, 'Een derde vraag?');
    await phoneView(0).getByText('Je hebt al 2 vragen gesteld; meer kan niet.').waitFor();
    await phoneView(0).locator('.own li').nth(1).getByText('wacht op goedkeuring').waitFor();
    await ask(1, SECOND, 'Piet');
  });

  test('the projector shows nothing before approval; the moderation window lists each question of a phone', async () => {
    await screen().locator('.counts[data-approved="0"][data-waiting="3"]').waitFor();
    await expect(screen().locator('.top li').count()).resolves.toBe(0);
    [moderation] = await Promise.all([
      flow.projector.context().waitForEvent('page'),
      screen().getByRole('button', { name: 'Modereren' }).click(),
    ]);
    await moderation.locator('.summary[data-total="3"]').waitFor();
    await expect(moderation.locator('mw-moderation-app img').count()).resolves.toBe(0);
    await row(FIRST).getByRole('button', { name: 'Toon' }).click();
    await row(SECOND).getByRole('button', { name: 'Toon' }).click();
    await moderation.locator('.summary[data-shown="2"]').waitFor();
    await expect(row(WAITING).locator('.state').textContent()).resolves.toBe('verborgen');
    await screen().locator('.counts[data-approved="2"][data-waiting="1"]').waitFor();
  });

  test('phones see only the approved questions, vote once each, and can take a vote back', async () => {
    for (const i of [0, 1, 2]) await phoneView(i).locator('.list li').nth(1).waitFor();
    for (const i of [0, 1, 2]) {
      await expect(phoneView(i).locator('.list').textContent()).resolves.not.toContain('Nog niet goedgekeurd');
    }
    // Phone 1 votes for the first question, phone 2 for both, then takes the first back.
    await phoneView(1).locator('.list li', { hasText: FIRST }).getByRole('button').click();
    const second = phoneView(2).locator('.list li', { hasText: SECOND }).getByRole('button');
    const first = phoneView(2).locator('.list li', { hasText: FIRST }).getByRole('button');
    await second.click();
    await first.click();
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    await screen().locator('.top li:first-child .votes[data-votes="2"]').waitFor();
    await first.click();
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('false');
    await screen().locator('.top li .votes[data-votes="1"]').nth(1).waitFor();
    // Phone 0 sees its own question as its own, with its count, and no vote button on it.
    await phoneView(0).locator('.list li', { hasText: FIRST }).getByText('jouw vraag').waitFor();
    await expect(phoneView(0).locator('.list li', { hasText: FIRST }).getByRole('button').count()).resolves.toBe(0);
    // One more vote for the second: it climbs to the top of the projector.
    await phoneView(0).locator('.list li', { hasText: SECOND }).getByRole('button').click();
    await screen().locator('.top li:first-child .votes[data-votes="2"]').waitFor();
    await expect(screen().locator('.top li .text').allTextContents()).resolves.toEqual([`${SECOND} — Piet`, FIRST]);
    await phoneView(2).locator('.list li:first-child', { hasText: SECOND }).waitFor();
    await flow.screenshot(flow.projector, 'projector-vragen-top');
    await flow.screenshot(flow.phones[2], 'phone-vragen-list');
    await flow.screenshot(moderation, 'moderation-vragen');
    expect(await seriousA11yViolations(flow.phones[2])).toEqual([]);
  });

  test('the speaker marks a question as being answered and as done; phones follow', async () => {
    await screen().locator('.top li', { hasText: SECOND }).getByRole('button', { name: 'Beantwoord nu' }).click();
    await screen().locator('.answering', { hasText: SECOND }).waitFor();
    await phoneView(1).locator('.list li.answering', { hasText: SECOND }).waitFor();
    await phoneView(1).locator('.own .where', { hasText: 'nu aan de beurt' }).waitFor();
    await flow.screenshot(flow.projector, 'projector-vragen-answering');
    await flow.screenshot(flow.phones[1], 'phone-vragen-answering');
    await screen().locator('.answering').getByRole('button', { name: 'Klaar' }).click();
    await screen().locator('.counts', { hasText: '1 beantwoord' }).waitFor();
    await expect(screen().locator('.answering').count()).resolves.toBe(0);
    await phoneView(1).locator('.list li.done', { hasText: SECOND }).waitFor();
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    await expect(flow.projector.title()).resolves.not.toBe('pwned');
  });
});
