/**
 * The fuzz suite: 100,000 random and mutated y-websocket frames from participant and viewer
 * connections, against the real server (`npm start`'s build, its own process) with a trainer
 * and honest phones in the room. FUZZ_SEED replays a run; FUZZ_FRAMES runs fewer frames while
 * working on it.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildResultsExport, type ResultsExport } from '../../server/results-export.ts';
import { createLeveldbStore } from '../../server/store/leveldb-store.ts';
import { createLiveRoom, type LiveRoom } from '../../src/sync/live-room.ts';
import { publicStateOf } from '../../src/kinds/for-phones.ts';
import { followViewAt } from '../../src/shared/deck/follow-view.ts';
import { modelFor } from '../../src/kinds/registry.ts';
import { ParticipantSession } from '../../src/sync/participant-session.ts';
import { inboxDocName, participantDocName, publicStageDocName, resultsDocName, stageDocName } from '../../src/shared/doc-names.ts';
import { isPlainData } from '../../src/shared/plain-data.ts';
import {
  isNickname,
  isParticipantAnswer,
  parseResultKey,
  FOLLOW_VIEW,
  PUBLIC_STAGE_KEYS,
  resultKey,
  STAGE,
  type ExerciseState,
} from '../../src/shared/room-schema.ts';
import { sampleAnswer } from '../../src/tools/simulate/sample-answer.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { fetchResults } from '../../src/sync/trainer-api.ts';
import { fixtureDistDir, fixtureManifest } from '../support/fixture-manifest.ts';
import { createFrameFuzzer, type Frame, type FuzzTarget, type LiveExercise } from '../support/frame-fuzzer.ts';
import { createFuzzLane, hexOf, type FuzzLane } from '../support/fuzz-lane.ts';
import { createRng, fuzzSeed } from '../support/fuzz-random.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';
import { connectParticipant, connectTrainer, tempDir, TRAINER_HEADERS, TrainerWebSocket } from '../support/test-server.ts';

const SEED = fuzzSeed(process.env);
const TOTAL_FRAMES = Number(process.env.FUZZ_FRAMES ?? 100_000);
const DECK = 'alle-soorten';
const DEFINITIONS = fixtureManifest().decks[DECK].exercises;
/** The honest rounds, in order: each kind of the deck, then the first ones again in a new round. */
const ROUND_PLAN = [...Object.keys(DEFINITIONS), 'overschat', 'zelfvertrouwen'];
/**
 * Lanes run at once: half of them on a participant's own document, where the guard does the most;
 * participants also on the public stage and their inbox (read-only for them), viewers on the stage.
 */
const LANES: { target: FuzzTarget; role: 'participant' | 'viewer' }[] = [
  ...Array.from({ length: 6 }, () => ({ target: 'own' as const, role: 'participant' as const })),
  { target: 'public', role: 'participant' },
  { target: 'inbox', role: 'participant' },
  { target: 'stage', role: 'viewer' },
  { target: 'stage', role: 'viewer' },
  { target: 'results', role: 'viewer' },
  { target: 'results', role: 'viewer' },
];
/** A frame the server neither answers nor closes on within this time is a hang. */
const FRAME_TIMEOUT_MS = 10_000;
const OUR_CLOSE_CODES = [4400, 4403, 4409, 4413, 4422, 4429];
/**
 * How the server may close a fuzzing connection: with one of our codes; ws itself refuses a text
 * frame that is not UTF-8 (1007) and a frame over the socket's 1 MiB (1009), and the server then
 * terminates the socket, which can beat the close frame out (1006).
 */
const isAllowedClose = (code: number, frame: Frame) =>
  OUR_CLOSE_CODES.includes(code) || ((frame.isText || frame.bytes.length > 1024 * 1024) && [1006, 1007, 1009].includes(code));
