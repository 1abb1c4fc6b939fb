/** Tables as one Excel workbook, one sheet each, with Dutch headers: what a trainer double-clicks. Node only. */
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import { sheetNames } from './sheet-names.ts';
import type { Table } from './table.ts';

const MAX_COLUMN_WIDTH = 50;

export async function tablesToXlsx(tables: readonly Table[]): Promise<Buffer> {
  const names = sheetNames(tables.map((table) => table.title));
  const sheets = tables.map((table, i) => {
    const header: Row = table.columns.map((column) => ({ value: column.label, fontWeight: 'bold' as const }));
    // Strings go in as text, never as a formula, so unlike the CSV no cell needs defusing.
    const data: SheetData = [header, ...table.rows.map((row) => [...row])];
    return { sheet: names[i], data, stickyRowsCount: 1, columns: columnWidths(table) };
  });
  return writeXlsxFile(sheets).toBuffer();
}

/** Wide enough for the header and the longest cell, so nothing hides behind "###". */
function columnWidths(table: Table): { width: number }[] {
  return table.columns.map((column, i) => {
    const longest = Math.max(column.label.length, ...table.rows.map((row) => String(row[i] ?? '').length));
    return { width: Math.min(longest + 2, MAX_COLUMN_WIDTH) };
  });
}
