/**
 * A batch of simulated phones in one process: joins them (a few at a time, as a hall does
 * over a few seconds), keeps them answering, and reports what happens. The rehearsal tool and
 * the benchmark each run several batches, one per worker process.
 */
import { createRandom, humanDelayMs, phoneSeed } from '../../shared/seeded-random.ts';
import { connectRelayPhone, joinGuardedPhone, type ConnectedPhone } from './phone-links.ts';
import { startSimulatedPhone, type PhoneEvent } from './simulated-phone.ts';
import { startFollowingPhone, startVotingPhone, type BenchPhoneEvent, type VotingOptions } from './bench-phones.ts';

export type FleetOptions = {
  /** `guarded`: our server, joined by code; `relay`: the benchmark's plain y-websocket relay. */
  mode: 'guarded' | 'relay';
  /** Our server's http origin, or the relay's ws URL. */
  origin: string;
  code?: string;
  count: number;
  /** The number of this batch's first phone in the whole run (seeds and nicknames follow it). */
  firstIndex: number;
  seed: number;
  /** Divides the human delays (2-20 s): 10 answers ten times sooner. */
  speed: number;
  /** Nickname prefix: "Oefen" names the phones "Oefen 1", "Oefen 2", …; none when absent. */
  nickname?: string;
  /** Benchmark bursts: answer after a delay spread evenly over this many ms instead of a human one. */
  burstMs?: number;
  /** Joins in flight at once in this batch. */
  joinConcurrency?: number;
  /** What the phones do (bench-phones.ts): answer what opens (the default), follow the slides, or ask and vote. */
  role?: 'answer' | 'follow' | 'vragen';
  /** For `vragen`: when the phones ask and vote. */
  voting?: VotingOptions;
};

export type FleetEvent =
  | PhoneEvent
  | BenchPhoneEvent
  | { type: 'joined'; joined: number; synced: number; at: number }
  /** A join that failed and is tried again (as a person taps again); `error` when the last try failed. */
  | { type: 'retry'; message: string }
  /** The server answered a join "too many at once" (429); the phone tries again by itself, as a real one does. */
  | { type: 'busy' }
  | { type: 'error'; message: string };

export type Fleet = { stop(): void; synced(): number; receivedBytes(): number };

const JOIN_ATTEMPTS = 3;

/** Node's fetch says only "fetch failed"; the cause says why (ECONNRESET, a timeout…). */
function reasonOf(error: unknown): string {
  const { message, cause } = error as Error & { cause?: { code?: string; message?: string } };
  return cause ? `${message} (${cause.code ?? cause.message})` : message;
}

export function startFleet(options: FleetOptions, WebSocketPolyfill: unknown, report: (event: FleetEvent) => void): Fleet {
  const phones: ConnectedPhone[] = [];
  const stops: (() => void)[] = [];
  let stopped = false;
  let joined = 0;
  let lastSynced = -1;
  const synced = () => phones.filter((phone) => phone.isSynced()).length;

  const progress = setInterval(() => {
    const now = synced();
    if (now !== lastSynced) {
      lastSynced = now;
      report({ type: 'joined', joined, synced: now, at: Date.now() });
    }
  }, 25);

  const connectOne = async (index: number): Promise<ConnectedPhone> => {
    if (options.mode === 'relay') return connectRelayPhone(options.origin, `relay${String(index).padStart(11, '0')}`, WebSocketPolyfill);
    return joinGuardedPhone(options.origin, options.code!, WebSocketPolyfill, () => report({ type: 'busy' }));
  };

  const startOne = async (index: number) => {
    let phone: ConnectedPhone | undefined;
    for (let attempt = 1; !phone; attempt++) {
      try {
        phone = await connectOne(index);
      } catch (error) {
        if (attempt === JOIN_ATTEMPTS || stopped) throw error;
        report({ type: 'retry', message: `phone ${index + 1}: ${reasonOf(error)}` });
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    }
    if (stopped) return phone.destroy();
    phones.push(phone);
    joined += 1;
    if (options.nickname) phone.setNickname(`${options.nickname} ${index + 1}`);
    const random = createRandom(phoneSeed(options.seed, index));
    // Wall clock with sub-millisecond precision, comparable between the worker processes.
    const now = () => performance.timeOrigin + performance.now();
    const setTimer = (run: () => void, ms: number) => setTimeout(run, ms);
    const { stop } =
      options.role === 'follow'
        ? startFollowingPhone(phone, { setTimer, now, report })
        : options.role === 'vragen'
          ? startVotingPhone(phone, random, options.voting ?? { askMs: 5000, voteMs: 15_000, votes: 3 }, { setTimer, now, report })
          : startSimulatedPhone({
              link: phone,
              random,
              delayMs: options.burstMs !== undefined ? () => random() * options.burstMs! : () => humanDelayMs(random, options.speed),
              setTimer,
              clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
              now,
              report,
            });
    stops.push(stop);
  };

  // A few joins at a time: like a hall scanning the QR code, and kind to the HTTP server.
  let next = 0;
  const lane = async () => {
    while (!stopped && next < options.count) {
      const index = options.firstIndex + next++;
      try {
        await startOne(index);
      } catch (error) {
        report({ type: 'error', message: `phone ${index + 1}: ${reasonOf(error)}` });
      }
    }
  };
  for (let i = 0; i < Math.min(options.joinConcurrency ?? 8, options.count); i++) void lane();

  return {
    synced,
    receivedBytes: () => phones.reduce((sum, phone) => sum + phone.receivedBytes(), 0),
    stop() {
      stopped = true;
      clearInterval(progress);
      for (const stop of stops) stop();
      for (const phone of phones) phone.destroy();
    },
  };
}
