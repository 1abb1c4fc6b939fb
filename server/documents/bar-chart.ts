/**
 * The shift of one scale as paired bars, drawn with pdfkit's own vector paths (no image, so it
 * prints sharp and stays a few hundred bytes): per scale point, before beside after.
 */
import type { ScaleShift } from './group-report-data.ts';
import { type Pdf, useFont } from './pdf-file.ts';

export const CHART_COLOURS = { before: '#a9c5c8', after: '#3d7f86', axis: '#52606d', grid: '#d9e2ec' } as const;

export type Box = { x: number; y: number; width: number; height: number };

/** Draws the chart inside `box` (legend included) and leaves the cursor below it. */
export function drawShiftChart(pdf: Pdf, shift: ScaleShift, box: Box): void {
  const legendHeight = 18;
  const labelHeight = 16;
  const plot = { x: box.x + 24, y: box.y + legendHeight, width: box.width - 24, height: box.height - legendHeight - labelHeight };
  const points = shift.max - shift.min + 1;
  const highest = Math.max(1, ...shift.before, ...shift.after);
  const step = gridStep(highest);
  const top = Math.ceil(highest / step) * step;
  const yOf = (count: number) => plot.y + plot.height - (count / top) * plot.height;

  drawLegend(pdf, shift, box.x + 24, box.y);
  pdf.save().lineWidth(0.5);
  for (let value = 0; value <= top; value += step) {
    pdf.strokeColor(value === 0 ? CHART_COLOURS.axis : CHART_COLOURS.grid).moveTo(plot.x, yOf(value)).lineTo(plot.x + plot.width, yOf(value)).stroke();
    useFont(pdf, 'sans', 7).fillColor(CHART_COLOURS.axis).text(String(value), box.x, yOf(value) - 3.5, { width: 18, align: 'right', lineBreak: false });
  }
  pdf.restore();

  const slot = plot.width / points;
  const bar = Math.min(14, slot * 0.36);
  for (let i = 0; i < points; i++) {
    const centre = plot.x + slot * (i + 0.5);
    drawBar(pdf, centre - bar, bar, yOf(shift.before[i] ?? 0), yOf(0), CHART_COLOURS.before);
    drawBar(pdf, centre, bar, yOf(shift.after[i] ?? 0), yOf(0), CHART_COLOURS.after);
    useFont(pdf, 'sans', 8).fillColor(CHART_COLOURS.axis).text(String(shift.min + i), centre - slot / 2, plot.y + plot.height + 4, { width: slot, align: 'center', lineBreak: false });
  }
  pdf.x = box.x;
  pdf.y = box.y + box.height + 8;
}

function drawBar(pdf: Pdf, x: number, width: number, top: number, bottom: number, colour: string): void {
  if (bottom - top <= 0) return;
  pdf.save().rect(x, top, width, bottom - top).fill(colour).restore();
}

function drawLegend(pdf: Pdf, shift: ScaleShift, x: number, y: number): void {
  const entries = [
    [CHART_COLOURS.before, shift.beforeLabel],
    [CHART_COLOURS.after, shift.afterLabel],
  ] as const;
  let at = x;
  for (const [colour, label] of entries) {
    pdf.save().rect(at, y + 1, 9, 9).fill(colour).restore();
    useFont(pdf, 'sans', 9).fillColor(CHART_COLOURS.axis).text(label, at + 13, y, { lineBreak: false });
    at += 13 + pdf.widthOfString(label) + 18;
  }
}

/** A grid line every 1, 2, 5, 10, … answers, so a small group does not get a ladder of lines. */
function gridStep(highest: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100]) if (highest / step <= 6) return step;
  return Math.ceil(highest / 6);
}
