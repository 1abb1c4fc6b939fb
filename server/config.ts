/** Server settings from the environment, with the defaults a trainer's laptop needs. */
import { resolve } from 'node:path';
import { DEFAULT_RETENTION_DAYS } from '../src/shared/leergang/retention.ts';

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
  /** Rooms one address may create: burst size, then refill per second. */
  roomCreateBurst: number;
  roomCreatesPerSecond: number;
  /**
   * Successful joins per IP: burst size, then refill per second. A hall shares one NAT address,
   * so the burst is large: 2,000 phones get in within a minute (`npm run bench` measures it).
   */
  joinBurst: number;
  joinsPerSecond: number;
  /**
   * Calls to the member API (`/api/member/…`: history, name, certificate, deletion) per IP. Each
   * reads a member's documents or draws a PDF, so a loop from one address must not cost more than
   * a group's phones opening Mijn leergang at once.
   */
  memberCallBurst: number;
  memberCallsPerSecond: number;
  /** Seats in a room whose deck's join block sets no `deelnemers:`: a training group (8-18) with room to spare. */
  participantCap: number;
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
  /** The shortest time between two publications of an exercise's public tally (questions from the hall and their counts). */
  publicTallyMs: number;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  limits: Limits;
  /** A room nobody is connected to for this long is freed from memory (default 10 minutes). */
  roomIdleMs?: number;
  /** The trainer key (TRAINER_KEY); without it the server makes one and keeps it in the store. */
  trainerKey?: string;
  /** Below this much free disk space no new room is created (MIN_FREE_DISK_MB, default 200). */
  minFreeDiskBytes?: number;
  /** Host names besides this machine's own that the server answers to (ALLOWED_HOSTS, e.g. behind a proxy). */
  extraHosts?: string[];
  /**
   * The address everyone reaches this server by (PUBLIC_URL, e.g. `https://live.example.nl` behind
   * a proxy): the join links (QR and online), invite and remote links carry it, and its host is
   * answered to. Without it the links carry this machine's LAN address, which only the venue reaches.
   */
  publicUrl?: string;
  /** A leergang's data are deleted this many days after its last session (RETENTION_DAYS, default 365). */
  retentionDays?: number;
};

export const DEFAULT_MIN_FREE_DISK_BYTES = 200 * 1024 * 1024;
/** Short keys are guessable; the generated one has 32 random bytes. */
const MIN_TRAINER_KEY_LENGTH = 16;

export const DEFAULT_LIMITS: Limits = {
  maxClientMessageBytes: 16 * 1024,
  maxTrainerMessageBytes: 1024 * 1024,
  messageBurst: 100,
  messagesPerSecond: 30,
  failedJoinBurst: 60,
  failedJoinsPerSecond: 1,
  // A trainer opens a room per deck; 30 at once and one more every 6 s is far beyond that.
  roomCreateBurst: 30,
  roomCreatesPerSecond: 1 / 6,
  joinBurst: 400,
  joinsPerSecond: 40,
  // A group of up to 30 behind one NAT fetching its histories at the session's start, with room to spare.
  memberCallBurst: 60,
  memberCallsPerSecond: 2,
  participantCap: 30,
  // A dead phone is closed 20-40 s after its last answer: shown offline within a minute.
  pingIntervalMs: 20_000,
  // An honest phone is refused only in a rare race (it answers just as the trainer locks), a
  // few times an hour at most; twenty a minute is a client that keeps sending what it may not.
  seatRefusalLimit: 20,
  seatRefusalWindowMs: 60_000,
  seatSuspensionMs: 60_000,
  refusalSummaryMs: 60_000,
  // Phones see vote counts at most once a second, however fast a hall of 2,000 votes (decision 0087).
  publicTallyMs: 1000,
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
      participantCap: readWholeNumber(env.PARTICIPANT_CAP, 'PARTICIPANT_CAP') ?? DEFAULT_LIMITS.participantCap,
      seatRefusalLimit: readWholeNumber(env.SEAT_REFUSALS_PER_MINUTE, 'SEAT_REFUSALS_PER_MINUTE') ?? DEFAULT_LIMITS.seatRefusalLimit,
    },
    roomIdleMs: readSeconds(env.ROOM_IDLE_SECONDS, 'ROOM_IDLE_SECONDS'),
    trainerKey: readTrainerKey(env.TRAINER_KEY),
    minFreeDiskBytes: readMegabytes(env.MIN_FREE_DISK_MB, 'MIN_FREE_DISK_MB'),
    extraHosts: env.ALLOWED_HOSTS?.split(',').map((host) => host.trim()).filter(Boolean),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    retentionDays: readWholeNumber(env.RETENTION_DAYS, 'RETENTION_DAYS') ?? DEFAULT_RETENTION_DAYS,
  };
}

/**
 * An origin only (scheme, host, optional port): the pages, sockets and API live at the root, so
 * a path would make links that lead nowhere.
 */
export function readPublicUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const problem = `PUBLIC_URL must be an http:// or https:// address without a path, like https://live.example.nl, got "${value}"`;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(problem);
  }
  const isOriginOnly = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isOriginOnly) throw new Error(problem);
  return url.origin;
}

function readTrainerKey(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length < MIN_TRAINER_KEY_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new Error(`TRAINER_KEY must be at least ${MIN_TRAINER_KEY_LENGTH} letters, digits, "-" or "_"`);
  }
  return value;
}

function readMegabytes(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 0) throw new Error(`${name} must be a whole number of megabytes, got "${value}"`);
  return megabytes * 1024 * 1024;
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
