/**
 * The groepsverslag, read back with pdf.js: the sessions, the attendance table, the shift with
 * means and n computed from its distributions (and drawn as bars), the evaluations and the
 * exercises; members only as the input gives them.
 */
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS } from '../../server/documents/bar-chart.ts';
import type { GroupReportData } from '../../server/documents/group-report-data.ts';
import { renderGroupReport } from '../../server/documents/group-report.ts';
import { SAMPLE_MEMBERS, sampleGroupReport } from '../../server/documents/samples.ts';
import { countColour, fontsIn, readPdf, renderPage } from '../support/pdf-reader.ts';

/** Pixels in a chart colour at 1.5 px/pt: the legend's swatch alone stays under the first, the sample's bars pass the second. */
const LEGEND_AT_MOST = 600;
const BARS_AT_LEAST = 2000;

async function read(data: GroupReportData) {
  const bytes = await renderGroupReport(data);
  return { bytes, ...(await readPdf(bytes)) };
}

/** The sample report is read once; the tests that change the input render their own. */
let sample: ReturnType<typeof read> | undefined;
const readSample = () => (sample ??= read(sampleGroupReport()));

async function reportLines(data?: GroupReportData): Promise<string[]> {
  const { pages } = await (data ? read(data) : readSample());
  return pages.flatMap((page) => page.lines);
}

