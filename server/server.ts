/** Wires store, manifest, auth and rooms into a listening server; main.ts and the tests call this. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { allowedHosts } from './allowed-hosts.ts';
import { createApp } from './app.ts';
import { createAuth } from './auth.ts';
import type { Config } from './config.ts';
import { loadManifest, type Manifest } from './manifest.ts';
import { inlineScriptHashesOfBuild } from './inline-script-hashes.ts';
import { publicPathsOfBuild, remotePathsOfBuild } from './public-assets.ts';
import { buildFiles, type StaticFiles } from './static-files.ts';
import { createFailureLimiter, createKeyedLimiter } from './rate-limit.ts';
import { createRejectionLog } from './rejection-log.ts';
import { createRooms } from './rooms.ts';
import { createGroups } from './groups.ts';
import { loadInvites } from './invites.ts';
import { loadRemotes } from './remotes.ts';
import { createDeletion } from './leergang-deletion.ts';
import { createParticipantSockets } from './participant-sockets.ts';
import { startRetentionSweep } from './retention-sweep.ts';
import { DEFAULT_RETENTION_DAYS } from '../src/shared/leergang/retention.ts';
import { createSeatSuspensions } from './seat-suspension.ts';
import { createStoreHealth } from './store-health.ts';
import { createLeveldbStore } from './store/leveldb-store.ts';
import type { Store } from './store/store.ts';
import { createTrainerAccess, TRAINER_KEY_PARAM } from './trainer-access.ts';

export type StartOptions = {
  config: Config;
  /** Defaults to the LevelDB store under config.dataDir. */
  store?: Store;
  manifest?: Manifest;
  /** The host phones use in the join URL; defaults to localhost. */
  publicHost?: string;
  log?: (line: string) => void;
  now?: () => number;
  /** While the store fails, how often to try storing what is kept only in memory (default 5 s). */
  storeRetryMs?: number;
  /** What anyone may fetch without the trainer credential; defaults to the build's join page and its files. */
  publicPaths?: ReadonlySet<string>;
  /** The pages and their files; defaults to the build in `config.distDir` (`npm run dev` passes Vite's dev server). */
  files?: StaticFiles;
  /** CSP hashes of inline scripts the pages write; defaults to those found in the build. */
  scriptHashes?: readonly string[];
  /** How often expired groups are looked for after the sweep at start (default hourly). */
  retentionSweepMs?: number;
};

export type RunningServer = {
  port: number;
  joinUrl: string;
  /** The start page with the trainer key: opening it makes a browser the trainer's. */
  trainerUrl: string;
  trainerKey: string;
  /** How many rooms are in memory (the soak checks that closed rooms leave). */
  loadedRooms(): number;
  /** How many room codes the server remembers at all (codes of rooms that do not exist must not stay). */
  trackedRooms(): number;
  /** Documents of freed rooms: how many, and how many are still reachable (the soak, after a full GC, checks none). */
  freedRoomDocs(): { freed: number; held: number };
  /** Deletes the groups whose data expired by `now()`, as the hourly sweep does; the ids deleted. */
  sweepRetention(): Promise<string[]>;
  close(): Promise<void>;
};

