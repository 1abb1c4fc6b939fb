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
// peak RSS; memory per connected phone.
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
//   BENCH_OUT=<file>            (where the figures go; default bench/results/latest.json, or
//                               bench/results/follow-vragen.json when the answer row is not run)
//
// This file runs the rows and prints them; each row's phase is a file of its own (answer-row.mjs,
// follow-row.mjs, vragen-row.mjs), as are the two servers, the phones' processes and the deck.
// The figures are written after every run of a row, so a run that stops halfway keeps what it had.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_LIMITS } from '../build/server/config.js';
import { joinWaitFor, joinWaitOver } from '../build/src/tools/simulate/join-wait.js';
import { answerRow } from './answer-row.mjs';
import { benchDeck } from './bench-deck.mjs';
import { FOLLOW_STEPS, followRow, STEP_MS } from './follow-row.mjs';
import { guardedServer } from './guarded-server.mjs';
import { startWorkers } from './phone-fleet.mjs';
import { now, percentile, root, sleep, usageOf, waitFor } from './processes.mjs';
import { relayServer } from './relay-server.mjs';
import { VOTING, vragenRow } from './vragen-row.mjs';

process.setMaxListeners(0);
const SIZES = (process.env.BENCH_PHONES ?? '20,200,2000,5000').split(',').map(Number);
const ROWS = (process.env.BENCH_ROWS ?? 'answer,follow,vragen').split(',');
const FOLLOW_PHONES = Number(process.env.BENCH_FOLLOW_PHONES ?? 2000);
const VRAGEN_PHONES = Number(process.env.BENCH_VRAGEN_PHONES ?? 2000);
const SERVERS = (process.env.BENCH_SERVERS ?? 'guarded,relay').split(',');
const PER_WORKER = Number(process.env.BENCH_PER_WORKER ?? 250);
const BURST_MS = 5000;
const PHONE_NICENESS = Number(process.env.BENCH_PHONE_NICENESS ?? 10);
const OUT = process.env.BENCH_OUT ?? join(root, ROWS.includes('answer') ? 'bench/results/latest.json' : 'bench/results/follow-vragen.json');

// The bench room seats every phone of the largest run (a training group's default of 30 would not).
const SEATS = Math.max(2500, ...(ROWS.includes('answer') ? SIZES : []), FOLLOW_PHONES, VRAGEN_PHONES);
const bench = benchDeck(SEATS);
const ROW_PHASES = { answer: answerRow, follow: followRow, vragen: vragenRow };