describe('renderGroupReport', () => {
  it('is A4 portrait, a few pages, each with its number in the footer', async () => {
    const { pages, title } = await readSample();
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.every((page) => page.width === 595 && page.height === 842)).toBe(true);
    expect(pages.map((page) => page.lines.at(-1))).toEqual(pages.map((_, i) => `Groepsverslag · Werkzaak voorjaar 2027 · pagina ${i + 1} van ${pages.length}`));
    expect(title).toBe('Groepsverslag – Werkzaak voorjaar 2027');
  });

  it('lists the sessions with their dates and how many were there', async () => {
    const lines = await reportLines();
    expect(lines).toEqual(expect.arrayContaining(['1 De mentor als leidinggevende 12 maart 2027 5 van 6', '5 Borgen en vooruitkijken 9 april 2027 4 van 6']));
  });

  it('holds the attendance table: each pseudonym with its sessions and total, and the totals per session', async () => {
    const lines = await reportLines();
    expect(lines).toEqual(
      expect.arrayContaining([
        'Deelnemer 1 2 3 4 5 Totaal',
        'deelnemer-001 ✓ ✓ ✓ ✓ ✓ 5 van 5',
        'deelnemer-002 ✓ ✓ – ✓ ✓ 4 van 5',
        'deelnemer-005 ✓ ✓ ✓ – – 3 van 5',
        'Aanwezig 5 5 5 5 4',
      ]),
    );
  });

  it('shows the shift with mean and n computed from each distribution, and the change', async () => {
    const lines = await reportLines();
    const at = lines.indexOf('Ik weet hoe ik een nieuwe medewerker goed kan begeleiden.');
    expect(lines.slice(at + 1, at + 5)).toEqual(['Schaal 0–10 Gemiddelde n', 'Bijeenkomst 1 3,6 5', 'Bijeenkomst 5 6,8 4', 'Verschil +3,1']);
  });

  it('draws the distribution as bars in both colours', async () => {
    const { bytes, pages } = await readSample();
    const chartPage = pages.findIndex((page) => page.lines.includes('0 1 2 3 4 5 6 7 8 9 10')) + 1;
    const page = await renderPage(bytes, chartPage);
    expect(countColour(page, CHART_COLOURS.before)).toBeGreaterThan(BARS_AT_LEAST);
    expect(countColour(page, CHART_COLOURS.after)).toBeGreaterThan(BARS_AT_LEAST);
  });

  it('shows no bars for a shift nobody answered, and a dash for its means', async () => {
    const data = sampleGroupReport();
    data.shifts = [{ ...data.shifts[0], before: Array(11).fill(0), after: Array(11).fill(0) }];
    const bytes = await renderGroupReport(data);
    const lines = (await readPdf(bytes)).pages.flatMap((page) => page.lines);
    expect(lines).toEqual(expect.arrayContaining(['Bijeenkomst 1 – 0', 'Bijeenkomst 5 – 0', 'Verschil –']));
    const page = await renderPage(bytes, 2);
    expect(countColour(page, CHART_COLOURS.before)).toBeLessThan(LEGEND_AT_MOST);
    expect(countColour(page, CHART_COLOURS.after)).toBeLessThan(LEGEND_AT_MOST);
  });

  it('gives each session’s evaluation questions with their distribution, mean and n', async () => {
    const lines = await reportLines();
    const at = lines.indexOf('Bijeenkomst 5 – Borgen en vooruitkijken');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      'Vraag Verdeling Gemiddelde n',
      'Deze bijeenkomst was bruikbaar voor mijn werk. 0 · 0 · 0 · 2 · 2 4,5 / 5 4',
      'Hoe tevreden ben je over deze bijeenkomst? 0 · 0 · 1 · 1 · 2 4,3 / 5 4',
      'Hoe tevreden ben je over de trainers? 0 · 0 · 0 · 1 · 3 4,8 / 5 4',
    ]);
  });

  it('sets the questions every session asked alike side by side, a dash where a session did not ask one', async () => {
    const data = sampleGroupReport();
    data.evaluations = data.evaluations.map((evaluation) => (evaluation.session === 3 ? { ...evaluation, questions: evaluation.questions.slice(1) } : evaluation));
    const lines = await reportLines(data);
    const at = lines.indexOf('Door de leergang heen');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      'Gemiddelde per bijeenkomst 1 2 3 4 5',
      'Deze bijeenkomst was bruikbaar voor mijn werk. (1–5) 4,2 4,4 – 4,4 4,5',
      'Hoe tevreden ben je over deze bijeenkomst? (1–5) 3,6 3,6 3,6 3,6 4,3',
    ]);
    // Asked in one session only: in that session's table, not in the comparison.
    expect(lines.slice(at + 1, at + 5).join(' ')).not.toContain('trainers');
  });

  it('gives each exercise’s aggregate under its session', async () => {
    const lines = await reportLines();
    const at = lines.indexOf('Oefeningen');
    expect(lines.slice(at + 1, at + 8)).toEqual([
      'Bijeenkomst 1 – De mentor als leidinggevende',
      'Zelfvertrouwen als mentor (schaal 0–10)',
      '5 antwoorden · gemiddeld 3,6',
      'Bijeenkomst 2 – Situationeel leidinggeven',
      'Welke stijl past? (quiz)',
      '5 antwoorden · 4 goed (80%)',
      'Waarneming of interpretatie (sorteren)',
    ]);
  });

  it('holds no member name and no free text when the input has none, and says so', async () => {
    const lines = await reportLines();
    const text = lines.join('\n');
    for (const { name } of SAMPLE_MEMBERS) expect(text).not.toContain(name);
    expect(text).not.toContain('Naam');
    expect(text).not.toContain('“');
    expect(text).toContain('Dit verslag bevat geen namen en geen vrije tekst van deelnemers');
  });

  it('prints names and approved texts only when the input carries them, and says so', async () => {
    const data = sampleGroupReport();
    data.attendance = data.attendance.map((row, i) => (i === 1 ? { ...row, name: 'Nguyễn Thị Lan' } : row));
    data.exercises = data.exercises.map((exercise, i) => (i === 1 ? { ...exercise, texts: ['Eerst luisteren, dan pas vragen.'] } : exercise));
    const lines = await reportLines(data);
    expect(lines).toEqual(
      expect.arrayContaining(['Deelnemer Naam 1 2 3 4 5 Totaal', 'deelnemer-001 ✓ ✓ ✓ ✓ ✓ 5 van 5', 'deelnemer-002 Nguyễn Thị Lan ✓ ✓ – ✓ ✓ 4 van 5', '“Eerst luisteren, dan pas vragen.”']),
    );
    expect(lines.join(' ')).toContain('Op verzoek van de trainer staan de namen van deelnemers en door de trainer goedgekeurde teksten van deelnemers in dit verslag.');
  });

  it('keeps the shift’s heading, figures and chart on one page', async () => {
    const { pages } = await readSample();
    const page = pages.find((p) => p.lines.includes('Groei in vertrouwen'))!;
    expect(page.lines).toEqual(expect.arrayContaining(['Verschil +3,1', '0 1 2 3 4 5 6 7 8 9 10']));
  });

  it('runs over pages for a full group of 18 without losing a row', async () => {
    const data = sampleGroupReport();
    data.attendance = Array.from({ length: 18 }, (_, i) => ({ pseudonym: `deelnemer-${String(i + 1).padStart(3, '0')}`, present: [true, true, true, true, i > 0] }));
    const lines = await reportLines(data);
    expect(lines.filter((line) => /^deelnemer-\d{3} /.test(line))).toHaveLength(18);
    expect(lines).toContain('Aanwezig 18 18 18 18 17');
  });

  it('embeds every font it uses', async () => {
    const { embedded, named } = fontsIn((await readSample()).bytes);
    expect(embedded.length).toBeGreaterThan(0);
    expect(named.filter((font) => !embedded.includes(font))).toEqual([]);
  });
});
