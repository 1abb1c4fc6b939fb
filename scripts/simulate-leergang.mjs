// `npm run simulate -- --leergang --phones 12 --out DIR`: a whole leergang rehearsed on a server
// of its own (a fresh data folder, the built decks), its downloads written to DIR.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { rehearseLeergang } from '../build/src/tools/simulate/leergang-rehearsal.js';
import { startServerProcess } from '../build/src/tools/soak/server-process.js';
import { trainerWebSocket } from '../build/src/tools/soak/trainer-socket.js';
import { trainerKeyHeaders } from '../build/src/shared/trainer-key.js';

export async function runLeergangRehearsal({ phones, seed, out }) {
  const root = new URL('..', import.meta.url).pathname;
  const distDir = join(root, 'dist');
  const decks = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')).decks;
  const dataDir = mkdtempSync(join(tmpdir(), 'mw-leergang-'));
  const server = await startServerProcess({ main: join(root, 'build/server/main.js'), env: { HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: distDir } });
  try {
    console.log(`Oefenleergang met ${phones} telefoons op ${server.origin} (seed ${seed})`);
    const rehearsal = await rehearseLeergang({
      origin: server.origin,
      trainerHeaders: trainerKeyHeaders(server.trainerKey),
      PhoneWebSocket: WebSocket,
      TrainerWebSocket: trainerWebSocket(server.trainerKey),
      decks,
      phones,
      seed,
      log: (line) => console.log(line),
    });
    const dir = resolve(out);
    mkdirSync(join(dir, 'certificaten'), { recursive: true });
    writeFileSync(join(dir, 'register.csv'), rehearsal.registerCsv);
    writeFileSync(join(dir, 'groepsverslag.pdf'), rehearsal.reportPdf);
    for (const { pseudonym, pdf } of rehearsal.certificates) writeFileSync(join(dir, 'certificaten', `${pseudonym.replace(/\s+/g, '-').toLowerCase()}.pdf`), pdf);
    console.log(`\n${registerLines(rehearsal.group).join('\n')}\n`);
    console.log(`Geschreven naar ${dir}: register.csv, groepsverslag.pdf en ${rehearsal.certificates.length} bewijzen van deelname in certificaten/`);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The register as the terminal shows it: a row per member, ✓ or – per session. */
function registerLines(group) {
  const sessions = group.sessions.map((s) => s.session);
  const width = Math.max(...group.members.map((m) => m.pseudonym.length));
  const header = `${'Deelnemer'.padEnd(width)}  ${sessions.map((n) => `B${n}`).join(' ')}  totaal`;
  const rows = group.members.map((m) => {
    const present = sessions.map((n) => (m.attended.includes(n) || m.ticked.includes(n) ? ' ✓' : ' –'));
    return `${m.pseudonym.padEnd(width)}  ${present.join(' ')}  ${present.filter((p) => p === ' ✓').length} van ${sessions.length}`;
  });
  return [header, ...rows];
}
