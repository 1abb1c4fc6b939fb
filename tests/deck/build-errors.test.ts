import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/test-server.ts';

const root = join(import.meta.dirname, '../..');

describe('vite build of the decks', () => {
  test('fails on a malformed block and names file:line and what is wrong', () => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', tempDir('mw-out-')], {
      cwd: root,
      env: { ...process.env, DECKS_DIR: 'tests/fixtures/broken-decks' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/broken-decks/sessie-x.md:9: choice "twee-goed": more than one option is marked [x]; mark exactly one',
    );
  });
});
