/**
 * The benchmark's two other kinds of phone: one that follows the slides (reports each new step of
 * the public stage's `view`) and one in a hall asking and voting (`::: vragen`: one question,
 * then a few votes for questions it sees, each write at a random moment of a window, well inside
 * the seat's budget of SEAT_BUDGET). Like the simulated phone, they know nothing about sockets.
 */
import { SAMPLE_QUESTIONS } from '../../kinds/vragen/sample-answer.ts';
import { publicQuestionId } from '../../kinds/vragen/public-id.ts';
import { pick, type Random } from '../../shared/seeded-random.ts';
import type { PhoneLink } from './simulated-phone.ts';

export type BenchPhoneEvent =
  /** The phone's public stage shows a new step: `step` is `h/v/step`. */
  | { type: 'view'; pid: string; step: string; at: number }
  | { type: 'asked'; pid: string; exerciseId: string; round: number; at: number }
  /** The phone wrote its answer holding `votes` votes. */
  | { type: 'voted'; pid: string; exerciseId: string; round: number; votes: number; at: number };

type Clock = { setTimer: (run: () => void, ms: number) => unknown; now: () => number; report: (event: BenchPhoneEvent) => void };

export function startFollowingPhone(link: PhoneLink & { publicView(): unknown }, { now, report }: Clock): { stop(): void } {
  let last = '';
  const onChange = () => {
    const view = link.publicView() as { h?: number; v?: number; step?: number } | undefined;
    const step = view && typeof view === 'object' ? `${view.h}/${view.v}/${view.step}` : '';
    if (step === last) return;
    last = step;
    if (step) report({ type: 'view', pid: link.pid, step, at: now() });
  };
  const unsubscribe = link.onChange(onChange);
  onChange();
  return { stop: unsubscribe };
}

export type VotingOptions = { askMs: number; voteMs: number; votes: number };

export function startVotingPhone(link: PhoneLink, random: Random, { askMs, voteMs, votes }: VotingOptions, { setTimer, now, report }: Clock): { stop(): void } {
  const localId = Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0');
  const question = { id: localId, text: pick(random, SAMPLE_QUESTIONS) };
  const mine = { questions: [] as (typeof question)[], votes: [] as string[] };
  let started = '';
  let stopped = false;

  const write = (id: string) => {
    link.answer(id, { questions: mine.questions, votes: mine.votes });
    return link.current()?.state.round ?? 0;
  };
  const ask = (id: string) => {
    if (stopped) return;
    mine.questions = [question];
    const at = now();
    report({ type: 'asked', pid: link.pid, exerciseId: id, round: write(id), at });
  };
  const vote = (id: string) => {
    const current = link.current();
    if (stopped || current?.id !== id) return;
    const seen = ((current.live.questions ?? []) as { id: string }[]).map((q) => q.id);
    const candidates = seen.filter((qid) => qid !== publicQuestionId(localId) && !mine.votes.includes(qid));
    if (!candidates.length) return;
    // Skewed towards the front of the list, so some questions gather many votes and a top 10 forms.
    mine.votes = [...mine.votes, candidates[Math.floor(random() ** 3 * candidates.length)]];
    // Timed from just before the write, as the phone's tap.
    const at = now();
    report({ type: 'voted', pid: link.pid, exerciseId: id, round: write(id), votes: mine.votes.length, at });
  };

  const onChange = () => {
    const current = link.current();
    if (current?.state.status !== 'open' || (current.state.prompt as { kind?: string }).kind !== 'vragen') return;
    const key = `${current.id}|${current.state.round}`;
    if (key === started) return;
    started = key;
    setTimer(() => ask(current.id), random() * askMs);
    for (let i = 0; i < votes; i++) setTimer(() => vote(current.id), askMs + random() * voteMs);
  };
  const unsubscribe = link.onChange(onChange);
  onChange();
  return {
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}
