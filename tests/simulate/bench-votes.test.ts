/**
 * The vragen row's bookkeeping (src/tools/simulate/bench-votes.ts): a vote is shown by the first
 * redraw whose answer holds at least its count; a vote never shown is sorted by the server's own
 * copy of the answers; and the bench waits for late votes instead of counting them as missing.
 */
import { describe, expect, it } from 'vitest';
import { createVoteMatcher, missingVotes, topTen, votesIn, votesSettled, type SentVote } from '../../src/tools/simulate/bench-votes.ts';

const vote = (pid: string, votes: number, at: number): SentVote => ({ pid, exerciseId: 'zaal', round: 1, votes, at });
const recorded = (votes: number) => ({ value: { questions: [], votes: Array.from({ length: votes }, (_, i) => `q${i}`) } });

describe('the vragen row\'s matching of votes to the projector', () => {
  it('a vote is shown by the first redraw with at least its count, however the clocks of the processes differ', () => {
    const matcher = createVoteMatcher();
    matcher.shown('zaal/a/1', 1, 1000);
    matcher.shown('zaal/a/1', 3, 1300);
    // The second vote was written after the first redraw; two writes can arrive as one.
    expect(matcher.latencyOf(vote('a', 1, 990))).toBe(10);
    expect(matcher.latencyOf(vote('a', 2, 1100))).toBe(200);
    expect(matcher.latencyOf(vote('a', 3, 1200))).toBe(100);
    expect(matcher.latencyOf(vote('a', 4, 1250))).toBeNull();
    expect(matcher.latencyOf(vote('b', 1, 900))).toBeNull();
    expect(matcher.latencyOf({ ...vote('a', 1, 990), round: 2 })).toBeNull();
  });

  it('a vote never shown is either not in the server\'s answer, or in it and never drawn', () => {
    const matcher = createVoteMatcher();
    matcher.shown('zaal/a/1', 1, 1000);
    const votes = [vote('a', 1, 990), vote('a', 2, 1100), vote('b', 1, 900), vote('c', 2, 950)];
    const server = new Map<string, unknown>([
      ['zaal/a/1', recorded(2)],
      ['zaal/c/1', recorded(1)],
    ]);
    const missing = missingVotes(votes, matcher, server);
    expect(missing.notShown).toEqual([votes[1]]);
    expect(missing.notAtServer).toEqual([votes[2], votes[3]]);
  });

  it('counts the votes of a recorded answer, and none of anything else', () => {
    expect(votesIn(recorded(3))).toBe(3);
    expect(votesIn({ value: { votes: 'x' } })).toBe(0);
    expect(votesIn(undefined)).toBe(0);
    expect(topTen({ questions: Array.from({ length: 12 }, (_, i) => i) })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('waits for votes still to come and gives each late vote its own time to show', () => {
    const matcher = createVoteMatcher();
    const settle = { showWaitMs: 30_000, quietMs: 3000 };
    matcher.shown('zaal/a/1', 1, 1000);
    const shownOnly = [vote('a', 1, 990)];
    // Every vote reported so far is shown, but one more is due and a report came in lately.
    expect(votesSettled(shownOnly, { expected: 2, lastReportAt: 995, now: 2000 }, matcher, settle)).toBe(false);
    // No report for longer: a phone with nothing left to vote for casts fewer.
    expect(votesSettled(shownOnly, { expected: 2, lastReportAt: 995, now: 4000 }, matcher, settle)).toBe(true);
    // A late vote, written just now, is not missing yet; it is after showWaitMs from its write.
    const late = [...shownOnly, vote('b', 1, 50_000)];
    expect(votesSettled(late, { expected: 2, lastReportAt: 50_050, now: 50_100 }, matcher, settle)).toBe(false);
    expect(votesSettled(late, { expected: 2, lastReportAt: 50_050, now: 80_000 }, matcher, settle)).toBe(true);
    matcher.shown('zaal/b/1', 1, 50_200);
    expect(votesSettled(late, { expected: 2, lastReportAt: 50_050, now: 50_300 }, matcher, settle)).toBe(true);
  });
});
