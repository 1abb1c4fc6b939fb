/**
 * `npm run lint` is the first step of `npm test`. These tests run that exact command, with the
 * repo's biome.jsonc, on a one-file copy of the project, so a config that lints nothing (or lets
 * warnings through) fails here rather than passing quietly.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const BIOME = join(root, 'node_modules/@biomejs/biome/bin/biome');
const LINT = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.lint as string;

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs the lint script's own arguments on a project holding only `src/probe.ts`. */
function lint(source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mw-lint-'));
  made.push(dir);
  copyFileSync(join(root, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/probe.ts'), source);
  const [command, ...args] = LINT.split(' ');
  expect(command).toBe('biome');
  const run = spawnSync(process.execPath, [BIOME, ...args, '--colors=off'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('npm run lint', () => {
  test('passes a clean Lit element, decorators and all', () => {
    const { status, output } = lint(
      [
        "import { LitElement, html } from 'lit';",
        "import { customElement, property } from 'lit/decorators.js';",
        '',
        "@customElement('mw-probe')",
        'export class MwProbe extends LitElement {',
        "  @property() label = '';",
        '  render() {',
        '    return html`<p>Hallo</p>`;',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    // A decorator Biome could not parse would be an error here.
    expect(status, output).toBe(0);
  });

  test('fails on a debugger statement', () => {
    const { status, output } = lint('export function stop(): void {\n  debugger;\n}\n');
    expect(output).toContain('lint/suspicious/noDebugger');
    expect(status).not.toBe(0);
  });

  test('fails on a warning too: an unused variable', () => {
    const { status, output } = lint('export function total(): number {\n  const unused = 1;\n  return 2;\n}\n');
    expect(output).toContain('lint/correctness/noUnusedVariables');
    expect(status).not.toBe(0);
  });
});
