/**
 * The groepsverslag for the trainer and the commissioning organisation: the sessions, attendance,
 * the self-efficacy shift (figures and a bar chart), the evaluations and each exercise's aggregate.
 * It prints members only as the input gives them: pseudonyms, and names or texts only when present.
 */
import { drawShiftChart } from './bar-chart.ts';
import { formatDecimal, formatDutchDate, joinDutchList } from './dutch-format.ts';
import { evaluationTrends, type GroupReportData, hasNames, hasTexts, type ScaleShift, summarizeScale } from './group-report-data.ts';
import { createPdf, type Pdf, useFont } from './pdf-file.ts';
import { type Column, contentWidth, drawFooters, heading, keepTogether, paragraph, REPORT_COLOURS, REPORT_MARGIN, subheading, table } from './report-layout.ts';

export const PRESENT = '✓';
export const ABSENT = '–';

const CHART_HEIGHT = 150;
/** Subheading, the three-row table, the chart and its caption. */
const SHIFT_HEIGHT = 130 + CHART_HEIGHT;

export function renderGroupReport(data: GroupReportData): Promise<Uint8Array> {
  const { pdf, finish } = createPdf({ title: `Groepsverslag – ${data.group}`, layout: 'portrait', margin: REPORT_MARGIN, bufferPages: true });
  pdf.addPage();
  drawTitle(pdf, data);
  drawSessions(pdf, data);
  drawAttendance(pdf, data);
  drawShifts(pdf, data.shifts);
  drawEvaluations(pdf, data);
  drawExercises(pdf, data);
  drawFooters(pdf, `Groepsverslag · ${data.group}`);
  return finish();
}

function drawTitle(pdf: Pdf, data: GroupReportData): void {
  useFont(pdf, 'sans', 10).fillColor(REPORT_COLOURS.accent).text('GROEPSVERSLAG', { characterSpacing: 3 });
  useFont(pdf, 'serifBold', 24).fillColor(REPORT_COLOURS.ink).text(data.group);
  pdf.moveDown(0.3);
  paragraph(pdf, `Training ${data.training} · ${data.organisation}`);
  paragraph(pdf, `${data.trainers.length === 1 ? 'Trainer' : 'Trainers'}: ${joinDutchList(data.trainers)}`);
  paragraph(pdf, `Gemaakt op ${formatDutchDate(data.madeOn)}`, REPORT_COLOURS.muted);
  pdf.moveDown(0.6);
  paragraph(pdf, privacyLine(data), REPORT_COLOURS.muted);
}

/** Says what the report holds about members, from the input itself. */
function privacyLine(data: GroupReportData): string {
  const names = hasNames(data);
  const texts = hasTexts(data);
  if (!names && !texts) return 'Dit verslag bevat geen namen en geen vrije tekst van deelnemers: elke deelnemer staat er in alle bijeenkomsten onder dezelfde schuilnaam in.';
  const asked = [names && 'de namen van deelnemers', texts && 'door de trainer goedgekeurde teksten van deelnemers'].filter((part): part is string => Boolean(part));
  return `Op verzoek van de trainer staan ${joinDutchList(asked)} in dit verslag. Behandel het als vertrouwelijk.`;
}

function drawSessions(pdf: Pdf, data: GroupReportData): void {
  heading(pdf, 'Bijeenkomsten');
  const members = data.attendance.length;
  const rows = data.sessions.map((session, i) => [
    String(session.number),
    session.title,
    session.date ? formatDutchDate(session.date) : 'nog niet gegeven',
    session.date ? `${presentAt(data, i)} van ${members}` : '',
  ]);
  table(pdf, [{ header: 'Nr.', width: 36 }, { header: 'Onderwerp', width: '*' }, { header: 'Datum', width: 120 }, { header: 'Aanwezig', width: 70, align: 'right' }], rows);
}

function presentAt(data: GroupReportData, session: number): number {
  return data.attendance.filter((row) => row.present[session]).length;
}

function drawAttendance(pdf: Pdf, data: GroupReportData): void {
  heading(pdf, 'Aanwezigheid');
  const withNames = hasNames(data);
  const sessions = data.sessions.length;
  const columns: Column[] = [
    { header: 'Deelnemer', width: withNames ? 110 : '*' },
    ...(withNames ? [{ header: 'Naam', width: '*' as const }] : []),
    ...data.sessions.map((session): Column => ({ header: String(session.number), width: 30, align: 'center' })),
    { header: 'Totaal', width: 60, align: 'right' },
  ];
  const rows = data.attendance.map((row) => [
    row.pseudonym,
    ...(withNames ? [row.name?.trim() ?? ''] : []),
    ...data.sessions.map((_, i) => (row.present[i] ? PRESENT : ABSENT)),
    `${row.present.filter(Boolean).length} van ${sessions}`,
  ]);
  const totals = ['Aanwezig', ...(withNames ? [''] : []), ...data.sessions.map((_, i) => String(presentAt(data, i))), ''];
  table(pdf, columns, [...rows, totals], { hasTotalRow: true });
  paragraph(pdf, `${PRESENT} aanwezig   ${ABSENT} afwezig`, REPORT_COLOURS.muted);
}

