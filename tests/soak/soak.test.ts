/**
 * The 3-minute soak (`npm run soak -- --minutes 3`): a whole session against the real server
 * process, with 10% of the phones reconnecting each minute; after each room closes, the server
 * holds none of its documents. The heap sizes are printed (the soak's report), not asserted:
 * they move with the garbage collector, while a document that stays reachable is a leak.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BaseDefinition } from '../../src/shared/kind/kind.ts';
import { runSoak, type SoakReport } from '../../src/tools/soak/soak-run.ts';
import { startSoakServer, type SoakServer } from '../../src/tools/soak/soak-server.ts';
import { summarizeSoak } from '../../src/tools/soak/soak-summary.ts';

const root = join(import.meta.dirname, '../..');
const MINUTES = 3;
const PHONES = 30;

describe(`a ${MINUTES}-minute soak`, () => {
  let server: SoakServer;
  let report: SoakReport;
  const lines: string[] = [];

  beforeAll(async () => {
    process.setMaxListeners(0);
    server = await startSoakServer({ root, distDir: join(root, 'dist'), roomIdleSeconds: 2 });
    const manifest = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8'));
    const exercises = Object.values(manifest.decks['sessie-3'].exercises) as BaseDefinition[];
    report = await runSoak(
      { minutes: MINUTES, phones: PHONES, deck: 'sessie-3', exercises, churnPerMinute: 0.1, speed: 6, seed: 7, sampleEveryMs: 15_000 },
      { server, WebSocket, log: (line) => lines.push(line) },
    );
    console.log(`${lines.join('\n')}\n${summarizeSoak(report)}`);
  }, (MINUTES + 3) * 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('plays the deck over and over, with phones reconnecting each minute', () => {
    expect(report.exercisesPlayed).toBeGreaterThan(9);
    expect(report.answersSeen).toBeGreaterThan(report.exercisesPlayed * 20);
    expect(report.reconnects).toBeGreaterThanOrEqual(6);
  });

  test('each closed room leaves memory: no room loaded, and none of its documents reachable after a full GC', () => {
    expect(report.level.rooms).toBe(0);
    expect(report.after.rooms).toBe(0);
    // Both rooms' documents were watched (stage, results and public stage, and per phone its own
    // document and inbox), so the zero below is about them…
    expect(report.level.freedDocs.freed).toBeGreaterThanOrEqual(3 + 2 * PHONES);
    expect(report.after.freedDocs.freed).toBeGreaterThanOrEqual(2 * (3 + 2 * PHONES));
    // …and a full collection took every one of them: nothing still holds a closed room.
    expect(report.level.freedDocs.held).toBe(0);
    expect(report.after.freedDocs.held).toBe(0);
  });
});
