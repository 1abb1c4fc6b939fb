/**
 * Rooms: one per training group, with a join code, a trainer secret (stored only as a hash)
 * and its documents, loaded from the store before anyone syncs. Wiring only: what phones may
 * see is derived in public-stage.ts and inboxes.ts.
 */
import { randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { trainerValueOf } from '../src/kinds/for-trainer.ts';
import { followViewAt } from '../src/shared/deck/follow-view.ts';
import { createJoinCode } from '../src/shared/join-code.ts';
import {
  inboxDocName,
  participantDocName,
  roomDocPrefix,
  publicStageDocName,
  resultsDocName,
  stageDocName,
  type DocRef,
} from '../src/shared/doc-names.ts';
import {
  PARTICIPANT,
  RESULTS,
  STAGE,
  isParticipantAnswer,
  resultKey,
  type ExerciseState,
  type ParticipantAnswer,
  type Person,
  type RecordedAnswer,
} from '../src/shared/room-schema.ts';
import { REMOTE_RESULTS, remoteDocName } from '../src/shared/remote/schema.ts';
import { hashSecret, newSecret } from './auth.ts';
import { createAnswerBudgets, type AnswerBudgets } from './answer-budgets.ts';
import { openDocHub, type DocHub } from './doc-hub.ts';
import { followInboxes } from './inboxes.ts';
import { createPidHubs } from './pid-hubs.ts';
import { followStage } from './public-stage.ts';
import { followPublicTallies } from './public-tallies.ts';
import { createReleaseWatch } from './release-watch.ts';
import type { Manifest } from './manifest.ts';
import { createSeats, type Seats } from './room-seats.ts';
import { showStoreStatus } from './store-health.ts';
import type { Store } from './store/store.ts';

/** `group`: the leergang session this room is (its members are recognised across sessions). */
export type RoomRecord = { deck: string; secretHash: string; createdAt: number; group?: { id: string; session: number } };

export type Room = {
  code: string;
  record: RoomRecord;
  stage: DocHub;
  results: DocHub;
  /** Who has a seat, the cap, and who the trainer removed (a removed pid records nothing more). */
  seats: Seats;
  /** How fast each seat may change its answers, for kinds that set a budget (questions from the hall). */
  answerBudgets: AnswerBudgets;
  /** The live document a WebSocket path names (the "load" step, see steps.ts; a participant's and an inbox are loaded on first use). */
  hubFor(ref: DocRef): Promise<DocHub>;
  exerciseOf(id: string): BaseDefinition | undefined;
  stateOf(id: string): ExerciseState | undefined;
  /** Copies a participant's validated answers into the results the trainer reads. */
  recordAnswers(pid: string, participantDoc: Y.Doc, exerciseIds: string[]): void;
  recordNickname(pid: string, participantDoc: Y.Doc): void;
  setOnline(pid: string, online: boolean): void;
  /** Tells the deck which remotes the room has (RESULTS.remotes), so it follows exactly their command queues. */
  showRemotes(remotes: { id: string; createdAt: number }[]): void;
  settled(): Promise<void>;
  /** No socket on any of its documents. */
  isIdle(): boolean;
  /** After failed writes: tries to store its documents whole again. */
  retryStore(): Promise<void>;
  /**
   * Forgets a participant for good (a deleted member): its answers and seat leave the results and
   * its own documents leave memory and the store; the pid stays refused. The results' stored log
   * still holds the answers until `compactResults`.
   */
  forget(pid: string): Promise<void>;
  /** Rewrites the stored results as their state alone: what was deleted from them leaves the disk. */
  compactResults(): Promise<void>;
  /** Frees its documents (and watches them being collected); only after `settled()`, when idle. */
  destroy(): Promise<void>;
  /**
   * Whether the room was deleted: a socket whose upgrade was still loading its document when the
   * room's sockets were closed must be closed as they were (4404), not synced with a deleted room.
   */
  isGone(): boolean;
  /** Marks it deleted (`delete`, before it closes the room's sockets). */
  markGone(): void;
};

type Dependencies = {
  store: Store;
  manifest: Manifest;
  now: () => number;
  onStoreError: (error: unknown, name: string) => void;
  /** Called after every write that worked (the store may be back after failing). */
  onStored?: () => void;
  /** Since when the store fails, or null: shown to the trainer in each room's results. */
  storeFailingSince?: () => number | null;
  /** A room nobody is connected to for this long leaves memory (`unloadIdle`); it reloads from the store on use. */
  idleMs?: number;
  /** Seats of a room whose deck sets no `deelnemers:` in its join block. */
  participantCap: number;
  /** The shortest time between two publications of an exercise's public tally (see public-tallies.ts). */
  publicTallyMs?: number;
};

const roomKey = (code: string) => `room:${code}`;

export function createRooms({
  store, manifest, now, onStoreError, onStored, storeFailingSince = () => null, idleMs = 10 * 60_000, participantCap, publicTallyMs = 1000,
}: Dependencies) {
  const open = new Map<string, Promise<Room | null>>();
  /** When each open room was last asked for or seen with a socket. */
  const lastBusy = new Map<string, number>();
  const hubOptions = { store, onStoreError, onStored };
  const released = createReleaseWatch();

  async function loadRoom(code: string, record: RoomRecord): Promise<Room> {
    // The public stage and the inboxes are derived, yet stored like every document: a phone that
    // synced one before a restart or an unload must find the same history, or its reconnect would
    // carry content the server lacks (refused as a write) and old values could win over new ones.
    // After loading they are derived again, which writes only what changed meanwhile.
    const [stage, results, publicStage] = await Promise.all([
      openDocHub(stageDocName(code), hubOptions),
      openDocHub(resultsDocName(code), hubOptions),
      openDocHub(publicStageDocName(code), hubOptions),
    ]);
    // A flag stored during an earlier failure must not outlive it; a room loaded now must show one.
    showStoreStatus(results.doc, storeFailingSince());
    // Read at each use, not once: under `npm run dev` a saved deck changes them while the room is open.
    const exercises = () => manifest.decks[record.deck]?.exercises ?? {};
    const exerciseOf = (id: string) => (Object.hasOwn(exercises(), id) ? exercises()[id] : undefined);
    const people = results.doc.getMap<Person>(RESULTS.people);
    const seats = createSeats(results.doc, { cap: manifest.decks[record.deck]?.participantCap ?? participantCap, now });
    // Inboxes first: a phone then mostly has its role card before the public stage says "groups".
    const inboxParts = followInboxes(stage.doc, results.doc, exerciseOf);
    // The room's own deck, not the one the stage names: a phone follows only the slides of its room.
    const viewOf = (slide: unknown) => followViewAt(manifest.decks[record.deck]?.follow, slide);
    const stopPublicStage = followStage(stage.doc, publicStage.doc, exerciseOf, viewOf);
    const stopPublicTallies = followPublicTallies({ stage: stage.doc, results: results.doc, public: publicStage.doc }, exerciseOf, { intervalMs: publicTallyMs, now });

    const recorded = results.doc.getMap<RecordedAnswer>(RESULTS.answers);
    // Only what the kind lets the trainer read: an unshared transfer task stays in the phone's own document.
    const forTrainer = (id: string, value: unknown) => {
      const definition = exerciseOf(id);
      return definition ? trainerValueOf(definition, value) : value;
    };
    const recordAnswers = (pid: string, participantDoc: Y.Doc, exerciseIds: string[]) => {
      if (seats.isRemoved(pid)) return;
      const answers = participantDoc.getMap<ParticipantAnswer>(PARTICIPANT.answers);
      results.doc.transact(() => {
        for (const id of exerciseIds) {
          const answer = answers.get(id)!;
          recorded.set(resultKey(id, pid, answer.round), { round: answer.round, value: forTrainer(id, answer.value), at: now() });
        }
      }, 'server');
    };
    // A crash can leave a phone's answer stored in its own document but not yet in the results
    // (two documents, two writes). The phone does not send it again, since the server has it,
    // so it is copied over when the phone's document is loaded.
    const recordMissingAnswers = (pid: string, participantDoc: Y.Doc) => {
      const missing = [...participantDoc.getMap<ParticipantAnswer>(PARTICIPANT.answers)]
        .filter(([id, answer]) => exerciseOf(id) !== undefined && isParticipantAnswer(answer))
        .filter(([id, answer]) => JSON.stringify(recorded.get(resultKey(id, pid, answer.round))?.value) !== JSON.stringify(forTrainer(id, answer.value)))
        .map(([id]) => id);
      if (missing.length > 0) recordAnswers(pid, participantDoc, missing);
    };

    const participants = createPidHubs(
      (pid) => openDocHub(participantDocName(code, pid), hubOptions),
      (pid, hub) => recordMissingAnswers(pid, hub.doc),
    );
    const inboxHubs = createPidHubs(
      (pid) => openDocHub(inboxDocName(code, pid), hubOptions),
      (pid, hub) => inboxParts.attach(pid, hub.doc),
    );
    // A remote's command queue (decision 0086), loaded when the remote or the deck first asks for it.
    const remoteHubs = createPidHubs((remote) => openDocHub(remoteDocName(code, remote), hubOptions), () => {});
    const person = (pid: string): Person => people.get(pid) ?? { nickname: '', online: false, joinedAt: now() };
    /** The hubs loaded so far (a participant's may still be loading: then it has no socket yet). */
    const loadedHubs = (): DocHub[] => [stage, results, publicStage, ...participants.loaded(), ...inboxHubs.loaded(), ...remoteHubs.loaded()];
    const allHubs = async (): Promise<DocHub[]> => [
      stage, results, publicStage, ...(await participants.all()), ...(await inboxHubs.all()), ...(await remoteHubs.all()),
    ];

    let isGone = false;
    return {
      code,
      record,
      stage,
      results,
      seats,
      answerBudgets: createAnswerBudgets(now),
      hubFor(ref) {
        if (ref.kind === 'participant') return participants.get(ref.pid!);
        if (ref.kind === 'inbox') return inboxHubs.get(ref.pid!);
        if (ref.kind === 'remote') return remoteHubs.get(ref.remote!);
        return Promise.resolve({ stage, results, public: publicStage }[ref.kind]);
      },
      exerciseOf,
      stateOf: (id) => stage.doc.getMap<ExerciseState>(STAGE.exercises).get(id),
      recordAnswers,
      recordNickname(pid, participantDoc) {
        if (seats.isRemoved(pid)) return;
        const nickname = String(participantDoc.getMap(PARTICIPANT.profile).get('nickname') ?? '');
        if (person(pid).nickname !== nickname) people.set(pid, { ...person(pid), nickname });
      },
      setOnline(pid, online) {
        if (seats.isRemoved(pid)) return;
        if (people.get(pid)?.online !== online) people.set(pid, { ...person(pid), online });
      },
      showRemotes(remotes) {
        const shown = results.doc.getMap<{ createdAt: number }>(REMOTE_RESULTS.remotes);
        results.doc.transact(() => {
          for (const id of [...shown.keys()]) if (!remotes.some((remote) => remote.id === id)) shown.delete(id);
          for (const { id, createdAt } of remotes) if (!shown.has(id)) shown.set(id, { createdAt });
        }, 'server');
      },
      async settled() {
        await Promise.all((await allHubs()).map((hub) => hub.settled()));
      },
      isIdle: () => loadedHubs().every((hub) => hub.peers.size === 0),
      async retryStore() {
        await Promise.all(loadedHubs().map((hub) => hub.retryStore()));
      },
      async forget(pid) {
        // Erased first: what its sockets still deliver is then not recorded.
        seats.erase(pid);
        inboxParts.detach(pid);
        for (const hub of [await participants.drop(pid), await inboxHubs.drop(pid)]) {
          if (!hub) continue;
          await hub.settled();
          hub.destroy();
        }
        await Promise.all([store.deleteDoc(participantDocName(code, pid)), store.deleteDoc(inboxDocName(code, pid))]);
      },
      compactResults: () => results.compact(),
      isGone: () => isGone,
      markGone() {
        isGone = true;
      },
      async destroy() {
        stopPublicStage();
        stopPublicTallies();
        inboxParts.stop();
        const hubs = await allHubs();
        for (const hub of hubs) hub.destroy();
        released.watch(...hubs.map((hub) => hub.doc));
      },
    };
  }

  return {
    /** Creates a room for a deck; the secret is returned once and stored only as a hash. */
    async create(deck: string, group?: RoomRecord['group']): Promise<{ code: string; secret: string }> {
      if (!Object.hasOwn(manifest.decks, deck)) throw new Error(`unknown deck "${deck}"`);
      let code = createJoinCode((count) => randomBytes(count));
      while (await store.getRecord(roomKey(code))) code = createJoinCode((count) => randomBytes(count));
      const secret = newSecret();
      const record: RoomRecord = { deck, secretHash: hashSecret(secret), createdAt: now(), ...(group ? { group } : {}) };
      await store.putRecord(roomKey(code), record);
      return { code, secret };
    },
    find: (code: string) => store.getRecord<RoomRecord>(roomKey(code)),
    /** The live room, loaded from the store on first use. */
    open(code: string): Promise<Room | null> {
      // The promise is cached before anything is awaited: two sockets of one room arriving
      // together must share one set of documents.
      lastBusy.set(code, now());
      let room = open.get(code);
      if (!room) {
        room = store.getRecord<RoomRecord>(roomKey(code)).then((record) => (record ? loadRoom(code, record) : null));
        open.set(code, room);
        const pending = room;
        // A code without a room is forgotten at once: asking for made-up codes must not fill memory.
        void room.then((loaded) => {
          if (loaded || open.get(code) !== pending) return;
          open.delete(code);
          lastBusy.delete(code);
        });
      }
      return room;
    },
    async settled() {
      await Promise.all([...open.values()].map(async (room) => (await room)?.settled()));
    },
    /** Tells the trainer of every open room whether the server can store (null: it can). */
    async showStoreStatus(failingSince: number | null) {
      for (const pending of open.values()) {
        const room = await pending;
        if (room) showStoreStatus(room.results.doc, failingSince);
      }
    },
    async retryStore() {
      for (const pending of open.values()) await (await pending)?.retryStore();
    },
    /** The codes of every stored room of a group, also one its record lost (a crash between making a room and noting it). */
    async codesOfGroup(id: string): Promise<string[]> {
      const codes = (await store.keys(roomKey(''))).records.map((key) => key.slice(roomKey('').length));
      const records = await Promise.all(codes.map((code) => store.getRecord<RoomRecord>(roomKey(code))));
      return codes.filter((_, i) => records[i]?.group?.id === id);
    },
    /**
     * Deletes a room for good (its group was deleted or expired): its record first, so no join or
     * socket finds it any more; then the live room, once `closeSockets` closed its sockets and
     * everything is stored; then every stored document of it.
     */
    async delete(code: string, closeSockets: () => void): Promise<void> {
      await store.deleteRecord(roomKey(code));
      const pending = open.get(code);
      open.delete(code);
      lastBusy.delete(code);
      const room = await pending;
      // Marked and closed at once: an upgrade that completes later sees it is gone (upgrade.ts).
      room?.markGone();
      closeSockets();
      if (room) {
        await room.settled();
        await room.destroy();
      }
      for (const name of (await store.keys(roomDocPrefix(code))).docs) await store.deleteDoc(name);
    },
    /** How many rooms are in memory. */
    loadedCount: () => open.size,
    /** How many codes are remembered in any way (loaded or loading, or their last use). */
    trackedCount: () => new Set([...open.keys(), ...lastBusy.keys()]).size,
    /** Documents of freed rooms: how many were freed, and how many are still reachable (after a full GC: leaked). */
    freedDocs: () => ({ freed: released.watched(), held: released.held() }),
    /**
     * Frees the rooms nobody has been connected to for `idleMs`, after storing everything, so a
     * server that runs for days holds only the rooms in use. Checks and frees without awaiting in
     * between, so a socket arriving meanwhile finds either the old room or a fresh load.
     */
    async unloadIdle() {
      const at = now();
      for (const [code, pending] of open) {
        const room = await pending;
        if (!room) continue;
        if (!room.isIdle()) lastBusy.set(code, at);
        if (at - (lastBusy.get(code) ?? at) < idleMs) continue;
        await room.settled();
        if (!room.isIdle() || open.get(code) !== pending || now() - (lastBusy.get(code) ?? 0) < idleMs) continue;
        open.delete(code);
        lastBusy.delete(code);
        await room.destroy();
      }
    },
  };
}
export type Rooms = ReturnType<typeof createRooms>;