/** A random key kept in the store under `name`, so it outlives a restart. */
async function storedKey(store: Store, name: string): Promise<string> {
  const existing = await store.getRecord<string>(name);
  if (existing) return existing;
  const key = randomBytes(32).toString('base64url');
  await store.putRecord(name, key);
  return key;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, log = () => {}, now = Date.now } = options;
  const manifest = options.manifest ?? loadManifest(config.distDir);
  const store = options.store ?? (await createLeveldbStore(config.dataDir));
  const serverKey = await storedKey(store, 'server-key');
  const auth = createAuth({ key: serverKey });
  const remotes = await loadRemotes({ store, key: serverKey, now });
  const invites = await loadInvites({ store, now });
  const trainer = createTrainerAccess({ key: config.trainerKey ?? (await storedKey(store, 'trainer-key')), isActiveInvite: invites.isActive });
  const files = options.files
    ?? (options.publicPaths ? buildFiles(config.distDir, options.publicPaths) : buildFiles(config.distDir, publicPathsOfBuild(config.distDir), remotePathsOfBuild(config.distDir)));
  const health = createStoreHealth(now);
  const onStoreError = (error: unknown, name: string) => {
    log(`CANNOT STORE changes of ${name}: ${(error as Error).message}. Answers are kept in memory only.`);
    health.failed(error);
  };
  const rooms = createRooms({
    store, manifest, now, onStoreError, onStored: health.stored, storeFailingSince: health.failingSince, idleMs: config.roomIdleMs,
    participantCap: config.limits.participantCap, publicTallyMs: config.limits.publicTallyMs,
  });
  // While the store fails the trainer is told (in each room's results) and the server keeps
  // trying to store what it holds only in memory; the first write that works clears the warning.
  let retry: ReturnType<typeof setInterval> | undefined;
  health.onChange((failingSince) => {
    void rooms.showStoreStatus(failingSince);
    clearInterval(retry);
    if (failingSince === null) {
      log('STORE WORKS AGAIN: answers are being stored.');
      void rooms.retryStore();
    } else {
      retry = setInterval(() => void rooms.retryStore(), options.storeRetryMs ?? 5000);
      retry.unref();
    }
  });
  // Rooms whose group has gone home leave memory; a quarter of the idle time is precise enough.
  const idleMs = config.roomIdleMs ?? 10 * 60_000;
  // Never while the store fails: a room's memory is then the only copy of its answers.
  const sweep = setInterval(() => {
    if (health.failingSince() === null) void rooms.unloadIdle();
  }, Math.max(1000, idleMs / 4));
  sweep.unref();
  const failures = createFailureLimiter({
    burst: config.limits.failedJoinBurst,
    perSecond: config.limits.failedJoinsPerSecond,
    now,
  });
  const joins = createKeyedLimiter({ burst: config.limits.joinBurst, perSecond: config.limits.joinsPerSecond, now });

  const refusals = createRejectionLog({ log, periodMs: config.limits.refusalSummaryMs });
  const suspensions = createSeatSuspensions({
    maxRefusals: config.limits.seatRefusalLimit,
    windowMs: config.limits.seatRefusalWindowMs,
    suspendMs: config.limits.seatSuspensionMs,
    now,
  });

  let origin = '';
  const storeProblem = () => (health.failingSince() === null ? null : health.lastError());
  const publicUrlHost = config.publicUrl ? [new URL(config.publicUrl).hostname] : [];
  const hosts = allowedHosts({ interfaces: networkInterfaces(), hostname: hostname(), publicHost: options.publicHost, extra: [...(config.extraHosts ?? []), ...publicUrlHost] });
  const groups = createGroups({
    store, now, hasDeck: (deck) => Object.hasOwn(manifest.decks, deck), createRoom: (deck, group) => rooms.create(deck, group),
    roomExists: async (code) => (await rooms.find(code)) !== undefined,
  });
  const sockets = createParticipantSockets();
  const deletion = createDeletion({ groups, rooms, invites, remotes, sockets, log });
  const retention = startRetentionSweep({
    groups, deleteGroup: deletion.deleteGroup, retentionDays: config.retentionDays ?? DEFAULT_RETENTION_DAYS, now, log, everyMs: options.retentionSweepMs,
  });
  const app = createApp({
    config, manifest, auth, trainer, rooms, groups, invites, remotes, sockets, deletion, failures, joins, refusals, suspensions, joinUrl: () => `${origin}/join`, now, log, storeProblem,
    files, allowedHosts: hosts, scriptHashes: options.scriptHashes ?? inlineScriptHashesOfBuild(config.distDir),
  });
  await new Promise<void>((resolve, reject) => {
    app.server.once('error', reject);
    app.server.listen(config.port, config.host, () => resolve());
  });
  const { port } = app.server.address() as AddressInfo;
  // PUBLIC_URL when set (decision 0091): the links must work from home too, not only on the venue's network.
  origin = config.publicUrl ?? `http://${options.publicHost ?? 'localhost'}:${port}`;

  return {
    port,
    joinUrl: `${origin}/join`,
    trainerUrl: `${origin}/?${TRAINER_KEY_PARAM}=${trainer.key}`,
    trainerKey: trainer.key,
    loadedRooms: () => rooms.loadedCount(),
    trackedRooms: () => rooms.trackedCount(),
    freedRoomDocs: () => rooms.freedDocs(),
    sweepRetention: () => retention.sweep(),
    async close() {
      clearInterval(sweep);
      await retention.stop();
      clearInterval(retry);
      await app.close();
      refusals.stop();
      await store.close();
    },
  };
}
