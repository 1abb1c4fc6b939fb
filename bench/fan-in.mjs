// `npm run bench`: N phones in one room, on our guarded server and, in the same run, on a plain
// y-websocket relay (@y/websocket-server 0.1.1, one shared document, nothing checked) as the
// baseline. On ours the room is session 1 of a leergang (a training group), as in a real training:
// the trainer creates the group and opens the session, and every phone joins without a membership
// of its own, so each join makes a new member of the group (a personal code, hashed, and the
// group's members stored before the join is answered). The phones are the simulator's (src/tools/simulate/), spread over worker processes; each
// server runs in its own process, whose CPU and memory are read from /proc.
//
// Every phone joins from one address (127.0.0.1), as a hall behind one NAT does, so our server's
// join limit (server/config.ts: joinBurst + joinsPerSecond) applies: the row of 2,000 phones shows
// whether a hall of 2,000 gets in within a minute, and how often the server said "too many at
// once" (429; the phones then try again by themselves, as the phone page does).
//
// Per size and server: join time for all phones; the stage change (the trainer opens a question)
// to every phone; a burst in which every phone answers within 5 s of seeing it, timed from the
// phone's send to the answer's arrival in the trainer's document; answers lost; server CPU and
// peak RSS; memory per connected phone. Writes bench/results/latest.json.
//
// Two more rows (issue 14), each on ours and the relay in the same run:
// - follow: phones following the slides; the trainer steps through a slide's fragments and on to
//   the next slide, and each step is timed from the trainer's write to every phone's public stage
//   `view` showing it (the relay's trainer writes the view into the shared document itself);
// - vragen: a hall asking and voting (`::: vragen`, moderation off): each phone asks one question
//   within 5 s, then casts 3 votes at random moments of the next 15 s (well inside the seat's
//   budget); timed from a vote's write to the trainer's top 10 computed with it, and the bytes
//   per second each phone receives of what every phone sees.
//
//   BENCH_ROWS=answer,follow,vragen (default)  BENCH_FOLLOW_PHONES=2000  BENCH_VRAGEN_PHONES=2000
//   BENCH_PHONES=20,200,2000,5000 (default; the answer row's sizes)  BENCH_PER_WORKER=250  BENCH_SERVERS=guarded,relay
//   BENCH_PHONE_NICENESS=10 (default; 0 runs the phone processes at the server's priority)
//   BENCH_DATA_PARENT=/dev/shm  (our server's data dir in memory instead of on disk)
//   BENCH_SERVER_ENTRY=<file>   (another build of our server, to compare a change)
//   BENCH_SERVER_PROFILE=<dir>  (a CPU profile of our server, for Chrome's DevTools)
//   BENCH_OUT=<file>            (where the figures go; default bench/results/latest.json)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, setPriority, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { parseDeck } from '../build/src/shared/deck/parse-deck.js';
import { createLiveRoom } from '../build/src/sync/live-room.js';
import { choiceModel } from '../build/src/kinds/choice/model.js';
import { modelFor } from '../build/src/kinds/registry.js';
import { followDeckOf } from '../build/src/shared/deck/follow-slides.js';
import { followViewAt } from '../build/src/shared/deck/follow-view.js';
import { batchesOf } from '../build/src/tools/simulate/cli-options.js';
import { RELAY_ROOM } from '../build/src/tools/simulate/phone-links.js';
import { createGroup, listGroups, openGroupSession } from '../build/src/sync/group-api.js';
import { trainerKeyHeaders } from '../build/src/shared/trainer-key.js';
import { trainerWebSocket } from '../build/src/tools/soak/trainer-socket.js';
import { SCREEN_REDRAW_EVERY_MS as REDRAW_EVERY_MS } from '../build/src/shared/screen-redraw.js';
import { DEFAULT_LIMITS } from '../build/server/config.js';
import { forkPhoneWorker, stopPhoneWorkers } from '../scripts/phone-workers.mjs';

