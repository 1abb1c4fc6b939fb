/**
 * The 3-minute soak (`npm run soak -- --minutes 3`): a whole session against the real server
 * process, with 10% of the phones reconnecting each minute; after the room closes the server's
 * memory returns to the level a first closed room left.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BaseDefinition } from '../../src/shared/kind/kind.ts';
import { runSoak, type SoakReport } from '../../src/tools/soak/soak-run.ts';
import { startSoakServer, type SoakServer } from '../../src/tools/soak/soak-server.ts';

const root = join(import.meta.dirname, '../..');
const MINUTES = 3;

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
      { minutes: MINUTES, phones: 30, deck: 'sessie-3', exercises, churnPerMinute: 0.1, speed: 6, seed: 7, sampleEveryMs: 15_000 },
      { server, WebSocket, log: (line) => lines.push(line) },
    );
    console.log(lines.join('\n'));
  }, (MINUTES + 3) * 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('plays the deck over and over, with phones reconnecting each minute', () => {
    expect(report.exercisesPlayed).toBeGreaterThan(9);
    expect(report.answersSeen).toBeGreaterThan(report.exercisesPlayed * 20);
    expect(report.reconnects).toBeGreaterThanOrEqual(6);
  });

  test('the closed room leaves memory, and the heap returns to the level a first closed room left', () => {
    expect(report.after.rooms).toBe(0);
    const roomCost = report.peak.heapUsedMb - report.level.heapUsedMb;
    // The session really held memory (otherwise the comparison below proves nothing)…
    expect(roomCost).toBeGreaterThan(0.5);
    // …and less than half of it stays once the room is gone (a room kept in memory keeps it all).
    expect(report.after.heapUsedMb - report.level.heapUsedMb).toBeLessThan(roomCost / 2);
  });
});
