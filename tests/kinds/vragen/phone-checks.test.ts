import { describe, expect, test } from 'vitest';
import { PHONE_BUDGET, SLOW_DOWN, createPhoneBudget, newQuestionId, questionProblem } from '../../../src/kinds/vragen/phone-checks.ts';
import { SEAT_BUDGET, isVragenAnswer } from '../../../src/kinds/vragen/rules.ts';

const limits = { max: 20, perSeat: 2 };
const none = { questions: [], votes: [] };

describe('questionProblem', () => {
  test('says in Dutch what is wrong with an empty, oversize, repeated or one-too-many question', () => {
    expect(questionProblem('  ', none, limits)).toBe('Typ eerst je vraag.');
    expect(questionProblem('x'.repeat(21), none, limits)).toContain('te lang: 21 tekens, er passen er 20');
    const one = { questions: [{ id: 'aaaa1', text: 'Hoe?' }], votes: [] };
    expect(questionProblem(' Hoe? ', one, limits)).toBe('Deze vraag heb je al gesteld.');
    const two = { questions: [{ id: 'aaaa1', text: 'Hoe?' }, { id: 'aaaa2', text: 'Wat?' }], votes: [] };
    expect(questionProblem('Waarom?', two, limits)).toContain('Je hebt al 2 vragen gesteld; meer kan niet.');
    expect(questionProblem('Waarom?', one, limits)).toBeNull();
  });

  test('a question it lets through is one the server accepts', () => {
    const id = newQuestionId();
    expect(isVragenAnswer({ questions: [{ id, text: 'Waarom zo?' }], votes: [] }, limits)).toBe(true);
  });
});

describe('createPhoneBudget', () => {
  test('stops the phone before the server would, and refills at the server\'s pace', () => {
    let time = 0;
    const budget = createPhoneBudget(() => time);
    let sent = 0;
    while (budget.take()) sent++;
    expect(sent).toBe(PHONE_BUDGET.burst);
    expect(PHONE_BUDGET.burst).toBeLessThan(SEAT_BUDGET.burst);
    expect(PHONE_BUDGET.perSecond).toBeLessThanOrEqual(SEAT_BUDGET.perSecond);
    expect(SLOW_DOWN).toContain('rustig aan');
    time += 1000 / SEAT_BUDGET.perSecond;
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(false);
  });
});
