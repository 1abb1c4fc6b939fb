// `npm run bench`: how fast answers from N phones reach the trainer, on our guarded server and,
// in the same run, on a plain y-websocket relay (@y/websocket-server 0.1.1, one shared document)
// as the baseline. Servers run as separate processes; their CPU and memory are read from /proc.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const root = new URL('..', import.meta.url).pathname;
// Every y-websocket provider adds a process 'exit' listener; hundreds of them are expected here.
process.setMaxListeners(0);
const SIZES = (process.env.BENCH_PHONES ?? '20,200').split(',').map(Number);
const EXERCISE = 'vraag';
const TIMEOUT_MS = 60_000;

const manifest = {
  decks: {
    bench: {
      title: 'Bench',
      exercises: {
        [EXERCISE]: {
          kind: 'choice', id: EXERCISE, tags: [], question: 'Welke?', correct: 'b', explanation: 'Omdat.',
          options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }],
        },
      },
    },
  },
};

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** CPU seconds (user + system) and resident memory in MB of a process, from /proc. */
function usageOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpu: ticks / 100, rssMb: (rssPages * 4096) / 1024 / 1024 };
}

async function startProcess(args, env, readyText) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (output.includes(readyText)) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
  return child;
}

const connect = (url, name, doc, params) =>
  new WebsocketProvider(url, name, doc, { WebSocketPolyfill: WebSocket, disableBc: true, params });

const synced = (provider) => new Promise((resolve) => (provider.synced ? resolve() : provider.once('sync', resolve)));

function waitUntil(check, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
    const poll = () => (check() ? (clearTimeout(timer), resolve()) : setImmediate(poll));
    poll();
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/**
 * Runs one measurement on a prepared room: the stage change to every phone, then a burst in
 * which every phone answers at once, timed until each answer shows up at the trainer.
 */
async function measure(room) {
  const seenStage = [];
  const stageStart = performance.now();
  for (const phone of room.phones) phone.stageMap.observe(() => seenStage.push(performance.now() - stageStart));
  room.moveStage();
  await waitUntil(() => seenStage.length >= room.phones.length, 'the stage on every phone');

  const sentAt = new Map();
  const latencies = [];
  room.trainerAnswers.observe((event) => {
    const now = performance.now();
    for (const key of event.keysChanged) latencies.push(now - sentAt.get(room.phoneIdOf(key)));
  });
  const before = usageOf(room.child.pid);
  const burstStart = performance.now();
  room.phones.forEach((phone, i) => {
    sentAt.set(phone.id, performance.now());
    phone.answer(['a', 'b', 'c'][i % 3]);
  });
  await waitUntil(() => latencies.length >= room.phones.length, 'every answer at the trainer');
  const burstMs = performance.now() - burstStart;
  const after = usageOf(room.child.pid);
  for (const provider of room.providers) provider.destroy();
  room.child.kill('SIGTERM');
  return { joinMs: room.joinMs, stage: seenStage, latencies, burstMs, cpu: after.cpu - before.cpu, rssMb: after.rssMb };
}

/** Our server: each phone writes its own document; the server validates and forwards to the trainer only. */
async function guardedRoom(phones) {
  const port = await freePort();
  const distDir = mkdtempSync(join(tmpdir(), 'mw-bench-dist-'));
  writeFileSync(join(distDir, 'manifest.json'), JSON.stringify(manifest));
  const child = await startProcess(['build/server/main.js'], {
    PORT: String(port), HOST: '127.0.0.1', DIST_DIR: distDir, DATA_DIR: mkdtempSync(join(tmpdir(), 'mw-bench-data-')),
  }, 'Trainer:');
  const origin = `http://127.0.0.1:${port}`;
  const post = (path, body) =>
    fetch(origin + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
  const { code, secret } = await post('/api/rooms', { deck: 'bench' });
  const url = `ws://127.0.0.1:${port}/sync`;
  const stageDoc = new Y.Doc();
  const resultsDoc = new Y.Doc();
  const providers = [
    connect(url, `room/${code}/stage`, stageDoc, { role: 'trainer', secret }),
    connect(url, `room/${code}/results`, resultsDoc, { role: 'trainer', secret }),
  ];
  await Promise.all(providers.map(synced));

  const joinStart = performance.now();
  const seats = await Promise.all(Array.from({ length: phones }, () => post('/api/join', { code })));
  const clients = seats.map(({ pid, token }) => {
    const params = { role: 'participant', pid, token };
    const stage = new Y.Doc();
    const own = new Y.Doc();
    providers.push(connect(url, `room/${code}/stage`, stage, params), connect(url, `room/${code}/p/${pid}`, own, params));
    return { id: pid, stageMap: stage.getMap('exercises'), answer: (value) => own.getMap('answers').set(EXERCISE, { round: 1, value }) };
  });
  await Promise.all(providers.map(synced));
  return {
    child,
    providers,
    joinMs: performance.now() - joinStart,
    phones: clients,
    moveStage: () =>
      stageDoc.transact(() => {
        stageDoc.getMap('exercises').set(EXERCISE, { status: 'open', round: 1, prompt: {} });
        stageDoc.getMap('stage').set('current', EXERCISE);
      }),
    trainerAnswers: resultsDoc.getMap('answers'),
    phoneIdOf: (key) => key.split('/')[1],
  };
}

/** Baseline: one shared document for everyone, every update relayed to every socket. */
async function plainRelayRoom(phones) {
  const port = await freePort();
  const child = await startProcess(['node_modules/@y/websocket-server/src/server.js'], { PORT: String(port), HOST: '127.0.0.1' }, 'running at');
  const url = `ws://127.0.0.1:${port}`;
  const trainerDoc = new Y.Doc();
  const providers = [connect(url, 'room', trainerDoc, {})];
  await synced(providers[0]);
  const joinStart = performance.now();
  const clients = Array.from({ length: phones }, (_, i) => {
    const doc = new Y.Doc();
    providers.push(connect(url, 'room', doc, {}));
    return { id: `p${i}`, stageMap: doc.getMap('stage'), answer: (value) => doc.getMap('answers').set(`p${i}`, { round: 1, value }) };
  });
  await Promise.all(providers.map(synced));
  return {
    child,
    providers,
    joinMs: performance.now() - joinStart,
    phones: clients,
    moveStage: () => trainerDoc.getMap('stage').set('current', EXERCISE),
    trainerAnswers: trainerDoc.getMap('answers'),
    phoneIdOf: (key) => key,
  };
}

const ms = (value) => `${Math.round(value)} ms`;
const rows = [];
for (const phones of SIZES) {
  for (const [name, prepare] of [['guarded (ours)', guardedRoom], ['plain relay (baseline)', plainRelayRoom]]) {
    const result = await measure(await prepare(phones));
    rows.push({
      phones,
      server: name,
      'join+sync all': ms(result.joinMs),
      'stage→phones p50/p99': `${ms(percentile(result.stage, 50))} / ${ms(percentile(result.stage, 99))}`,
      'answer→trainer p50/p95/max': `${ms(percentile(result.latencies, 50))} / ${ms(percentile(result.latencies, 95))} / ${ms(Math.max(...result.latencies))}`,
      'all answers in': ms(result.burstMs),
      'server CPU in burst': `${result.cpu.toFixed(2)} s`,
      'server RSS': `${Math.round(result.rssMb)} MB`,
    });
  }
}
console.log(`Machine: ${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`);
console.log('All phones are y-websocket clients in this one process; each burst is every phone answering at once.');
console.table(rows);
writeFileSync(join(root, 'bench/results.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
process.exit(0);
