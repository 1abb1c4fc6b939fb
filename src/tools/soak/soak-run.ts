/**
 * `npm run soak`: a whole session played against a real server for M minutes — phones join,
 * the trainer opens every exercise of a deck in turn, phones answer, the trainer locks and
 * reveals, 10% of the phones drop and come back each minute — with the server's memory sampled
 * throughout and once more after everyone left and the server freed the room.
 */
import type { BaseDefinition } from '../../shared/kind/kind.ts';
import { createLiveRoom } from '../../sync/live-room.ts';
import { ParticipantSession } from '../../sync/participant-session.ts';
import { joinRoom, type ParticipantSeat } from '../../sync/room-api.ts';
import { createRoom } from '../../sync/trainer-api.ts';
import { createRandom, humanDelayMs, phoneSeed, type Random } from '../../shared/seeded-random.ts';
import { linkOfSession } from '../simulate/phone-links.ts';
import { startSimulatedPhone } from '../simulate/simulated-phone.ts';
import type { ServerMemory, SoakServer } from './soak-server.ts';
import { trainerWebSocket } from './trainer-socket.ts';
import { trainerKeyHeaders } from '../../shared/trainer-key.ts';

export type SoakOptions = {
  minutes: number;
  phones: number;
  deck: string;
  /** The deck's exercises, in order (from the build's manifest). */
  exercises: BaseDefinition[];
  /** Share of the phones that drop and reconnect each minute. */
  churnPerMinute: number;
  /** Divides the human answer delays (2-20 s). */
  speed: number;
  seed: number;
  sampleEveryMs: number;
};

export type MemorySample = ServerMemory & { atS: number; phase: 'before' | 'warm-up' | 'level' | 'session' | 'after' };
export type SoakReport = {
  samples: MemorySample[];
  before: MemorySample;
  /** After the warm-up room closed: the level the long room must return to. */
  level: MemorySample;
  peak: MemorySample;
  after: MemorySample;
  exercisesPlayed: number;
  answersSeen: number;
  reconnects: number;
};

type Phone = { seat: ParticipantSeat; session: ParticipantSession; stop(): void };

export async function runSoak(
  options: SoakOptions,
  { server, WebSocket, log }: { server: SoakServer; WebSocket: unknown; log: (line: string) => void },
): Promise<SoakReport> {
  const started = Date.now();
  const samples: MemorySample[] = [];
  const sample = async (phase: MemorySample['phase']) => {
    const memory = await server.memory();
    const entry = { ...memory, atS: Math.round((Date.now() - started) / 1000), phase };
    samples.push(entry);
    log(`${String(entry.atS).padStart(4)} s  ${phase.padEnd(7)} heap ${entry.heapUsedMb.toFixed(1).padStart(6)} MB  rss ${entry.rssMb.toFixed(0).padStart(4)} MB  rooms ${entry.rooms}  freed docs held ${entry.freedDocs.held}/${entry.freedDocs.freed}`);
    return entry;
  };
  const before = await sample('before');

  // A first, short room warms the server up (code compiled, caches filled); the level it leaves
  // behind is what the long room must return to. Growth from one closed room to the next is a leak.
  const warmupMs = Math.min(30_000, (options.minutes * 60_000) / 4);
  const warmup = await playRoom(warmupMs, 'warm-up');
  const level = await sample('level');
  const main = await playRoom(options.minutes * 60_000 - warmupMs, 'session');
  const after = await sample('after');
  const sessionSamples = samples.filter((entry) => entry.phase === 'session');
  const peak = sessionSamples.reduce((max, entry) => (entry.heapUsedMb > max.heapUsedMb ? entry : max), sessionSamples[0] ?? after);
  return {
    samples,
    before,
    level,
    peak,
    after,
    exercisesPlayed: warmup.exercisesPlayed + main.exercisesPlayed,
    answersSeen: warmup.answersSeen + main.answersSeen,
    reconnects: warmup.reconnects + main.reconnects,
  };

  /** One room for `durationMs`: phones join, the trainer plays the deck, everyone leaves, the server frees the room. */
  async function playRoom(durationMs: number, phase: 'warm-up' | 'session') {
    const room = await createRoom(server.origin, options.deck, trainerKeyHeaders(server.trainerKey));
    const definitions = Object.fromEntries(options.exercises.map((definition) => [definition.id, definition]));
    const trainer = createLiveRoom({ origin: server.origin, room, asViewer: false, definitions, WebSocketPolyfill: trainerWebSocket(server.trainerKey) });
    await trainer.ready;

    const connectPhone = (seat: ParticipantSeat, random: Random): Phone => {
      const session = new ParticipantSession(server.origin, seat, WebSocket);
      const { stop } = startSimulatedPhone({
        link: linkOfSession(session),
        random,
        delayMs: () => humanDelayMs(random, options.speed),
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
        now: Date.now,
        report: () => undefined,
      });
      return { seat, session, stop };
    };
    const randoms = Array.from({ length: options.phones }, (_, i) => createRandom(phoneSeed(options.seed, i)));
    const phones: Phone[] = [];
    for (const random of randoms) phones.push(connectPhone(await joinRoom(server.origin, room.code), random));

    const churn = createRandom(options.seed ^ 0x5eed);
    let reconnects = 0;
    let exercisesPlayed = 0;
    let answersSeen = 0;
    const ends = Date.now() + durationMs;
    let nextSample = Date.now() + options.sampleEveryMs;
    let nextChurn = Date.now() + 60_000;

    while (Date.now() < ends) {
      const slide = exercisesPlayed % options.exercises.length;
      const definition = options.exercises[slide];
      // A second pass through the deck starts each exercise anew, as "Opnieuw" does.
      if (trainer.exercises.has(definition.id)) trainer.control(definition.id, 'reset');
      trainer.arrive({ h: slide, v: 0 }, definition.id);
      if (trainer.exercises.get(definition.id)!.status !== 'open') trainer.control(definition.id, 'open');
      const round = trainer.exercises.get(definition.id)!.round;
      await until(() => trainer.answersFor(definition.id, round).length >= Math.ceil(options.phones * 0.8), 25_000 / options.speed + 5_000);
      answersSeen += trainer.answersFor(definition.id, round).length;
      trainer.control(definition.id, 'lock');
      trainer.control(definition.id, 'reveal');
      exercisesPlayed += 1;

      if (Date.now() >= nextChurn) {
        nextChurn += 60_000;
        const count = Math.max(1, Math.round(options.phones * options.churnPerMinute));
        for (let i = 0; i < count; i++) {
          const index = Math.floor(churn() * phones.length);
          phones[index].stop();
          phones[index].session.destroy();
          phones[index] = connectPhone(phones[index].seat, randoms[index]);
          reconnects += 1;
        }
      }
      if (Date.now() >= nextSample) {
        nextSample += options.sampleEveryMs;
        await sample(phase);
      }
    }
    await sample(phase);

    for (const phone of phones) {
      phone.stop();
      phone.session.destroy();
    }
    trainer.destroy();
    // The room leaves memory once nobody has been connected to it for the server's idle time.
    await until(async () => (await server.memory()).rooms === 0, 120_000);
    return { exercisesPlayed, answersSeen, reconnects };
  }
}

/** Waits until `condition` holds or `timeoutMs` passed, checking every 100 ms (a soak, not a test of timing). */
async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
}
