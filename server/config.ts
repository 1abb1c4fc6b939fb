/** Server settings from the environment, with the defaults a trainer's laptop needs. */
import { resolve } from 'node:path';

export type Limits = {
  /** Largest message a participant or viewer may send, in bytes. */
  maxClientMessageBytes: number;
  /** Largest message the trainer may send (stage updates carry exercise prompts). */
  maxTrainerMessageBytes: number;
  /** Messages per connection: burst size, then refill per second. */
  messageBurst: number;
  messagesPerSecond: number;
  /** Failed join / auth attempts per IP: burst size, then refill per second. */
  failedJoinBurst: number;
  failedJoinsPerSecond: number;
  /** How often every socket is pinged; one that has not answered by the next ping is closed. */
  pingIntervalMs: number;
  /**
   * A seat (a participant, or a room's trainer or viewer credential) with more refused frames
   * than this at once, refilled at this many per `seatRefusalWindowMs`, is suspended: its
   * upgrades get 429 for `seatSuspensionMs`.
   */
  seatRefusalLimit: number;
  seatRefusalWindowMs: number;
  seatSuspensionMs: number;
  /** Refused frames and requests are logged as one summary line per this period. */
  refusalSummaryMs: number;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  limits: Limits;
  /** A room nobody is connected to for this long is freed from memory (default 10 minutes). */
  roomIdleMs?: number;
};

export const DEFAULT_LIMITS: Limits = {
  maxClientMessageBytes: 16 * 1024,
  maxTrainerMessageBytes: 1024 * 1024,
  messageBurst: 100,
  messagesPerSecond: 30,
  failedJoinBurst: 60,
  failedJoinsPerSecond: 1,
  // A dead phone is closed 20-40 s after its last answer: shown offline within a minute.
  pingIntervalMs: 20_000,
  // An honest phone is refused only in a rare race (it answers just as the trainer locks), a
  // few times an hour at most; twenty a minute is a client that keeps sending what it may not.
  seatRefusalLimit: 20,
  seatRefusalWindowMs: 60_000,
  seatSuspensionMs: 60_000,
  refusalSummaryMs: 60_000,
};

export function loadConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const port = env.PORT === undefined ? 8080 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR ?? 'data'),
    distDir: resolve(cwd, env.DIST_DIR ?? 'dist'),
    limits: {
      ...DEFAULT_LIMITS,
      seatRefusalLimit: readWholeNumber(env.SEAT_REFUSALS_PER_MINUTE, 'SEAT_REFUSALS_PER_MINUTE') ?? DEFAULT_LIMITS.seatRefusalLimit,
    },
    roomIdleMs: readSeconds(env.ROOM_IDLE_SECONDS, 'ROOM_IDLE_SECONDS'),
  };
}

/** An optional whole number of seconds from the environment, in milliseconds. */
function readSeconds(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) throw new Error(`${name} must be a whole number of seconds, got "${value}"`);
  return seconds * 1000;
}

/** An optional whole number from 1 up from the environment. */
function readWholeNumber(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number from 1 up, got "${value}"`);
  return number;
}