async function run(phones, kind, rowName) {
  const server = kind === 'guarded' ? await guardedServer(bench) : await relayServer(bench);
  const row = ROW_PHASES[rowName]({ server, phones, burstMs: BURST_MS });
  const synced = new Map();
  const errors = [];
  const retries = [];
  let busy = 0;
  let lastSyncAt = 0;
  const onEvent = (worker, event) => {
    if (event.type === 'joined') {
      if (event.synced > (synced.get(worker) ?? 0)) lastSyncAt = event.at;
      synced.set(worker, event.synced);
    } else if (event.type === 'error') errors.push(event.message);
    else if (event.type === 'retry') retries.push(event.message);
    else if (event.type === 'busy') busy += 1;
    else row.onEvent(event);
  };
  if (row.onAnswers) server.answers.observe((event) => row.onAnswers(event));
  const workers = await startWorkers(phones, { perWorker: PER_WORKER, niceness: PHONE_NICENESS, fleetOptions: { ...server.fleet, role: rowName, voting: VOTING, burstMs: BURST_MS } }, onEvent);
  const totalSynced = () => [...synced.values()].reduce((sum, n) => sum + n, 0);
  const result = { row: rowName, phones, server: kind === 'guarded' ? 'guarded (ours)' : 'plain relay (baseline)', workers: workers.count, loadBefore: loadavg()[0] };

  try {
    const idle = usageOf(server.child.pid);
    const phonesIdle = workers.cpu();
    const joinStart = now();
    workers.start();
    // As long as phones keep coming in: on a busy machine a fixed minute cut off halls still joining.
    const wait = joinWaitFor(phones);
    let ended = null;
    await waitFor(() => {
      ended = joinWaitOver({ phones, joined: totalSynced(), gaveUp: errors.length, startedAt: joinStart, lastJoinAt: lastSyncAt, now: now() }, wait);
      return ended !== null;
    }, wait.maxMs + 1000);
    const allJoined = totalSynced() >= phones;
    result.joinMs = lastSyncAt - joinStart;
    result.joined = totalSynced();
    result.joinWaitEnded = ended;
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
    if (!allJoined) throw new Error(`only ${result.joined} of ${phones} phones joined (wait ended: ${ended}; ${errors.length} errors${errors.length ? `, first: ${errors[0]}` : ''})`);
    if (server.members) result.members = await server.members();

    // Give the joins' storage and presence a moment to settle, so the burst measures the burst.
    await sleep(1000);
    const before = usageOf(server.child.pid);
    const phonesBefore = workers.cpu();
    await row.measure(result, { workers });
    const after = usageOf(server.child.pid);
    result.cpuBurstS = after.cpu - before.cpu;
    result.phonesCpuBurstS = workers.cpu() - phonesBefore;
    result.peakRssMb = after.peakMb;
    result.trainerTallyMs = row.tallyMs?.() ?? 0;
  } catch (error) {
    result.error = error.message;
  } finally {
    result.loadAfter = loadavg()[0];
    await workers.stop();
    await server.close();
    // What the server refused during the run (its rejection log's summary lines, the last written as it stops), to tell a refusal from a loss.
    result.serverRefusals = server.log().split('\n').filter((line) => line.includes('refused')).slice(0, 5);
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
mkdirSync(dirname(OUT), { recursive: true });
/** Written after every run, so a run that dies in a later row keeps the rows before it. */
const writeResults = (finished) =>
  writeFileSync(
    OUT,
    JSON.stringify({ at: new Date().toISOString(), finished, machine, perWorker: PER_WORKER, phoneNiceness: PHONE_NICENESS, burstMs: BURST_MS, followSteps: FOLLOW_STEPS, stepMs: STEP_MS, voting: VOTING, results }, null, 2),
  );
for (const [row, phones] of runs) {
  for (const kind of SERVERS) {
    process.stdout.write(`${row}: ${phones} phones, ${kind}… `);
    const result = summarize(await run(phones, kind, row));
    results.push(result);
    writeResults(false);
    console.log(result.error ? `stopped: ${result.error}` : row === 'answer' ? `done (${result.lost} lost)` : 'done');
    if (result.joined !== undefined) {
      console.log(
        kind === 'guarded'
          ? `  from one address: ${result.joined} of ${phones} phones in after ${(result.joinMs / 1000).toFixed(1)} s; ` +
              `${result.joinBusy} joins answered 429 (too many at once) and retried by the phones, ${result.joinRetries} other retries, ${result.joinErrors} gave up; ` +
              `the leergang has ${result.members ?? '?'} members.`
          : `  ${result.joined} of ${phones} phones in after ${(result.joinMs / 1000).toFixed(1)} s (no join limit on the relay), ${result.joinErrors} gave up.`,
      );
    }
    if (result.votesSent !== undefined && !result.complete && !result.phonesUnderReported) {
      console.log(
        `  votes never counted on the projector: ${result.votesNotAtServer} not in the server's own copy of the answers when the wait ended ` +
          `(${result.votesNotAtServerLater ?? 0} still not 15 s later: lost, refused or stuck on the way), ${result.votesAtServerNotShown} at the server but never drawn by the trainer.`,
      );
    }
    if (result.votesAtServer !== undefined) {
      console.log(`  votes: ${result.votesSent} reported by the phones, ${result.votesAtServer} in the server's copy of the answers, ${result.votesAtTrainer} at the trainer.`);
    }
    for (const line of result.serverRefusals ?? []) console.log(`  server: ${line}`);
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
const answerLine = (r) => ({
  ...common(r),
  'stage→phones p50/p99 (ms)': r.stage ? `${ms(r.stage.p50)} / ${ms(r.stage.p99)}` : '–',
  'answer→trainer p50/p95/p99/max (ms)': r.answer ? `${ms(r.answer.p50)} / ${ms(r.answer.p95)} / ${ms(r.answer.p99)} / ${ms(r.answer.max)}` : '–',
  'answers in': r.arrived === undefined ? '–' : `${r.arrived}/${r.phones}`,
  'lost': r.lost === undefined ? '–' : r.lost,
  ...usage(r),
  'KB/phone': r.kbPerPhone === undefined ? '–' : Math.round(r.kbPerPhone),
  note: r.error ?? (r.complete ? '' : `not all answers at the trainer ${(BURST_MS + 60_000) / 1000} s after the question opened`),
});
const followLine = (r) => ({
  ...common(r),
  'slide step→phone view p50/p99/max (ms)': r.view ? `${ms(r.view.p50)} / ${ms(r.view.p99)} / ${ms(r.view.max)}` : '–',
  'views seen': r.viewsSeen === undefined ? '–' : `${r.viewsSeen}/${r.viewsExpected}`,
  ...usage(r),
  note: r.error ?? (r.complete ? 'target p99 < 1000 ms' : 'not every phone saw every step within 30 s of the last'),
});
const vragenLine = (r) => ({
  ...common(r),
  'vote→projector top 10 p50/p99/max (ms)': r.vote ? `${ms(r.vote.p50)} / ${ms(r.vote.p99)} / ${ms(r.vote.max)}` : '–',
  'questions / votes shown': r.votesSent === undefined ? '–' : `${r.asked} / ${r.votesShown} of ${r.votesSent}`,
  'public bytes/s per phone': r.bytesPerPhonePerS === undefined ? '–' : r.bytesPerPhonePerS === null ? 'phones too busy to say' : Math.round(r.bytesPerPhonePerS),
  ...usage(r),
  note: r.error ?? (r.complete ? 'target p99 < 1000 ms'
    : r.phonesUnderReported ? 'phones reported fewer votes than the server holds: starved phone processes, run on a quieter machine'
    : 'not every vote in the trainer\'s top 10 within 30 s of the window'),
});
for (const [row, title, format] of [
  ['answer', 'Answers: the trainer opens a question, every phone answers within 5 s', answerLine],
  ['follow', `Following the slides: ${FOLLOW_STEPS.length} steps (a slide's fragments, then the next slide), ${STEP_MS / 1000} s apart`, followLine],
  ['vragen', `Questions from the hall: each phone asks 1 question within ${VOTING.askMs / 1000} s, then casts ${VOTING.votes} votes over ${VOTING.voteMs / 1000} s`, vragenLine],
]) {
  const these = results.filter((r) => r.row === row);
  if (!these.length) continue;
  console.log(title);
  console.table(these.map(format));
}

// The baseline in the same run: ours against the relay, row by row, on the figure each row is about.
const FIGURES = { answer: ['answer', 'answer → trainer'], follow: ['view', 'slide step → phone view'], vragen: ['vote', 'vote → projector top 10'] };
for (const [row, phones] of runs) {
  const ours = results.find((r) => r.row === row && r.phones === phones && r.server.startsWith('guarded'));
  const relay = results.find((r) => r.row === row && r.phones === phones && r.server.startsWith('plain relay'));
  if (!ours || !relay) continue;
  const [key, what] = FIGURES[row];
  const p99 = (r) => (r[key] ? `${ms(r[key].p99)} ms` : r.error ? `– (${r.error})` : '–');
  const cpu = (r) => (r.cpuBurstS === undefined ? '–' : `${r.cpuBurstS.toFixed(2)} s`);
  console.log(`${row}, ${phones} phones: ${what} p99 ours ${p99(ours)}, relay ${p99(relay)}; server CPU in the burst ours ${cpu(ours)}, relay ${cpu(relay)}.`);
}
writeResults(true);
console.log(`Written: ${OUT}`);
process.exit(0);
