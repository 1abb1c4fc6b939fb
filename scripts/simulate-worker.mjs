// One worker process of `npm run simulate` and `npm run bench`: a batch of simulated phones
// (src/tools/simulate/phone-fleet.ts). The parent sends {type: 'start', options}, then {type: 'stop'};
// the worker sends back its phones' events in small batches.
import WebSocket from 'ws';
import { startFleet } from '../build/src/tools/simulate/phone-fleet.js';

// Every y-websocket provider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0);
// Ctrl-C reaches the whole process group: the parent decides when the phones stop.
process.on('SIGINT', () => undefined);

let fleet = null;
let outbox = [];
const flush = () => {
  if (outbox.length && process.connected) process.send({ type: 'events', events: outbox });
  outbox = [];
};
const flushing = setInterval(flush, 50);

const stop = () => {
  fleet?.stop();
  clearInterval(flushing);
  flush();
  // Closing frames go out on the next turns; then leave.
  setTimeout(() => process.exit(0), 100);
};

process.on('message', (message) => {
  if (message.type === 'start') fleet = startFleet(message.options, WebSocket, (event) => outbox.push(event));
  if (message.type === 'stop') stop();
  // The benchmark asks how many bytes of public updates this batch's phones have received so far.
  if (message.type === 'bytes') process.send({ type: 'bytes', bytes: fleet?.receivedBytes() ?? 0 });
});
process.on('disconnect', stop);
process.send({ type: 'ready' });
