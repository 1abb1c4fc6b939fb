/**
 * The building blocks the groepsverslag is set with: headings that never sit alone at a page's
 * foot, plain ruled tables, and the page footer. Shared style, so every section looks alike.
 */
import { type Pdf, useFont } from './pdf-file.ts';

export const REPORT_COLOURS = { ink: '#1f2933', muted: '#52606d', accent: '#2c5d63', rule: '#bcccdc', header: '#eef2f5' } as const;
export const REPORT_MARGIN = 56;

/** Starts a new page when less than `height` points are left above the bottom margin. */
export function keepTogether(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}

/** `followedBy`: the height of what must share the page with the heading (a table's first rows, a chart). */
export function heading(pdf: Pdf, text: string, followedBy = 110): void {
  keepTogether(pdf, followedBy);
  pdf.moveDown(0.8);
  useFont(pdf, 'sansBold', 15).fillColor(REPORT_COLOURS.accent).text(text, REPORT_MARGIN);
  pdf.moveDown(0.4);
}

export function subheading(pdf: Pdf, text: string): void {
  keepTogether(pdf, 80);
  pdf.moveDown(0.5);
  useFont(pdf, 'sansBold', 11).fillColor(REPORT_COLOURS.ink).text(text, REPORT_MARGIN);
  pdf.moveDown(0.25);
}

export function paragraph(pdf: Pdf, text: string, colour: string = REPORT_COLOURS.ink): void {
  useFont(pdf, 'sans', 10).fillColor(colour).text(text, REPORT_MARGIN, undefined, { width: contentWidth(pdf) });
}

export function contentWidth(pdf: Pdf): number {
  return pdf.page.width - 2 * REPORT_MARGIN;
}

export type Column = { header: string; width: number | '*'; align?: 'left' | 'center' | 'right' };

/** A table with a shaded, bold header row and thin rules; with `hasTotalRow` the last row is bold too. */
export function table(pdf: Pdf, columns: readonly Column[], rows: readonly (readonly string[])[], options: { hasTotalRow?: boolean } = {}): void {
  keepTogether(pdf, 60);
  const bold = (text: string) => ({ text, font: { src: 'sansBold', size: 9 } });
  const body = rows.map((row, i) => (options.hasTotalRow && i === rows.length - 1 ? row.map(bold) : [...row]));
  useFont(pdf, 'sans', 9).fillColor(REPORT_COLOURS.ink);
  pdf.table({
    position: { x: REPORT_MARGIN, y: pdf.y },
    maxWidth: contentWidth(pdf),
    columnStyles: columns.map((column) => ({ width: column.width, align: { x: column.align ?? 'left', y: 'center' } })),
    defaultStyle: { border: { top: 0, right: 0, left: 0, bottom: 0.5 }, borderColor: REPORT_COLOURS.rule, padding: [3, 5, 3, 5], textColor: REPORT_COLOURS.ink },
    rowStyles: (row) => (row === 0 ? { backgroundColor: REPORT_COLOURS.header } : undefined),
    data: [columns.map((column) => bold(column.header)), ...body],
  });
  pdf.x = REPORT_MARGIN;
  pdf.moveDown(0.6);
}

/** "Groepsverslag · <group> · pagina 2 van 3" on every page (needs a document with buffered pages). */
export function drawFooters(pdf: Pdf, label: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    // Writing inside the bottom margin would make pdfkit start a page; lift the margin while we do.
    pdf.page.margins.bottom = 0;
    useFont(pdf, 'sans', 8)
      .fillColor(REPORT_COLOURS.muted)
      .text(`${label} · pagina ${i + 1} van ${count}`, REPORT_MARGIN, pdf.page.height - REPORT_MARGIN + 18, { width: contentWidth(pdf), align: 'right', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
