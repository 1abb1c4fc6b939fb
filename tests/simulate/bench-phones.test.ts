/**
 * The benchmark's following and voting phones (src/tools/simulate/bench-phones.ts), with a link
 * and clock of our own: the follower reports each new step of the slide once, and the voter asks
 * once and votes as the kind's answer shape and the seat's budget allow.
 */
import { describe, expect, it } from 'vitest';
import { publicQuestionId } from '../../src/kinds/vragen/public-id.ts';
import { isVragenAnswer, SEAT_BUDGET, type VragenAnswer } from '../../src/kinds/vragen/rules.ts';
import { createRandom } from '../../src/shared/seeded-random.ts';
import { startFollowingPhone, startVotingPhone, type BenchPhoneEvent } from '../../src/tools/simulate/bench-phones.ts';
import type { PhoneLink } from '../../src/tools/simulate/simulated-phone.ts';
import type { PhoneExercise } from '../../src/sync/participant-session.ts';

function fakeLink() {
  const listeners = new Set<() => void>();
  const written: VragenAnswer[] = [];
  let view: unknown;
  let current: PhoneExercise | null = null;
  const link: PhoneLink & { publicView(): unknown } = {
    pid: 'telefoon',
    current: () => current,
    answer: (_id, value) => void written.push(value as VragenAnswer),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publicView: () => view,
  };
  const changed = () => listeners.forEach((listener) => listener());
  return {
    link,
    written,
    show(next: unknown) {
      view = next;
      changed();
    },
    open(live: Record<string, unknown>) {
      const prompt = { kind: 'vragen', question: 'Vraag?', max: 160, perSeat: 3, moderated: false };
      current = { id: 'zaal', state: { status: 'open', round: 1, prompt } as PhoneExercise['state'], answer: undefined, own: undefined, live };
      changed();
    },
  };
}

/** Timers run when `runAll` says so, in the order of their delays. */
function manualClock() {
  const timers: { ms: number; run: () => void }[] = [];
  const events: BenchPhoneEvent[] = [];
  return {
    events,
    clock: { setTimer: (run: () => void, ms: number) => timers.push({ ms, run }), now: () => 0, report: (event: BenchPhoneEvent) => void events.push(event) },
    delays: () => timers.map((timer) => timer.ms),
    runAll: () => timers.sort((a, b) => a.ms - b.ms).splice(0).forEach((timer) => timer.run()),
  };
}

describe('the benchmark\'s phones', () => {
  it('a following phone reports each new step of the slide once, and nothing while there is no view', () => {
    const { link, show } = fakeLink();
    const { clock, events } = manualClock();
    startFollowingPhone(link, clock);
    show(undefined);
    show({ h: 2, v: 0, step: 0 });
    show({ h: 2, v: 0, step: 0 });
    show({ h: 2, v: 0, step: 1 });
    show({ h: 3, v: 0, step: 0 });
    expect(events.map((event) => event.type === 'view' && event.step)).toEqual(['2/0/0', '2/0/1', '3/0/0']);
  });

  it('a voting phone asks one question, then votes for others\' questions only, once each, within the seat\'s budget', () => {
    const { link, written, open } = fakeLink();
    const { clock, events, delays, runAll } = manualClock();
    const options = { askMs: 5000, voteMs: 15_000, votes: 3 };
    startVotingPhone(link, createRandom(7), options, clock);
    expect(written).toEqual([]);
    open({ questions: [{ id: 'a1' }, { id: 'b2' }, { id: 'c3' }, { id: 'd4' }] });
    open({ questions: [{ id: 'a1' }, { id: 'b2' }, { id: 'c3' }, { id: 'd4' }] });
    // One question within askMs, the votes after it within voteMs; a second change of the same round starts nothing new.
    expect(delays()).toHaveLength(4);
    expect(delays().filter((ms) => ms < options.askMs)).toHaveLength(1);
    expect(delays().every((ms) => ms < options.askMs + options.voteMs)).toBe(true);
    runAll();
    expect(written).toHaveLength(4);
    expect(written.length).toBeLessThanOrEqual(SEAT_BUDGET.burst);
    for (const value of written) expect(isVragenAnswer(value, { max: 160, perSeat: 3 })).toBe(true);
    const last = written.at(-1)!;
    expect(last.questions).toHaveLength(1);
    expect(new Set(last.votes).size).toBe(3);
    expect(last.votes).not.toContain(publicQuestionId(last.questions[0].id));
    expect(events.map((event) => event.type)).toEqual(['asked', 'voted', 'voted', 'voted']);
    expect(events.filter((event) => event.type === 'voted').map((event) => event.type === 'voted' && event.votes)).toEqual([1, 2, 3]);
  });

  it('a voting phone with no question of others to see casts no vote', () => {
    const { link, written, open } = fakeLink();
    const { clock, runAll } = manualClock();
    startVotingPhone(link, createRandom(1), { askMs: 10, voteMs: 10, votes: 3 }, clock);
    open({});
    runAll();
    expect(written.map((value) => value.votes)).toEqual([[]]);
  });
});
