// `npm run simulate -- --join <Join URL> --phones N`: simulated phones join a real room and
// answer every exercise the trainer opens, after human-like delays. A trainer's rehearsal tool
// ("how does the projector look with 15 answers?") and the benchmark's load generator.
import { batchesOf, isLeergangRun, parseLeergangArgs, parseSimulateArgs, USAGE } from '../build/src/tools/simulate/cli-options.js';
import { createStatus } from '../build/src/tools/simulate/status-lines.js';
import { forkPhoneWorker, stopPhoneWorkers } from './phone-workers.mjs';

if (isLeergangRun(process.argv.slice(2))) {
  let leergang;
  try {
    leergang = parseLeergangArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`simulate: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const { runLeergangRehearsal } = await import('./simulate-leergang.mjs');
  await runLeergangRehearsal(leergang).catch((error) => {
    console.error(`simulate --leergang: ${error.message}`);
    process.exit(1);
  });
  process.exit(0);
}

let options;
try {
  options = parseSimulateArgs(process.argv.slice(2));
} catch (error) {
  if (error.message !== 'help') console.error(`simulate: ${error.message}\n`);
  console.error(USAGE);
  process.exit(error.message === 'help' ? 0 : 2);
}

const stamp = () => new Date().toISOString().slice(11, 19);
const batches = batchesOf(options.phones, options.perWorker);
console.log(
  `[${stamp()}] ${options.phones} telefoons naar ${options.origin}, code ${options.code}` +
    ` (${batches.length} ${batches.length === 1 ? 'proces' : 'processen'}, seed ${options.seed}, speed ${options.speed}). Ctrl-C stopt.`,
);

const status = createStatus(options.phones);
const errors = new Set();
const workers = batches.map((batch, index) => {
  const worker = forkPhoneWorker((message) => {
    if (message.type === 'ready') {
      worker.send({
        type: 'start',
        options: { mode: 'guarded', origin: options.origin, code: options.code, seed: options.seed, speed: options.speed, nickname: options.nickname, ...batch },
      });
    }
    if (message.type !== 'events') return;
    for (const event of message.events) {
      if (event.type === 'error' && !errors.has(event.message)) {
        errors.add(event.message);
        console.error(`[${stamp()}] ${event.message}`);
      } else status.add(index, event);
    }
  });
  return worker;
});

const printing = setInterval(() => {
  for (const line of status.lines()) console.log(`[${stamp()}] ${line}`);
}, 500);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  clearInterval(printing);
  console.log(`[${stamp()}] stoppen…`);
  await stopPhoneWorkers(workers, 3000);
  console.log(`[${stamp()}] gestopt`);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