function drawShifts(pdf: Pdf, shifts: readonly ScaleShift[]): void {
  if (shifts.length === 0) return;
  heading(pdf, 'Groei in vertrouwen', SHIFT_HEIGHT + 40);
  for (const shift of shifts) {
    // The figures and their chart belong together: start a page rather than split them.
    keepTogether(pdf, SHIFT_HEIGHT);
    subheading(pdf, shift.question);
    const before = summarizeScale(shift.before, shift.min);
    const after = summarizeScale(shift.after, shift.min);
    const mean = (value: number | null) => (value === null ? '–' : formatDecimal(value));
    const change = before.mean !== null && after.mean !== null ? signed(after.mean - before.mean) : '–';
    table(
      pdf,
      [{ header: `Schaal ${shift.min}–${shift.max}`, width: '*' }, { header: 'Gemiddelde', width: 90, align: 'right' }, { header: 'n', width: 60, align: 'right' }],
      [
        [shift.beforeLabel, mean(before.mean), String(before.n)],
        [shift.afterLabel, mean(after.mean), String(after.n)],
        ['Verschil', change, ''],
      ],
      { hasTotalRow: true },
    );
    drawShiftChart(pdf, shift, { x: REPORT_MARGIN, y: pdf.y, width: Math.min(400, contentWidth(pdf)), height: CHART_HEIGHT });
    paragraph(pdf, `Aantal antwoorden per schaalpunt, ${shift.beforeLabel.toLowerCase()} en ${shift.afterLabel.toLowerCase()}.`, REPORT_COLOURS.muted);
  }
}

function signed(value: number): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatDecimal(Math.abs(value))}`;
}

function drawEvaluations(pdf: Pdf, data: GroupReportData): void {
  if (data.evaluations.length === 0) return;
  heading(pdf, 'Evaluatie per bijeenkomst');
  drawEvaluationTrends(pdf, data);
  for (const evaluation of data.evaluations) {
    subheading(pdf, sessionLabel(data, evaluation.session));
    if (evaluation.questions.length === 0) {
      paragraph(pdf, evaluation.note ?? 'Geen evaluatie.', REPORT_COLOURS.muted);
      continue;
    }
    const rows = evaluation.questions.map((q) => {
      const { n, mean } = summarizeScale(q.counts, q.min);
      return [q.question, q.counts.join(' · '), mean === null ? '–' : `${formatDecimal(mean)} / ${q.max}`, String(n)];
    });
    table(pdf, [{ header: 'Vraag', width: '*' }, { header: 'Verdeling', width: 90 }, { header: 'Gemiddelde', width: 80, align: 'right' }, { header: 'n', width: 30, align: 'right' }], rows);
  }
  paragraph(pdf, 'Verdeling: het aantal antwoorden per schaalpunt, van het laagste (links) naar het hoogste (rechts).', REPORT_COLOURS.muted);
}

/** The questions every session asks alike, their means side by side: how the group's judgement moved. */
function drawEvaluationTrends(pdf: Pdf, data: GroupReportData): void {
  const trends = evaluationTrends(data);
  if (trends.length === 0) return;
  subheading(pdf, 'Door de leergang heen');
  const columns: Column[] = [
    { header: 'Gemiddelde per bijeenkomst', width: '*' },
    ...data.sessions.map((session): Column => ({ header: String(session.number), width: 36, align: 'right' })),
  ];
  const rows = trends.map((trend) => [`${trend.question} (${trend.min}–${trend.max})`, ...trend.means.map((mean) => (mean === null ? '–' : formatDecimal(mean)))]);
  table(pdf, columns, rows);
}

function drawExercises(pdf: Pdf, data: GroupReportData): void {
  if (data.exercises.length === 0) return;
  heading(pdf, 'Oefeningen');
  for (const session of data.sessions) {
    const exercises = data.exercises.filter((exercise) => exercise.session === session.number);
    if (exercises.length === 0) continue;
    subheading(pdf, sessionLabel(data, session.number));
    for (const exercise of exercises) {
      keepTogether(pdf, 30);
      useFont(pdf, 'sans', 10).fillColor(REPORT_COLOURS.ink).text(exercise.title, REPORT_MARGIN, undefined, { width: contentWidth(pdf) });
      paragraph(pdf, exercise.figures, REPORT_COLOURS.muted);
      for (const text of exercise.texts ?? []) {
        pdf.moveDown(0.2);
        useFont(pdf, 'serif', 10).fillColor(REPORT_COLOURS.ink).text(`“${text}”`, REPORT_MARGIN + 16, undefined, { width: contentWidth(pdf) - 16 });
      }
      pdf.moveDown(0.5);
    }
  }
}

function sessionLabel(data: GroupReportData, number: number): string {
  const session = data.sessions.find((s) => s.number === number);
  return session ? `Bijeenkomst ${number} – ${session.title}` : `Bijeenkomst ${number}`;
}
