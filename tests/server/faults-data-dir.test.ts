/**
 * Fault: DATA_DIR cannot hold the answers. `npm start` must stop at once with one clear line
 * and a non-zero exit, not a stack trace or a server that seems to run. The tests run as root
 * on CI, where file modes stop nothing, so the paths are unusable in ways that hold for root.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureDistDir } from '../support/fixture-manifest.ts';
import { spawnServer } from '../support/server-process.ts';
import { tempDir } from '../support/test-server.ts';

const MAIN = join(import.meta.dirname, '../../build/server/main.js');
/** Far longer than a refusal takes; a server that listens instead never exits by itself. */
const EXIT_DEADLINE_MS = 10_000;

/** Runs `npm start`'s entry with DATA_DIR and resolves with its exit code and everything it printed. */
function startWith(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATA_DIR: dataDir, DIST_DIR: fixtureDistDir(), PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    const deadline = setTimeout(() => child.kill('SIGKILL'), EXIT_DEADLINE_MS);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      resolve({ code, output });
    });
  });
}

function aFile(): string {
  const file = join(tempDir(), 'not-a-folder');
  writeFileSync(file, 'x');
  return file;
}

describe('a DATA_DIR the server cannot use', () => {
  test.each([
    ['a path below a regular file', () => join(aFile(), 'data'), /not-a-folder is a file, not a folder/],
    ['a regular file', aFile, /not-a-folder is a file, not a folder/],
    ['a new folder under /proc', () => '/proc/mentorwijs-data', /cannot create the folder \/proc\/mentorwijs-data/],
    ['an existing folder where nothing can be written', () => '/proc/self', /cannot write in \/proc\/self/],
  ])('stops the start with one clear line and exit code 1: %s', async (_name, dataDir, reason) => {
    const { code, output } = await startWith(dataDir());
    expect(code).toBe(1);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: /);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toContain('set DATA_DIR to a folder the server can write in');
  });

  test('creates a DATA_DIR that does not exist yet, parents included', async () => {
    const dataDir = join(tempDir(), 'a', 'b', 'data');
    const server = await spawnServer({ DATA_DIR: dataDir, DIST_DIR: fixtureDistDir() });
    server.child.kill('SIGKILL');
    await server.exited;
    expect(existsSync(join(dataDir, 'CURRENT'))).toBe(true); // LevelDB's own files are there
  });
});
