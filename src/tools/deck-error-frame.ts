/**
 * A deck mistake as Vite's error overlay shows its own: the file and line to jump to, and the
 * deck's lines around it with the line marked (under `npm run dev`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DeckError } from '../shared/deck/parse-deck.ts';

/** The lines around `line` (1-based), numbered, the line itself marked by a caret line below it. */
export function codeFrame(source: string, line: number, around = 2): string {
  const lines = source.split(/\r?\n/);
  const first = Math.max(1, line - around);
  const last = Math.min(lines.length, line + around);
  const width = String(last).length;
  const rows: string[] = [];
  for (let number = first; number <= last; number++) {
    rows.push(`${String(number).padStart(width)} | ${lines[number - 1]}`);
    if (number === line) rows.push(`${' '.repeat(width)} | ${'^'.repeat(Math.max(1, lines[number - 1].trimEnd().length))}`);
  }
  return rows.join('\n');
}

/**
 * The error with `id`, `loc` and `frame` set, the fields Vite's overlay and terminal read, and
 * without its stack trace: the trace is the parser's, of no use to whoever wrote the deck.
 */
export function withCodeFrame(error: DeckError): DeckError {
  const file = resolve(error.file);
  let frame = '';
  try {
    frame = codeFrame(readFileSync(file, 'utf8'), error.line);
  } catch {
    // A mistake about a file that cannot be read shows without its lines.
  }
  return Object.assign(error, { id: file, loc: { file, line: error.line, column: 1 }, frame, stack: `${error.name}: ${error.message}` });
}
