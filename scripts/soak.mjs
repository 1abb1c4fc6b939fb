// `npm run soak -- --minutes M [--phones N] [--deck sessie-3]`: plays a whole session against a
// real server (joins, every exercise opened, answered, locked and revealed, 10% of the phones
// reconnecting each minute) and reports the server's memory over time and after the room closed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { runSoak } from '../build/src/tools/soak/soak-run.js';
import { startSoakServer } from '../build/src/tools/soak/soak-server.js';
import { summarizeSoak } from '../build/src/tools/soak/soak-summary.js';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    phones: { type: 'string', default: '60' },
    deck: { type: 'string', default: 'sessie-3' },
    speed: { type: 'string', default: '4' },
  },
});
const minutes = Number(values.minutes);
const phones = Number(values.phones);
if (!(minutes > 0) || !(phones > 0)) {
  console.error('Usage: npm run soak -- --minutes M [--phones N] [--deck ID] [--speed F]');
  process.exit(2);
}
const distDir = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
const deck = manifest.decks[values.deck];
if (!deck) {
  console.error(`soak: no deck "${values.deck}" in dist/manifest.json (${Object.keys(manifest.decks).join(', ')})`);
  process.exit(2);
}
// Every y-websocket provider adds an 'exit' listener; a soak has many.
process.setMaxListeners(0);

// The session decks seat a training group (30); the soak may play with more phones than that.
const server = await startSoakServer({ root, distDir, roomIdleSeconds: 5, participantCap: Math.max(30, phones) });
console.log(`soak: ${minutes} min, ${phones} phones, deck ${values.deck}, server ${server.origin}`);
try {
  const report = await runSoak(
    { minutes, phones, deck: values.deck, exercises: Object.values(deck.exercises), churnPerMinute: 0.1, speed: Number(values.speed), seed: 1, sampleEveryMs: 10_000 },
    { server, WebSocket, log: (line) => console.log(line) },
  );
  console.log(`\n${summarizeSoak(report)}`);
} finally {
  await server.stop();
}