/** A line the server printed itself: its start-up lines, or a log line with its time. */
const SERVER_LINE = /^(Trainer: |Join: |Data: |\[\d\d:\d\d:\d\d\] )/;
/** The server's summary of the connections it closed, which quotes what clients sent. */
const CLOSE_REPORT = /^\[\d\d:\d\d:\d\d\] refused in the last minute: /;
/** Output that means something went wrong: an error, a stack trace, a failed write. */
const TROUBLE = /error|exception|unhandled|cannot/i;
/** Control characters (a line break, a terminal escape) have no place inside a log line. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

type HonestRound = { id: string; round: number; framesAfter: number; milliseconds: number };
type Stored = { stage: unknown; publicStage: unknown; results: unknown; seats: Map<string, Y.Doc> };

const stageJson = (doc: Y.Doc) => ({
  stage: doc.getMap('stage').toJSON(),
  exercises: doc.getMap('exercises').toJSON(),
  moderation: doc.getMap('moderation').toJSON(),
});
/** The trainer's stage as phones may see it: the public keys, the slide to follow, each exercise through its kind's `forPhones`. */
const publicJsonOf = (doc: Y.Doc) => ({
  stage: {
    ...Object.fromEntries(PUBLIC_STAGE_KEYS.flatMap((key) => (doc.getMap(STAGE.map).has(key) ? [[key, doc.getMap(STAGE.map).get(key)]] : []))),
    ...viewJsonOf(doc.getMap(STAGE.map).get('slide')),
  },
  exercises: Object.fromEntries(
    [...doc.getMap<ExerciseState>(STAGE.exercises)].map(([id, state]) => [id, JSON.parse(JSON.stringify(publicStateOf(DEFINITIONS[id], state)))]),
  ),
  // The moderation window's marks name senders: none of them reaches the phones.
  moderation: {},
});
const viewJsonOf = (slide: unknown) => {
  const view = followViewAt(fixtureManifest().decks[DECK].follow, slide);
  return view ? { [FOLLOW_VIEW]: view } : {};
};
const stateVector = (doc: Y.Doc) => Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc)));
const seedNote = `FUZZ_SEED=${SEED} replays this run`;
const withSeed = (what: string) => `${what} (${seedNote})`;

