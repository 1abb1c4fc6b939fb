import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../support/test-server.ts';

const root = join(import.meta.dirname, '../..');

function buildDecks(decksDir: string) {
  return spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', tempDir('mw-out-')], {
    cwd: root,
    env: { ...process.env, DECKS_DIR: decksDir },
    encoding: 'utf8',
  });
}

describe('vite build of the decks', () => {
  test('fails on a malformed block and names file:line and what is wrong', () => {
    const result = buildDecks('tests/fixtures/broken-decks');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/broken-decks/sessie-x.md:9: choice "twee-goed": more than one option is marked [x]; mark exactly one',
    );
  });

  test('fails when a scale compares with an exercise the other deck does not have, naming the "vergelijk:" line', () => {
    const result = buildDecks('tests/fixtures/broken-comparison');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/broken-comparison/sessie-5.md:8: scale "zelfvertrouwen-eind": "vergelijk:" names "zelfvertrouwen-begin", which is not an exercise in deck "sessie-1"',
    );
  });

  test('fails when an exercise names codes without saying why, naming the "tags:" line', () => {
    const result = buildDecks('tests/fixtures/unexplained-tags');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/unexplained-tags/sessie-1.md:9: open "netwerk": "tags: D1" needs a line "waarom: …" right under it: why this exercise practises those codes',
    );
  });

  test('fails when a look-back names an exercise that is not a transfer task, naming the "opdracht:" line', () => {
    const result = buildDecks('tests/fixtures/broken-look-back');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'tests/fixtures/broken-look-back/sessie-2.md:7: terugblik "hoe-ging-het": "opdracht:" names "sessie-1/vraag", which is a choice, not an opdracht',
    );
  });

  test('fails when a goal or working component is practised by fewer than two live exercises across the sessions', () => {
    const result = buildDecks('tests/fixtures/uncovered-curriculum');
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain(
      'WB5 is practised by 1 live exercise across the sessions (only sessie-2/drie); give it at least 2 with "tags: WB5"',
    );
  });
});

describe('npm run build (and so npm start) with a mistake in a deck', () => {
  const npmBuild = (decksDir: string) =>
    spawnSync('npm', ['run', 'build'], { cwd: root, env: { ...process.env, DECKS_DIR: decksDir, OUT_DIR: tempDir('mw-out-') }, encoding: 'utf8' });

  test('prints the mistake as the one line file:line: message, without the bundler\'s report and stack trace', () => {
    const result = npmBuild('tests/fixtures/broken-decks');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toBe(
      'tests/fixtures/broken-decks/sessie-x.md:9: choice "twee-goed": more than one option is marked [x]; mark exactly one, or use "::: multi" for several\n',
    );
    expect(result.stdout).not.toMatch(/^\s+at /m);
  });

  test('prints a mistake across the decks as one line too', () => {
    const result = npmBuild('tests/fixtures/uncovered-curriculum');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/^curriculum coverage \([^)]*\): .*WB5 is practised by 1 live exercise[^\n]*\n$/);
  });
});