const root = new URL('..', import.meta.url).pathname;
process.setMaxListeners(0);
const SIZES = (process.env.BENCH_PHONES ?? '20,200,2000,5000').split(',').map(Number);
const ROWS = (process.env.BENCH_ROWS ?? 'answer,follow,vragen').split(',');
const FOLLOW_PHONES = Number(process.env.BENCH_FOLLOW_PHONES ?? 2000);
const VRAGEN_PHONES = Number(process.env.BENCH_VRAGEN_PHONES ?? 2000);
const SERVERS = (process.env.BENCH_SERVERS ?? 'guarded,relay').split(',');
const PER_WORKER = Number(process.env.BENCH_PER_WORKER ?? 250);
const BURST_MS = 5000;
const PHONE_NICENESS = Number(process.env.BENCH_PHONE_NICENESS ?? 10);
// A leergang's session decks are `sessie-1` … `sessie-5`; the bench's own deck stands in for the first.
const DECK = 'sessie-1';
const EXERCISE = 'vraag';
const VRAGEN = 'zaal';
// The follow row's trainer: a slide's three fragments one by one, then the next slide; a step every 1.5 s.
const FOLLOW_STEPS = [-1, 0, 1, 2].map((f) => ({ h: 2, v: 0, f })).concat({ h: 3, v: 0, f: -1 });
const STEP_MS = 1500;
const VOTING = { askMs: 5000, voteMs: 15_000, votes: 3 };
const now = () => performance.timeOrigin + performance.now();

// The bench room seats every phone of the largest run (a training group's default of 30 would not).
const SEATS = Math.max(2500, ...SIZES, FOLLOW_PHONES, VRAGEN_PHONES);
const deck = parseDeck(
  [
    '# Bench', '', '::: join', 'namen: nee', `deelnemers: ${SEATS}`, ':::', '', '---', '',
    `::: choice ${EXERCISE}`, 'Wat doe je eerst?', '- [ ] Uitleggen', '- [x] Voordoen', '- [ ] Laten doen', '- [ ] Afwachten', 'uitleg: Plaatje, praatje, daadje.', ':::',
    '', '---', '',
    '## Plaatje, praatje, daadje', '', 'Zo leer je iemand een taak.', '',
    '- Eerst uitleggen <!-- .element: class="fragment" -->', '- Dan voordoen <!-- .element: class="fragment" -->', '- Tot slot laten doen <!-- .element: class="fragment" -->',
    '', 'Note:', 'Alleen voor de trainer.',
    '', '---', '', '## Nabespreken', '', 'Wat ging goed, wat kan beter?',
    '', '---', '', `::: vragen ${VRAGEN}`, 'Welke vraag heb jij voor de spreker?', 'moderatie: uit', ':::',
  ].join('\n'),
  'sessie-1.md',
  DECK,
);
const definition = deck.exercises[EXERCISE];
const vragenDefinition = deck.exercises[VRAGEN];
const vragenModel = modelFor('vragen');
// What the build gives the server to cut at the trainer's step (vite-plugin-decks.ts).
const follow = followDeckOf(deck, 'sessie-1.md');
const manifest = { decks: { [DECK]: { title: deck.title, askNames: deck.askNames, participantCap: deck.participantCap, exercises: deck.exercises, follow } } };
const stepOf = ({ h, v, f }) => `${h}/${v}/${f + 1}`;
/** The projector's top 10 of the questions from the hall. */
const topTen = (tally) => tally.questions.slice(0, 10);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** CPU seconds (user + system), resident and peak resident memory in MB of a process, from /proc. */
function usageOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)[1]);
  return { cpu: (Number(fields[11]) + Number(fields[12])) / 100, rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

function startProcess(args, env, readyText) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(readyText)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
}

