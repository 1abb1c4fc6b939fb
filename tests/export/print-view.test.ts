import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { BaseDefinition } from '../../src/shared/kind/kind.ts';
import { ACTION_TIMEOUT_MS, trainerContext } from '../support/browser.ts';
import { useBuiltServerAndBrowser } from '../support/built-server-and-browser.ts';
import { fixtureManifest } from '../support/fixture-manifest.ts';

/** Fixture decks that hold every exercise kind between them. */
const DECKS = ['kennis', 'feedback', 'open', 'sorteer', 'stijlquiz', 'rollenspel'];

/** What the room sees of an exercise before any answer: its question and what it can choose from. */
function textsOf(definition: BaseDefinition): string[] {
  const d = definition as BaseDefinition & Record<string, unknown>;
  const texts = (items: unknown) => (items as { text: string }[]).map((item) => item.text);
  switch (definition.kind) {
    case 'choice':
      return [d.question as string, ...texts(d.options)];
    case 'feedback':
      return [d.statement as string, ...texts(d.criteria)];
    case 'open':
    case 'scale':
      return [d.question as string];
    case 'sort':
      return [d.question as string, ...texts(d.statements)];
    case 'stylequiz':
      return [...texts(d.situations), ...(d.styles as string[])];
    case 'roleplay': {
      const [start] = d.scenes as { text: string; choices: { text: string }[] }[];
      return [start.text, ...texts(start.choices)];
    }
    default:
      throw new Error(`no expectation for kind ${definition.kind}`);
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text a reader sees inside a view's shadow root (innerText stops at the shadow boundary). */
function visibleShadowText(host: Element): string {
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.checkVisibility()) parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
}

describe('the deck print view (?print-pdf)', () => {
  const running = useBuiltServerAndBrowser();

  async function openPrintView(deck: string): Promise<{ page: Page; sockets: string[] }> {
    const page = await (await trainerContext(running.browser, running.server.trainerUrl)).newPage();
    page.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`${running.server.origin}/deck?deck=${deck}&print-pdf`);
    await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' });
    return { page, sockets };
  }

  test.each(DECKS)('shows every exercise of "%s" as its question and options, without buttons or a live room', async (deck) => {
    const { page, sockets } = await openPrintView(deck);
    const exercises = Object.values(fixtureManifest().decks[deck].exercises);
    expect(exercises.length).toBeGreaterThan(0);
    for (const definition of exercises) {
      const view = page.locator(`[exercise-id="${definition.id}"]`);
      const shown = collapse(await view.evaluate(visibleShadowText));
      for (const text of textsOf(definition)) expect(shown).toContain(collapse(text));
      // No live counts, status or empty answer area: there is no room on paper.
      expect(shown).not.toMatch(/\d+ (antwoord|antwoorden)\b|nog niet gestart|Nog niets getoond/);
      await expect(view.locator('button').count()).resolves.toBe(0);
    }
    await expect(page.locator('.pdf-page').count()).resolves.toBeGreaterThan(exercises.length);
    expect(await page.locator('body').innerText()).not.toContain('Geen live verbinding');
    expect(sockets).toEqual([]);
    const rooms = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('mentorwijs:room:')));
    expect(rooms).toEqual([]);
    await page.close();
  });

  test('puts a line where the join card shows its QR code live', async () => {
    const { page } = await openPrintView('kennis');
    await expect(page.locator('mw-join-card').count()).resolves.toBe(0);
    expect(await page.locator('.mw-print-join').innerText()).toBe('Doe mee met je telefoon: de QR-code verschijnt in de live presentatie.');
    await page.close();
  });

  test('with notes=1 adds each slide\'s notes on a page of its own, labelled with the slide', async () => {
    const { page } = await openPrintView('kennis&notes=1');
    const notes = page.locator('.speaker-notes-pdf');
    await expect(notes.count()).resolves.toBeGreaterThan(0);
    expect(await notes.first().innerText()).toContain('Notities bij dia 1');
    expect(await page.locator('.speaker-notes-pdf .mw-debrief').first().innerText()).toContain('afhankelijk van de antwoorden');
    await page.close();
  });
});