describe(`fuzz: ${TOTAL_FRAMES} frames from participant and viewer connections`, () => {
  const thrown: unknown[] = [];
  const recordThrown = (error: unknown) => thrown.push(error);
  const outcomes = new Map<string, number>();
  const honestRounds: HonestRound[] = [];
  const honestAnswers = new Map<string, unknown>();
  const dataDir = tempDir();
  let server: ServerProcess;
  let serverExit: number | null = null;
  let exitedDuringRun = false;
  let healthAfterRun = '';
  let trainer: Awaited<ReturnType<typeof connectTrainer>>;
  let trainerClientId: number;
  let phones: ParticipantSession[];
  let phoneDisconnects = 0;
  let seats: ParticipantSeat[];
  let viewer: LiveRoom;
  let stored: Stored;
  let exported: ResultsExport;
  const brokenSeats: string[] = [];
  let framesDone = 0;

  beforeAll(async () => {
    process.on('uncaughtException', recordThrown);
    process.on('unhandledRejection', recordThrown);
    console.log(`fuzz seed ${SEED} (${seedNote})`);
    // Every lane reconnects with the same seat after each refused frame, tens of thousands of
    // times: the suspension of such a seat (tests/server/hostile-repeat.test.ts) is lifted here.
    server = await spawnServer({ DATA_DIR: dataDir, DIST_DIR: fixtureDistDir(), SEAT_REFUSALS_PER_MINUTE: String(TOTAL_FRAMES) });
    void server.exited.then(() => (exitedDuringRun = serverExit === null));
    trainer = await connectTrainer(server.origin, { deck: DECK });
    trainerClientId = trainer.stage.doc!.clientID;
    trainer.arrive({ h: 2, v: 0 }, ROUND_PLAN[0]);
    phones = await Promise.all(['Anna', 'Bram', 'Chris'].map(() => connectParticipant(server.origin, trainer.code)));
    phones.forEach((phone, i) => phone.setNickname(['Anna', 'Bram', 'Chris'][i]));
    let isWatchingPhones = true;
    for (const phone of phones) phone.addEventListener('change', () => void (isWatchingPhones && !phone.isConnected && (phoneDisconnects += 1)));
    seats = await Promise.all(LANES.filter((lane) => lane.target === 'own').map(() => joinRoom(server.origin, trainer.code)));

    const started = performance.now();
    const [lanes] = await Promise.all([runFuzz(), playHonestRounds()]);
    const seconds = (performance.now() - started) / 1000;
    isWatchingPhones = false;
    const connections = lanes.reduce((sum, lane) => sum + lane.connections(), 0);
    healthAfterRun = await (await fetch(`${server.origin}/health`)).text();
    await answerFromEverySeat();

    viewer = createLiveRoom({ origin: server.origin, room: trainer.room, asViewer: true, definitions: DEFINITIONS, WebSocketPolyfill: TrainerWebSocket });
    await viewer.ready;
    await vi.waitFor(() => expect(stateVector(viewer.stage.doc!)).toEqual(stateVector(trainer.stage.doc!)), { timeout: 10_000 });
    await vi.waitFor(() => expect(stateVector(viewer.answers.doc!)).toEqual(stateVector(trainer.answers.doc!)), { timeout: 10_000 });
    exported = JSON.parse(await (await fetchResults(server.origin, trainer.room, 'json', TRAINER_HEADERS)).text()) as ResultsExport;
    printSummary(seconds, connections);
    stored = await closeAndReadStore();
    // About 100 s alone on 2 cores, but npm test runs other files (Chromium, the soak) beside it:
    // a generous bound, so a busy machine makes the run slow, not red.
  }, 900_000);

  afterAll(async () => {
    process.off('uncaughtException', recordThrown);
    process.off('unhandledRejection', recordThrown);
    await stopEverything();
  });

  /** Every lane sends its share of the frames, one at a time; the lanes run at once. */
  async function runFuzz(): Promise<FuzzLane[]> {
    const pathOf = (docName: string, params: Record<string, string>) => `/sync/${docName}?${new URLSearchParams(params)}`;
    const asSeat = (seat: ParticipantSeat) => ({ role: 'participant', pid: seat.pid, token: seat.token });
    const asViewer = { role: 'viewer', token: trainer.room.viewerToken };
    const lanes = LANES.map((lane, i) => {
      const seat = seats[i % seats.length];
      const docName = {
        own: participantDocName(trainer.code, seat.pid),
        stage: stageDocName(trainer.code),
        results: resultsDocName(trainer.code),
        public: publicStageDocName(trainer.code),
        inbox: inboxDocName(trainer.code, seat.pid),
      }[lane.target];
      return lane.role === 'viewer'
        ? createFuzzLane(server.origin, pathOf(docName, asViewer), { timeoutMs: FRAME_TIMEOUT_MS, headers: TRAINER_HEADERS })
        : createFuzzLane(server.origin, pathOf(docName, asSeat(seat)), { timeoutMs: FRAME_TIMEOUT_MS });
    });
    // Each fuzz seat also keeps one quiet socket on its own document, as a phone that stays
    // connected does: without it every reconnect of its fuzz lane writes presence to the results twice.
    const anchors = seats.map((seat) =>
      createFuzzLane(server.origin, pathOf(participantDocName(trainer.code, seat.pid), asSeat(seat)), { timeoutMs: FRAME_TIMEOUT_MS }),
    );
    await Promise.all(anchors.map((anchor) => anchor.ensureOpen()));
    await Promise.all(
      lanes.map(async (lane, i) => {
        const nextFrame = createFrameFuzzer(createRng(SEED, i), {
          target: LANES[i].target,
          exerciseIds: Object.keys(DEFINITIONS),
          current: liveExercise,
          replica: lane.replica,
          received: lane.received,
        });
        const share = Math.floor(TOTAL_FRAMES / lanes.length) + (i < TOTAL_FRAMES % lanes.length ? 1 : 0);
        for (let n = 0; n < share; n++) {
          const frame = nextFrame();
          const where = `lane ${i} (${LANES[i].role} on ${LANES[i].target}), frame ${n}, ${frame.strategy}${frame.isText ? ' as text' : ''}: ${hexOf(frame.bytes)}`;
          const outcome = await lane.send(frame).catch((error: Error) => {
            throw new Error(withSeed(`${error.message} at ${where}\nThe server's last words:\n${server.output().slice(-1500)}`));
          });
          if (outcome.kind === 'hang') throw new Error(withSeed(`no answer and no close within ${FRAME_TIMEOUT_MS} ms: ${where}`));
          if (outcome.kind === 'closed' && !isAllowedClose(outcome.code, frame)) {
            throw new Error(withSeed(`closed with ${outcome.code}: ${where}\nThe server's last words:\n${server.output().slice(-1500)}`));
          }
          const key = outcome.kind === 'open' ? 'open' : String(outcome.code);
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          framesDone += 1;
        }
      }),
    );
    for (const lane of [...lanes, ...anchors]) lane.close();
    return lanes;
  }

  /**
   * After the fuzz each fuzz seat does what an honest phone does: syncs its document and answers.
   * A frame that left the server's copy of a document broken (unable to encode, so unable to
   * sync, store or send on) shows here.
   */
  async function answerFromEverySeat() {
    const live = liveExercise()!;
    const rng = createRng(SEED, 2000);
    for (const seat of seats) {
      const session = new ParticipantSession(server.origin, seat, WebSocket);
      try {
        await vi.waitFor(() => expect(session.isSynced).toBe(true), { timeout: 10_000 });
        const value = sampleAnswer({ prompt: live.prompt, progress: live.progress }, rng.float);
        session.answer(live.id, value);
        await vi.waitFor(() => expect(trainer.answers.get(resultKey(live.id, seat.pid, live.round))?.value).toEqual(value), { timeout: 10_000 });
      } catch {
        brokenSeats.push(seat.pid);
      } finally {
        session.destroy();
      }
    }
  }

  function liveExercise(): LiveExercise | null {
    const id = trainer.stage.get('current');
    const state = typeof id === 'string' ? trainer.exercises.get(id) : undefined;
    return typeof id === 'string' && state ? { id, round: state.round, prompt: state.prompt, progress: state.progress } : null;
  }

  /**
   * While the fuzz runs, the trainer moves through the exercises (a new round on a second visit)
   * and the honest phones answer each; a round starts when its share of the frames has been sent.
   */
  async function playHonestRounds() {
    const rng = createRng(SEED, 1000);
    const visited = new Set<string>();
    for (const [n, id] of ROUND_PLAN.entries()) {
      await vi.waitFor(() => expect(framesDone).toBeGreaterThanOrEqual(((n + 1) * TOTAL_FRAMES) / (ROUND_PLAN.length + 2)), { timeout: 280_000, interval: 20 });
      trainer.arrive({ h: n + 2, v: 0 }, id);
      if (visited.has(id)) trainer.control(id, 'reset');
      visited.add(id);
      const state = trainer.exercises.get(id)!;
      await vi.waitFor(() => {
        for (const phone of phones) expect(phone.current()).toMatchObject({ id, state: { status: 'open', round: state.round } });
      }, { timeout: 10_000 });
      const answeredAt = performance.now();
      for (const phone of phones) {
        const { state: seen, own } = phone.current()!;
        const value = sampleAnswer({ prompt: seen.prompt, progress: seen.progress, own }, rng.float);
        honestAnswers.set(resultKey(id, phone.pid, state.round), value);
        phone.answer(id, value);
      }
      await vi.waitFor(() => {
        for (const phone of phones) {
          const key = resultKey(id, phone.pid, state.round);
          expect(trainer.answers.get(key)?.value).toEqual(honestAnswers.get(key));
        }
      }, { timeout: 10_000 });
      honestRounds.push({ id, round: state.round, framesAfter: framesDone, milliseconds: performance.now() - answeredAt });
    }
  }

  function printSummary(seconds: number, connections: number) {
    const codes = [...outcomes].filter(([key]) => key !== 'open').sort().map(([code, count]) => `${code}×${count}`).join(' ');
    const accepted = [...viewer.answers.keys()].filter((key) => !honestAnswers.has(key)).length;
    console.log(
      `fuzz: ${framesDone} frames in ${seconds.toFixed(1)} s (${Math.round(framesDone / seconds)}/s) on ${LANES.length} lanes, ` +
        `${connections} connections, seed ${SEED}: closed ${codes}; stayed open ${outcomes.get('open') ?? 0}; ` +
        `valid answers from fuzz seats ${accepted}; ${honestRounds.length} honest rounds, all answers at the trainer ` +
        `within ${Math.ceil(Math.max(...honestRounds.map((round) => round.milliseconds)))} ms`,
    );
  }

  let stopped: Promise<void> | undefined;
  /** Stops the clients and the server once; a second call waits for the first. */
  function stopEverything(): Promise<void> {
    stopped ??= stopClientsAndServer();
    return stopped;
  }

  async function stopClientsAndServer() {
    viewer?.destroy();
    for (const phone of phones ?? []) phone.destroy();
    trainer?.destroy();
    if (!server) return;
    serverExit = -1;
    server.child.kill('SIGTERM');
    serverExit = await server.exited;
  }

  /** The documents as stored: what survives a restart is what counts. */
  async function closeAndReadStore(): Promise<Stored> {
    await stopEverything();
    const store = await createLeveldbStore(dataDir);
    const load = async (name: string) => {
      const doc = new Y.Doc();
      const update = await store.loadDoc(name);
      if (update) Y.applyUpdate(doc, update);
      return doc;
    };
    const result: Stored = {
      stage: stageJson(await load(stageDocName(trainer.code))),
      publicStage: stageJson(await load(publicStageDocName(trainer.code))),
      results: (await load(resultsDocName(trainer.code))).getMap('answers').toJSON(),
      seats: new Map(),
    };
    for (const seat of seats) result.seats.set(seat.pid, await load(participantDocName(trainer.code, seat.pid)));
    await store.close();
    return result;
  }

  const isValid = (id: string, value: unknown, pid: string) =>
    modelFor(DEFINITIONS[id].kind)!.isValidAnswer(DEFINITIONS[id], value, { progress: (trainer.exercises.get(id) as ExerciseState)?.progress, pid });

  test('the server process stayed up, still served, logged no error nor a line a client wrote, and stopped cleanly', () => {
    expect(thrown, seedNote).toEqual([]);
    expect(framesDone).toBe(TOTAL_FRAMES);
    expect(exitedDuringRun, withSeed(server.output())).toBe(false);
    expect(healthAfterRun).toBe('ok');
    const lines = server.output().split('\n').filter((line) => line !== '');
    expect(lines.filter((line) => !SERVER_LINE.test(line) || CONTROL.test(line)), withSeed('lines the server did not write itself')).toEqual([]);
    expect(lines.filter((line) => !CLOSE_REPORT.test(line) && TROUBLE.test(line)), seedNote).toEqual([]);
    expect(serverExit, server.output().slice(-2000)).toBe(0);
  });

  test('the stage is exactly what the trainer wrote, on the server and in the store; every phone\'s public stage is what the server derived from it', () => {
    const trainerStage = trainer.stage.doc!;
    expect(trainerStage.clientID, seedNote).toBe(trainerClientId);
    expect(Object.keys(stateVector(trainerStage)), seedNote).toEqual([String(trainerClientId)]);
    expect(stateVector(viewer.stage.doc!), seedNote).toEqual(stateVector(trainerStage));
    expect(stageJson(viewer.stage.doc!), seedNote).toEqual(stageJson(trainerStage));
    expect(stored.stage, seedNote).toEqual(stageJson(trainerStage));
    const derived = publicJsonOf(trainerStage);
    expect(stored.publicStage, seedNote).toEqual(derived);
    const [first] = phones;
    // One writer, the server: nothing a fuzz lane sent is in it.
    expect(Object.keys(stateVector(first.stage.doc!)), seedNote).toHaveLength(1);
    for (const phone of phones) {
      expect(stateVector(phone.stage.doc!), seedNote).toEqual(stateVector(first.stage.doc!));
      expect(stageJson(phone.stage.doc!), seedNote).toEqual(derived);
    }
  });

  test('the results hold only valid answers, written by the server alone: every honest one, and fuzz ones only as their seat stored them', () => {
    expect(Object.keys(stateVector(viewer.answers.doc!)), seedNote).toHaveLength(1);
    expect(stored.results, seedNote).toEqual(viewer.answers.toJSON());
    const seatPids = new Set(seats.map((seat) => seat.pid));
    for (const [key, recorded] of viewer.answers) {
      const { exerciseId, pid } = parseResultKey(key);
      expect(Object.hasOwn(DEFINITIONS, exerciseId), withSeed(key)).toBe(true);
      expect(isValid(exerciseId, recorded.value, pid), withSeed(`${key}: ${JSON.stringify(recorded.value)}`)).toBe(true);
      if (honestAnswers.has(key)) expect(recorded.value).toEqual(honestAnswers.get(key));
      else expect(seatPids.has(pid), withSeed(`${key} is from nobody in the room`)).toBe(true);
    }
    for (const [key, value] of honestAnswers) expect(viewer.answers.get(key)?.value, key).toEqual(value);
    for (const [pid, person] of viewer.people) {
      expect(isNickname(person.nickname), withSeed(`${pid}: ${JSON.stringify(person.nickname)}`)).toBe(true);
    }
  });

  test('the results download says what the trainer\'s screen says', () => {
    const onScreen = buildResultsExport({
      room: trainer.code,
      deck: DECK,
      exercises: DEFINITIONS,
      answers: viewer.answers.entries(),
      people: viewer.people.entries(),
      exportedAt: Date.parse(exported.exportedAt),
    });
    expect(exported, seedNote).toEqual(onScreen);
  });

  test('every fuzz seat\'s stored document holds only its own valid answers and nickname, as plain data', () => {
    for (const [pid, doc] of stored.seats) {
      expect([...doc.share.keys()].filter((name) => name !== 'answers' && name !== 'profile'), withSeed(pid)).toEqual([]);
      for (const [id, answer] of doc.getMap('answers')) {
        const where = withSeed(`${pid} ${id}: ${JSON.stringify(answer)}`);
        expect(Object.hasOwn(DEFINITIONS, id) && isParticipantAnswer(answer) && isPlainData(answer), where).toBe(true);
        const { round, value } = answer as { round: number; value: unknown };
        expect(isValid(id, value, pid), where).toBe(true);
        expect(viewer.answers.get(resultKey(id, pid, round))?.value, where).toEqual(value);
      }
      const profile = doc.getMap('profile');
      expect([...profile.keys()].filter((key) => key !== 'nickname'), withSeed(pid)).toEqual([]);
      const nickname = profile.get('nickname');
      expect(nickname === undefined || isNickname(nickname), withSeed(`${pid}: ${JSON.stringify(nickname)}`)).toBe(true);
    }
  });

  test('every fuzz seat can still sync its document and answer, as an honest phone does', () => {
    expect(brokenSeats, withSeed('seats whose document the server can no longer sync')).toEqual([]);
  });

  test('honest phones stayed connected and every answer they gave during the fuzz reached the trainer', () => {
    expect(phoneDisconnects, seedNote).toBe(0);
    expect(honestRounds.map((round) => round.id)).toEqual(ROUND_PLAN);
    for (const round of honestRounds) expect(round.framesAfter, `${round.id} round ${round.round} ended after the fuzz`).toBeLessThan(TOTAL_FRAMES);
  });
});