function stopProcess(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** Polls `check` each turn of the event loop; resolves true when it holds, false after `ms`. */
function waitFor(check, ms) {
  const until = Date.now() + ms;
  return new Promise((resolve) => {
    const poll = () => (check() ? resolve(true) : Date.now() > until ? resolve(false) : setTimeout(poll, 5));
    poll();
  });
}

const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** The simulator's worker processes, already started (their start-up is not join time). */
async function startWorkers(phones, fleetOptions, onEvent) {
  const batches = batchesOf(phones, PER_WORKER);
  const workers = await Promise.all(
    batches.map(
      (batch, index) =>
        new Promise((resolve) => {
          const worker = forkPhoneWorker((message) => {
            if (message.type === 'ready') resolve(worker);
            if (message.type === 'bytes') worker.onBytes?.(message.bytes);
            if (message.type === 'events') for (const event of message.events) onEvent(index, event);
          });
          // In a hall the phones are their own devices. Here they share 2 cores with the server, and
          // the scheduler would give each of 20 busy phone processes as much CPU as the server:
          // run them below it, so the figures show the server's limits rather than the scheduler's.
          setPriority(worker.pid, PHONE_NICENESS);
          worker.batch = batch;
        }),
    ),
  );
  return {
    /** CPU seconds of all phone processes together: on 2 cores they compete with the server. */
    cpu: () => workers.reduce((sum, worker) => sum + usageOf(worker.pid).cpu, 0),
    start: () => workers.forEach((worker) => worker.send({ type: 'start', options: { ...fleetOptions, ...worker.batch, seed: 1, speed: 1, burstMs: BURST_MS } })),
    /** Bytes of public updates all phones have received so far. */
    receivedBytes: async () => {
      const counts = await Promise.all(
        workers.map((worker) => new Promise((resolve) => {
          worker.onBytes = resolve;
          worker.send({ type: 'bytes' });
        })),
      );
      return counts.reduce((sum, n) => sum + n, 0);
    },
    stop: () => stopPhoneWorkers(workers, 5000),
  };
}

/** Our server with the bench deck as session 1 of a new leergang; the trainer is the deck page's own live room. */
async function guardedServer() {
  const port = await freePort();
  const distDir = mkdtempSync(join(tmpdir(), 'mw-bench-dist-'));
  // BENCH_DATA_PARENT=/dev/shm puts the store in memory, to tell the disk's share of a latency.
  const dataDir = mkdtempSync(join(process.env.BENCH_DATA_PARENT ?? tmpdir(), 'mw-bench-data-'));
  writeFileSync(join(distDir, 'manifest.json'), JSON.stringify(manifest));
  // No pages in this build: the phones are simulated, so nothing static is public.
  mkdirSync(join(distDir, '.vite'));
  writeFileSync(join(distDir, '.vite/manifest.json'), '{}');
  const trainerKey = randomBytes(24).toString('base64url');
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_PROFILE}`] : [];
  const env = { PORT: String(port), HOST: '127.0.0.1', DIST_DIR: distDir, DATA_DIR: dataDir, TRAINER_KEY: trainerKey };
  const child = await startProcess([...profile, process.env.BENCH_SERVER_ENTRY ?? 'build/server/main.js'], env, 'Trainer:');
  const origin = `http://127.0.0.1:${port}`;
  const headers = trainerKeyHeaders(trainerKey);
  const group = await createGroup(origin, { name: 'Benchleergang', organisation: 'Bench', trainers: ['Trainer'] }, headers);
  const room = await openGroupSession(origin, group.id, 1, headers);
  const trainer = createLiveRoom({ origin, room, asViewer: false, definitions: deck.exercises, WebSocketPolyfill: trainerWebSocket(trainerKey) });
  await trainer.ready;
  return {
    child,
    fleet: { mode: 'guarded', origin, code: room.code },
    /** How many members the group has after the joins: one per phone, each made by its join. */
    members: async () => (await listGroups(origin, headers)).find((listed) => listed.id === group.id)?.members.length,
    answers: trainer.answers,
    open: () => trainer.arrive({ h: 1, v: 0 }, EXERCISE),
    tally: () => trainer.tallyOf(EXERCISE),
    // As the deck's stage sync writes it: slide and fragment in one write; the server derives `view`.
    step: (position) => trainer.arrive(position, null),
    openVragen: () => trainer.arrive({ h: 4, v: 0, f: -1 }, VRAGEN),
    vragenTop: () => topTen(trainer.tallyOf(VRAGEN)),
    close: async () => {
      trainer.destroy();
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/** The baseline: one shared document for trainer and phones; every update goes to every socket. */
async function relayServer() {
  const port = await freePort();
  const child = await startProcess(['node_modules/@y/websocket-server/src/server.js'], { PORT: String(port), HOST: '127.0.0.1' }, 'running at');
  const url = `ws://127.0.0.1:${port}`;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, RELAY_ROOM, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
  await new Promise((resolve) => provider.once('sync', resolve));
  const answers = doc.getMap('answers');
  return {
    child,
    fleet: { mode: 'relay', origin: url },
    answers,
    open: () =>
      doc.transact(() => {
        doc.getMap('exercises').set(EXERCISE, { status: 'open', round: 1, prompt: choiceModel.toPrompt(definition) });
        doc.getMap('stage').set('current', EXERCISE);
      }),
    tally: () => choiceModel.tally(definition, [...answers.values()], undefined),
    // Nothing derives the view on a relay: the trainer writes the cut slide into the shared document.
    step: (position) =>
      doc.transact(() => {
        doc.getMap('stage').set('slide', position);
        doc.getMap('stage').set('view', followViewAt(follow, position));
        doc.getMap('stage').set('current', null);
      }),
    openVragen: () =>
      doc.transact(() => {
        doc.getMap('exercises').set(VRAGEN, { status: 'open', round: 1, prompt: vragenModel.toPrompt(vragenDefinition) });
        doc.getMap('stage').set('current', VRAGEN);
      }),
    vragenTop: () =>
      topTen(
        vragenModel.tally(
          vragenDefinition,
          [...answers].filter(([key]) => key.startsWith(`${VRAGEN}/`)).map(([key, { value }]) => ({ pid: key.split('/')[1], value })),
          undefined,
        ),
      ),
    close: async () => {
      provider.destroy();
      await stopProcess(child);
    },
  };
}

/** The follow row: the trainer steps through FOLLOW_STEPS; each step timed to every phone's view of it. */
async function followPhase(server, phones, views, result) {
  const wroteAt = new Map();
  for (const position of FOLLOW_STEPS) {
    wroteAt.set(stepOf(position), now());
    server.step(position);
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  const expected = phones * FOLLOW_STEPS.length;
  const last = stepOf(FOLLOW_STEPS.at(-1));
  await waitFor(() => views.filter((view) => view.step === last).length >= phones, 30_000);
  const seen = views.filter((view) => wroteAt.has(view.step));
  result.viewMs = seen.map((view) => view.at - wroteAt.get(view.step));
  result.viewsSeen = seen.length;
  result.viewsExpected = expected;
  // A phone may skip a step when two come quickly after each other; here they are 1.5 s apart.
  result.complete = seen.length >= expected;
}

/** The vragen row: the trainer opens the questions; phones ask, then vote; each vote timed to the trainer's top 10 with it. */
async function vragenPhase(server, phones, { votes, shown, workers, asked }, result) {
  const bytesBefore = await workers.receivedBytes();
  const start = now();
  server.openVragen();
  const windowMs = VOTING.askMs + VOTING.voteMs;
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const latencyOf = (vote) => {
    const key = `${vote.exerciseId}/${vote.pid}/${vote.round}`;
    // Votes only grow: the first top 10 computed with at least this many votes of the phone is the one that showed this vote.
    const seen = (shown.get(key) ?? []).find(([count]) => count >= vote.votes);
    return seen ? seen[1] - vote.at : null;
  };
  await waitFor(() => votes.every((vote) => latencyOf(vote) !== null), 30_000);
  const seconds = (now() - start) / 1000;
  result.bytesPerPhonePerS = (await workers.receivedBytes() - bytesBefore) / phones / seconds;
  result.asked = asked();
  result.votesSent = votes.length;
  const latencies = votes.map(latencyOf).filter((ms) => ms !== null);
  result.votesShown = latencies.length;
  result.voteMs = latencies;
  result.complete = latencies.length === votes.length;
}

async function run(phones, kind, row) {
  const server = kind === 'guarded' ? await guardedServer() : await relayServer();
  const synced = new Map();
  const errors = [];
  const retries = [];
  let busy = 0;
  let lastSyncAt = 0;
  const stageAt = new Map();
  const sent = new Map();
  const arrived = new Map();
  let matched = 0;
  const views = [];
  const votes = [];
  let asked = 0;
  // The vragen row: per answer key, each time the trainer's top 10 was computed with it, and how many votes it then held.
  const shown = new Map();
  const onEvent = (worker, event) => {
    if (event.type === 'joined') {
      if (event.synced > (synced.get(worker) ?? 0)) lastSyncAt = event.at;
      synced.set(worker, event.synced);
    }
    else if (event.type === 'error') errors.push(event.message);
    else if (event.type === 'retry') retries.push(event.message);
    else if (event.type === 'busy') busy += 1;
    else if (event.type === 'stage' && event.exerciseId === EXERCISE && event.status === 'open') stageAt.set(event.pid, event.at);
    else if (event.type === 'view') views.push(event);
    else if (event.type === 'asked') asked += 1;
    else if (event.type === 'voted') votes.push(event);
    else if (event.type === 'answered') {
      const key = `${event.exerciseId}/${event.pid}/${event.round}`;
      sent.set(key, event.at);
      if (arrived.has(key)) matched += 1;
    }
  };
  // The trainer's screen: every answer's arrival, and the tally the projector redraws after each change.
  let tallyMs = 0;
  let tallyPending = false;
  const waiting = new Set();
  let redrawTimer;
  let redrawDue = false;
  const redrawTop = () => {
    const start = performance.now();
    server.vragenTop();
    const end = now();
    tallyMs += performance.now() - start;
    for (const key of waiting) {
      const count = server.answers.get(key)?.value?.votes?.length ?? 0;
      if (!shown.has(key)) shown.set(key, []);
      shown.get(key).push([count, end]);
    }
    waiting.clear();
    redrawTimer = setTimeout(() => {
      redrawTimer = undefined;
      if (!redrawDue) return;
      redrawDue = false;
      redrawTop();
    }, REDRAW_EVERY_MS);
  };
  server.answers.observe((event) => {
    const at = now();
    if (row === 'vragen') {
      for (const key of event.keysChanged) if (key.startsWith(`${VRAGEN}/`)) waiting.add(key);
      // The projector redraws its top 10 as the screens do (exercise-controller.ts): at once after a
      // quiet spell, then at most once per SCREEN_REDRAW_EVERY_MS; a vote counts as shown once that is done.
      if (redrawTimer === undefined) redrawTop();
      else redrawDue = true;
      return;
    }
    for (const key of event.keysChanged) {
      if (arrived.has(key)) continue;
      arrived.set(key, at);
      if (sent.has(key)) matched += 1;
    }
    if (tallyPending) return;
    tallyPending = true;
    // Lit redraws a screen once per microtask checkpoint after a change: once per arriving message.
    queueMicrotask(() => {
      tallyPending = false;
      const start = performance.now();
      server.tally();
      tallyMs += performance.now() - start;
    });
  });
  const workers = await startWorkers(phones, { ...server.fleet, role: row, voting: VOTING }, onEvent);
  const totalSynced = () => [...synced.values()].reduce((sum, n) => sum + n, 0);
  const result = { row, phones, server: kind === 'guarded' ? 'guarded (ours)' : 'plain relay (baseline)', workers: batchesOf(phones, PER_WORKER).length, loadBefore: loadavg()[0] };

  try {
    const idle = usageOf(server.child.pid);
    const phonesIdle = workers.cpu();
    const joinStart = now();
    workers.start();
    // Until every phone is in, or every phone is in or has given up joining.
    await waitFor(() => totalSynced() + errors.length >= phones, Math.max(60_000, phones * 40));
    const allJoined = totalSynced() >= phones;
    result.joinMs = lastSyncAt - joinStart;
    result.joined = totalSynced();
    result.joinErrors = errors.length;
    result.joinRetries = retries.length;
    result.joinBusy = busy;
    result.firstJoinProblems = [...errors, ...retries].slice(0, 3);
    const joinedUsage = usageOf(server.child.pid);
    result.cpuJoinS = joinedUsage.cpu - idle.cpu;
    result.phonesCpuJoinS = workers.cpu() - phonesIdle;
    result.rssIdleMb = idle.rssMb;
    result.rssJoinedMb = joinedUsage.rssMb;
    result.kbPerPhone = ((joinedUsage.rssMb - idle.rssMb) * 1024) / Math.max(1, result.joined);
    if (!allJoined) throw new Error(`only ${result.joined} of ${phones} phones joined (${errors.length} errors${errors.length ? `, first: ${errors[0]}` : ''})`);
    if (server.members) result.members = await server.members();

    // Give the joins' storage and presence a moment to settle, so the burst measures the burst.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = usageOf(server.child.pid);
    const phonesBefore = workers.cpu();
    if (row === 'follow') await followPhase(server, phones, views, result);
    else if (row === 'vragen') await vragenPhase(server, phones, { votes, shown, workers, asked: () => asked }, result);
    else {
      const stageStart = now();
      server.open();
      await waitFor(() => stageAt.size >= phones, 30_000);
      result.stageMs = [...stageAt.values()].map((at) => at - stageStart);
      result.stageSeen = stageAt.size;
      const done = await waitFor(() => sent.size >= stageAt.size && matched >= sent.size, BURST_MS + 60_000);
      result.burstMs = now() - stageStart;
      result.complete = done;
      result.sent = sent.size;
      result.arrived = [...sent.keys()].filter((key) => arrived.has(key)).length;
      // Sent by a phone and never at the trainer. (A phone too busy to send is counted by `arrived`.)
      result.lost = result.sent - result.arrived;
      result.answerMs = [...sent].filter(([key]) => arrived.has(key)).map(([key, at]) => arrived.get(key) - at);
    }
    const after = usageOf(server.child.pid);
    result.cpuBurstS = after.cpu - before.cpu;
    result.phonesCpuBurstS = workers.cpu() - phonesBefore;
    result.peakRssMb = after.peakMb;
    result.trainerTallyMs = tallyMs;
  } catch (error) {
    result.error = error.message;
  } finally {
    result.loadAfter = loadavg()[0];
    await workers.stop();
    await server.close();
  }
  return result;
}

const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)}`);
const summarize = (result) => ({
  ...result,
  stageMs: undefined,
  answerMs: undefined,
  viewMs: undefined,
  voteMs: undefined,
  view: result.viewMs?.length ? { p50: percentile(result.viewMs, 50), p99: percentile(result.viewMs, 99), max: Math.max(...result.viewMs) } : undefined,
  vote: result.voteMs?.length ? { p50: percentile(result.voteMs, 50), p99: percentile(result.voteMs, 99), max: Math.max(...result.voteMs) } : undefined,
  stage: result.stageMs && { p50: percentile(result.stageMs, 50), p99: percentile(result.stageMs, 99), max: Math.max(...result.stageMs) },
  answer: result.answerMs && {
    p50: percentile(result.answerMs, 50),
    p95: percentile(result.answerMs, 95),
    p99: percentile(result.answerMs, 99),
    max: Math.max(...result.answerMs),
  },
});

const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
console.log(`Machine: ${machine}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(
  `Phones: the simulator's (real y-websocket clients), ${PER_WORKER} per worker process at niceness ${PHONE_NICENESS}; each answers within ${BURST_MS / 1000} s of seeing the question.`,
);
console.log(
  `All phones join from one address (127.0.0.1), like a hall behind one NAT: our server lets ${DEFAULT_LIMITS.joinBurst} in at once, then ${DEFAULT_LIMITS.joinsPerSecond}/s; ` +
    `on ours the room is session 1 of a leergang that seats ${SEATS}, and each join makes a new member.`,
);
const results = [];
const runs = [
  ...(ROWS.includes('answer') ? SIZES.map((phones) => ['answer', phones]) : []),
  ...(ROWS.includes('follow') ? [['follow', FOLLOW_PHONES]] : []),
  ...(ROWS.includes('vragen') ? [['vragen', VRAGEN_PHONES]] : []),
];
for (const [row, phones] of runs) {
  for (const kind of SERVERS) {
    process.stdout.write(`${row}: ${phones} phones, ${kind}… `);
    const result = summarize(await run(phones, kind, row));
    results.push(result);
    console.log(result.error ? `stopped: ${result.error}` : row === 'answer' ? `done (${result.lost} lost)` : 'done');
    if (kind === 'guarded' && result.joined !== undefined) {
      console.log(
        `  from one address: ${result.joined} of ${phones} phones in after ${(result.joinMs / 1000).toFixed(1)} s; ` +
          `${result.joinBusy} joins answered 429 (too many at once) and retried by the phones, ${result.joinRetries} other retries, ${result.joinErrors} gave up; ` +
          `the leergang has ${result.members ?? '?'} members.`,
      );
    }
  }
}

const common = (r) => ({
  phones: r.phones,
  server: r.server,
  'joined': r.joined === undefined ? '–' : `${r.joined}/${r.phones}`,
  'join all (s)': r.joinMs === undefined ? '–' : (r.joinMs / 1000).toFixed(1),
  '429s / retries': r.joinBusy === undefined ? '–' : `${r.joinBusy} / ${r.joinRetries}`,
});
const usage = (r) => ({
  'CPU join / burst (s)': r.cpuBurstS === undefined ? '–' : `${r.cpuJoinS.toFixed(2)} / ${r.cpuBurstS.toFixed(2)}`,
  'peak RSS (MB)': r.peakRssMb === undefined ? '–' : Math.round(r.peakRssMb),
  'trainer tally (ms)': r.trainerTallyMs === undefined ? '–' : Math.round(r.trainerTallyMs),
  'phones\' CPU join / burst (s)': r.phonesCpuBurstS === undefined ? '–' : `${r.phonesCpuJoinS.toFixed(1)} / ${r.phonesCpuBurstS.toFixed(1)}`,
});
const answerRow = (r) => ({
  ...common(r),
  'stage→phones p50/p99 (ms)': r.stage ? `${ms(r.stage.p50)} / ${ms(r.stage.p99)}` : '–',
  'answer→trainer p50/p95/p99/max (ms)': r.answer ? `${ms(r.answer.p50)} / ${ms(r.answer.p95)} / ${ms(r.answer.p99)} / ${ms(r.answer.max)}` : '–',
  'answers in': r.arrived === undefined ? '–' : `${r.arrived}/${r.phones}`,
  'lost': r.lost === undefined ? '–' : r.lost,
  ...usage(r),
  'KB/phone': r.kbPerPhone === undefined ? '–' : Math.round(r.kbPerPhone),
  note: r.error ?? (r.complete ? '' : `not all answers at the trainer ${(BURST_MS + 60_000) / 1000} s after the question opened`),
});
const followRow = (r) => ({
  ...common(r),
  'slide step→phone view p50/p99/max (ms)': r.view ? `${ms(r.view.p50)} / ${ms(r.view.p99)} / ${ms(r.view.max)}` : '–',
  'views seen': r.viewsSeen === undefined ? '–' : `${r.viewsSeen}/${r.viewsExpected}`,
  ...usage(r),
  note: r.error ?? (r.complete ? 'target p99 < 1000 ms' : 'not every phone saw every step within 30 s of the last'),
});
const vragenRow = (r) => ({
  ...common(r),
  'vote→projector top 10 p50/p99/max (ms)': r.vote ? `${ms(r.vote.p50)} / ${ms(r.vote.p99)} / ${ms(r.vote.max)}` : '–',
  'questions / votes shown': r.votesSent === undefined ? '–' : `${r.asked} / ${r.votesShown} of ${r.votesSent}`,
  'public bytes/s per phone': r.bytesPerPhonePerS === undefined ? '–' : Math.round(r.bytesPerPhonePerS),
  ...usage(r),
  note: r.error ?? (r.complete ? 'target p99 < 1000 ms' : 'not every vote in the trainer\'s top 10 within 30 s of the window'),
});
for (const [row, title, format] of [
  ['answer', 'Answers: the trainer opens a question, every phone answers within 5 s', answerRow],
  ['follow', `Following the slides: ${FOLLOW_STEPS.length} steps (a slide's fragments, then the next slide), ${STEP_MS / 1000} s apart`, followRow],
  ['vragen', `Questions from the hall: each phone asks 1 question within ${VOTING.askMs / 1000} s, then casts ${VOTING.votes} votes over ${VOTING.voteMs / 1000} s`, vragenRow],
]) {
  const these = results.filter((r) => r.row === row);
  if (!these.length) continue;
  console.log(title);
  console.table(these.map(format));
}
const out = process.env.BENCH_OUT ?? join(root, 'bench/results/latest.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), machine, perWorker: PER_WORKER, phoneNiceness: PHONE_NICENESS, burstMs: BURST_MS, followSteps: FOLLOW_STEPS, stepMs: STEP_MS, voting: VOTING, results }, null, 2));
console.log(`Written: ${out}`);
process.exit(0);
