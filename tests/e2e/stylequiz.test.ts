import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousA11yViolations } from '../support/axe.ts';
import { startLiveFlow, type LiveFlow } from '../support/live-flow.ts';

const QUIZ = 'stijlen-basis';
// Fitting: 1 instrueren, 2 steunen, 3 delegeren or steunen. Scores: 3, 2 and 0 of 3.
const PICKS = [
  ['instrueren', 'steunen', 'delegeren'],
  ['instrueren', 'begeleiden', 'steunen'],
  ['begeleiden', 'begeleiden', 'instrueren'],
];

describe('style quiz in real Chromium', () => {
  let flow: LiveFlow;
  const phone = (i: number) => flow.phones[i].locator('mw-stylequiz-phone');

  beforeAll(async () => {
    flow = await startLiveFlow({ deck: 'stijlquiz', phones: 3 });
    await flow.showExercise(QUIZ, 'mw-stylequiz-phone .situation');
  });

  afterAll(async () => {
    await flow?.close();
  });

  async function answerSituation(index: number) {
    for (const [i, picks] of PICKS.entries()) {
      await phone(i).locator('.where', { hasText: `Situatie ${index + 1} van 3` }).waitFor();
      await phone(i).locator(`button[data-style="${picks[index]}"]`).click();
      await phone(i).locator(`button[data-style="${picks[index]}"][aria-pressed="true"]`).waitFor();
      await flow.phones[i].getByText('Antwoord ontvangen. Je mag nog wisselen.').waitFor();
    }
    await flow.screen('mw-stylequiz-screen').locator('.answered[data-answered="3"]').waitFor();
  }

  test('the room plays three situations: live counts, then the fitting style and why on screen and each phone', async () => {
    const screen = flow.screen('mw-stylequiz-screen');
    await screen.locator('.where', { hasText: 'Situatie 1 van 3' }).waitFor();
    expect(await seriousA11yViolations(flow.phones[0])).toEqual([]);

    await answerSituation(0);
    await expect(screen.locator('li[data-style="instrueren"] .count').getAttribute('data-count')).resolves.toBe('2');
    await screen.locator('button[data-action="reveal"]').click();
    await screen.locator('li.fitting[data-style="instrueren"]').waitFor();
    await screen.getByText('Passend: instrueren.').waitFor();
    await flow.phones[0].getByText('Goed! Instrueren past hier.').waitFor();
    await flow.phones[2].getByText('Niet de passende stijl. Passend: instrueren.').waitFor();
    await phone(2).locator('button.wrong[data-style="begeleiden"]').waitFor();
    await phone(2).locator('.why').waitFor();
    expect(await seriousA11yViolations(flow.phones[2])).toEqual([]);
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    await flow.screenshot(flow.projector, 'projector-stylequiz-reveal');
    await flow.screenshot(flow.phones[2], 'phone-stylequiz-reveal');

    await screen.locator('button[data-move="next"]').click();
    await answerSituation(1);
    await screen.locator('button[data-action="lock"]').click();
    await flow.phones[0].getByText('Antwoord ontvangen. De trainer heeft de situatie gesloten.').waitFor();
    expect(await phone(0).locator('button[data-style="delegeren"]').isDisabled()).toBe(true);
    await screen.locator('button[data-action="reveal"]').click();
    await flow.phones[1].getByText('Niet de passende stijl. Passend: steunen.').waitFor();

    await screen.locator('button[data-move="next"]').click();
    await answerSituation(2);
    expect(await screen.locator('button[data-move="next"]').count()).toBe(0);
    await flow.screenshot(flow.projector, 'projector-stylequiz-open');
    await flow.screenshot(flow.phones[0], 'phone-stylequiz-open');
    await screen.locator('button[data-action="reveal"]').click();
    await screen.getByText('Passend: delegeren of steunen.').waitFor();
    await flow.phones[1].getByText('Goed! Steunen past hier.').waitFor();
  });

  test('the summary shows the room\'s over- and under-chosen styles; each phone only its own score', async () => {
    const screen = flow.screen('mw-stylequiz-screen');
    await screen.locator('button[data-move="summary"]').click();
    await screen.locator('.overall[data-right="5"][data-total="9"]').waitFor();
    // Chosen vs fitting: begeleiden 3 vs 0, steunen 2 vs 4.5 of 9 choices.
    await expect(screen.locator('li[data-balance]').evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-style')}:${row.getAttribute('data-balance')}`))).resolves.toEqual([
      'instrueren:even', 'begeleiden:over', 'steunen:under', 'delegeren:even',
    ]);
    await screen.locator('li[data-style="begeleiden"] .verdict', { hasText: 'overgekozen' }).waitFor();
    await screen.locator('li[data-style="steunen"] .verdict', { hasText: 'ondergekozen' }).waitFor();

    const scores = ['Jouw score: 3 van 3', 'Jouw score: 2 van 3', 'Jouw score: 0 van 3'];
    for (const [i, score] of scores.entries()) {
      await phone(i).locator('.score', { hasText: score }).waitFor();
      await expect(phone(i).locator('.score').allTextContents()).resolves.toEqual([score]);
      const others = scores.filter((other) => other !== score);
      const text = await flow.phones[i].locator('body').innerText();
      for (const other of others) expect(text).not.toContain(other);
    }
    await expect(phone(2).locator('.detail li').evaluateAll((items) => items.map((item) => item.className))).resolves.toEqual(['wrong', 'wrong', 'wrong']);
    // The score comes from the phone's own stored answers, so a reload shows it again.
    await flow.phones[2].reload();
    await phone(2).locator('.score', { hasText: 'Jouw score: 0 van 3' }).waitFor();

    expect(await seriousA11yViolations(flow.phones[1])).toEqual([]);
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
    await flow.screenshot(flow.projector, 'projector-stylequiz-summary');
    await flow.screenshot(flow.phones[1], 'phone-stylequiz-summary');
    await flow.setTheme('dark');
    await flow.screenshot(flow.projector, 'projector-stylequiz-summary-dark');
    expect(await seriousA11yViolations(flow.projector)).toEqual([]);
  });

  test('the trainer steps back from the summary to the last situation, still revealed', async () => {
    const screen = flow.screen('mw-stylequiz-screen');
    await screen.locator('button[data-move="previous"]').click();
    await screen.locator('.where', { hasText: 'Situatie 3 van 3' }).waitFor();
    await screen.locator('li.fitting[data-style="delegeren"]').waitFor();
    await flow.phones[0].getByText('Goed! Delegeren past hier.').waitFor();
    await flow.screenshot(flow.projector, 'projector-stylequiz-reveal-dark');
    await flow.setTheme('light');
  });
});

