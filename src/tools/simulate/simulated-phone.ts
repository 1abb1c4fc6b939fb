/**
 * One simulated participant: watches what its phone link shows and, whenever the trainer opens
 * something new to answer (an exercise, a new round, the next situation or scene), answers it
 * after a delay, as a person would. Knows nothing about sockets: the link and the clock are
 * passed in, so the same phone drives our server and the benchmark's plain relay.
 */
import type { PhoneExercise } from '../../sync/participant-session.ts';
import { answerSlot, sampleAnswer } from './sample-answer.ts';
import type { Random } from '../../shared/seeded-random.ts';

/** What a phone sees and does; `ParticipantSession` and the relay link both provide it. */
export type PhoneLink = {
  readonly pid: string;
  /** The exercise the trainer is on, its state, this phone's answer in the current round and its own part. */
  current(): PhoneExercise | null;
  answer(exerciseId: string, value: unknown): void;
  /** Subscribes to every change of what the phone sees; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
};

export type PhoneEvent =
  /** The phone saw a new exercise, round, status or slot on the stage. */
  | { type: 'stage'; pid: string; exerciseId: string; round: number; status: string; slot: string; at: number }
  | { type: 'answered'; pid: string; exerciseId: string; round: number; slot: string; at: number };

export type PhoneDependencies = {
  link: PhoneLink;
  random: Random;
  /** How long this person takes for the next answer, in ms. */
  delayMs: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Wall-clock milliseconds, comparable across processes (for latencies measured elsewhere). */
  now: () => number;
  report: (event: PhoneEvent) => void;
};

export function startSimulatedPhone({ link, random, delayMs, setTimer, clearTimer, now, report }: PhoneDependencies): { stop(): void } {
  const answered = new Set<string>();
  let pending: { key: string; timer: unknown } | null = null;
  let lastSeen = '';

  const keyOf = (current: NonNullable<ReturnType<PhoneLink['current']>>) =>
    `${current.id}|${current.state.round}|${answerSlot(current.state.prompt)}`;

  const cancel = () => {
    if (pending) clearTimer(pending.timer);
    pending = null;
  };

  const answerNow = (key: string) => {
    pending = null;
    const current = link.current();
    if (current?.state.status !== 'open' || keyOf(current) !== key) return;
    answered.add(key);
    const value = sampleAnswer(
      { prompt: current.state.prompt, progress: current.state.progress, own: current.own, previous: current.answer },
      random,
    );
    if (value === null) return;
    link.answer(current.id, value);
    report({ type: 'answered', pid: link.pid, exerciseId: current.id, round: current.state.round, slot: answerSlot(current.state.prompt), at: now() });
  };

  const onChange = () => {
    const current = link.current();
    if (!current) return cancel();
    const key = keyOf(current);
    const seen = `${key}|${current.state.status}`;
    if (seen !== lastSeen) {
      lastSeen = seen;
      const { id, state } = current;
      report({ type: 'stage', pid: link.pid, exerciseId: id, round: state.round, status: state.status, slot: answerSlot(state.prompt), at: now() });
    }
    if (current.state.status !== 'open') return cancel();
    if (answered.has(key) || pending?.key === key) return;
    cancel();
    pending = { key, timer: setTimer(() => answerNow(key), delayMs()) };
  };

  const unsubscribe = link.onChange(onChange);
  onChange();
  return {
    stop() {
      cancel();
      unsubscribe();
    },
  };
}
