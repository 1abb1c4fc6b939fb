/**
 * `npm run simulate -- --leergang --phones 12 --out DIR` as a trainer runs it: five sessions on a
 * server of its own, and the register, the group report and one certificate per member who came
 * at least 4 of 5 times written to DIR, the register also printed. The report holds the real decks'
 * evaluations: the two items of every session side by side, and session 5's end-of-training points.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf-reader.ts';
import { tempDir } from '../support/test-server.ts';
import { REHEARSAL_NAMES } from '../../src/tools/simulate/leergang-plan.ts';

const root = join(import.meta.dirname, '../..');

describe('simulate --leergang', () => {
  it('plays all five sessions and writes the register, the report and the certificates of those who qualify', async () => {
    const out = tempDir();
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/simulate.mjs', '--leergang', '--phones', '12', '--out', out], { cwd: root });

    for (const n of [1, 2, 3, 4, 5]) expect(stdout).toMatch(new RegExp(`bijeenkomst ${n}: \\d+ van 12 telefoons`));
    const csv = readFileSync(join(out, 'register.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv[0]).toBe('member,session_1,session_2,session_3,session_4,session_5,attended');
    const rows = csv.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(12);
    // Some phones missed sessions: the register shows it, and the printed one says the same.
    const attended = rows.map((row) => Number(row[6]));
    expect(attended.some((n) => n < 5)).toBe(true);
    for (const row of rows) expect(stdout).toContain(`${row[0]}`);
    expect(stdout).toMatch(/Deelnemer \d+ +[✓–](?: +[✓–]){4} +\d van 5/);

    const qualifying = rows.filter((row) => Number(row[6]) >= 4).map((row) => row[0]);
    const files = readdirSync(join(out, 'certificaten')).sort();
    expect(files).toEqual(qualifying.map((pseudonym) => `${pseudonym.replace(' ', '-').toLowerCase()}.pdf`).sort());
    expect(qualifying.length).toBeLessThan(12);
    for (const file of files) {
      const pdf = await readPdf(new Uint8Array(readFileSync(join(out, 'certificaten', file))));
      const text = pdf.pages.flatMap((page) => page.lines);
      expect(text).toContain('Bewijs van deelname');
      expect(REHEARSAL_NAMES.some((name) => text.includes(name))).toBe(true);
      expect(text.some((line) => /^[45] van 5 bijeenkomsten bijgewoond$/.test(line))).toBe(true);
    }

    const report = await readPdf(new Uint8Array(readFileSync(join(out, 'groepsverslag.pdf'))));
    const reportText = report.pages.flatMap((page) => page.lines).join('\n');
    expect(reportText).toContain('Oefenleergang');
    expect(reportText).toContain('Groei in vertrouwen');
    // The two items every session ends with, side by side across the five sessions.
    expect(reportText).toMatch(/^Deze bijeenkomst was bruikbaar voor mijn werk\. \(1–5\)(?: \d,\d){5}$/m);
    expect(reportText).toMatch(/^Hoe tevreden ben je over deze bijeenkomst\? \(1–5\)(?: \d,\d){5}$/m);
    // Session 5's end-of-training evaluation on the study's six points, each with its distribution (a long question wraps).
    const reportProse = reportText.replace(/\n/g, ' ');
    for (const point of ['de training in het algemeen', 'de vijf bijeenkomsten', 'de trainers', 'de inhoud van de training', 'de werkvormen, zoals rollenspellen en casussen', 'de opbouw en de duur van de training']) {
      expect(reportProse).toMatch(new RegExp(`Hoe tevreden ben je over ${point}\\? \\d+(?: · \\d+){4} \\d,\\d / 5 \\d+ `));
    }
    // No names in the group report unless the trainer asks for them.
    for (const name of REHEARSAL_NAMES) expect(reportText).not.toContain(name);
  }, 120_000);
});
