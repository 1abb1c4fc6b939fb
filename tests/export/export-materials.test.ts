import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { runSheetRows } from '../../src/shared/materials/run-sheet.ts';
import { readPdf, renderPage } from '../support/pdf-reader.ts';
import { SCREENSHOTS } from '../support/live-flow.ts';
import { tempDir } from '../support/test-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const SESSIONS = [1, 2, 3, 4, 5].map((n) => `sessie-${n}`);
/** A4 in PDF points. */
const A4 = { width: 595, height: 842 };
const index: { id: string; title: string }[] = JSON.parse(readFileSync(join(ROOT, 'dist/materials.json'), 'utf8')).materials;

describe('npm run export --materials-only (scripts/export.mjs) on the real build', () => {
  const out = tempDir('mw-export-materials-');
  let output = '';
  const pdf = (id: string) => new Uint8Array(readFileSync(join(out, 'materialen', `${id}.pdf`)));

  beforeAll(async () => {
    const args = ['scripts/export.mjs', '--dist', 'dist', '--materials-only', '--out', out];
    ({ stdout: output } = await promisify(execFile)(process.execPath, args, { cwd: ROOT }));
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('writes a PDF for every material the build lists, each session\'s run sheet, materials list and handout among them', () => {
    const ids = index.map((material) => material.id);
    for (const session of SESSIONS) expect(ids).toEqual(expect.arrayContaining([`${session}-draaiboek`, `${session}-materialen`, `${session}-hand-out`]));
    expect(ids).toEqual(expect.arrayContaining(['crisiskaart', 'wat-mag-je-vragen']));
    for (const id of ids) {
      expect(output).toMatch(new RegExp(`materialen/${id}\\.pdf  \\d+ pagina`));
      expect(Buffer.from(pdf(id).subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    }
    expect(output).not.toContain('.pptx');
  });

  test('prints on A4, every page', async () => {
    for (const { id } of index) {
      const { pages } = await readPdf(pdf(id));
      for (const page of pages) expect({ id, width: page.width, height: page.height }).toEqual({ id, ...A4 });
    }
  });

  test('prints a run sheet from 13:00 with the deck\'s own minutes, and says how to type another start time', async () => {
    const deck = parseDeck(readFileSync(join(ROOT, 'decks/sessie-1.md'), 'utf8'), 'decks/sessie-1.md', 'sessie-1');
    const [first, second] = runSheetRows(deck);
    const text = (await readPdf(pdf('sessie-1-draaiboek'))).pages.flatMap((page) => page.lines).join(' ');
    expect(text).toContain('Begintijd 13:00');
    expect(text).toContain('typ de tijd in');
    const end = 13 * 60 + first.minutes;
    const clock = `${Math.floor(end / 60)}:${String(end % 60).padStart(2, '0')}`;
    expect(text).toContain(`13:00–${clock}`);
    expect(text).toContain(second.heading);
  });

  test('marks the legal one-pager "laat juridisch checken" and prints the crisis numbers', async () => {
    const legal = (await readPdf(pdf('wat-mag-je-vragen'))).pages.flatMap((page) => page.lines).join(' ');
    expect(legal).toMatch(/Laat juridisch checken/);
    const crisis = (await readPdf(pdf('crisiskaart'))).pages;
    expect(crisis).toHaveLength(1);
    const card = crisis[0].lines.join(' ');
    for (const needed of ['112', '113', '0800-0113', 'huisartsenpost', 'bedrijfsarts']) expect(card).toContain(needed);
  });

  test('renders a handout page and a run sheet page for a person to look at', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [id, pageNumber] of [['sessie-3-hand-out', 1], ['sessie-5-hand-out', 2], ['sessie-1-draaiboek', 1]] as const) {
      const page = await renderPage(pdf(id), pageNumber, 1.5);
      writeFileSync(join(SCREENSHOTS, `materiaal-${id}-${pageNumber}.png`), page.png);
      // A4 (595.28 × 841.89 points) at 1.5 pixels per point.
      expect(Math.abs(page.width - A4.width * 1.5)).toBeLessThanOrEqual(1);
      expect(Math.abs(page.height - A4.height * 1.5)).toBeLessThanOrEqual(1);
    }
  });
});
