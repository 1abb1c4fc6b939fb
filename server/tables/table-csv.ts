/** A table as CSV for tools: comma-separated, CRLF lines, machine headers, and a UTF-8 byte-order mark. */
import type { Cell, Table } from './table.ts';

/**
 * The byte-order mark is what makes Excel (and Numbers, LibreOffice) read the file as UTF-8
 * instead of the system's code page, so "één" arrives as "één"; CSV parsers skip it.
 */
const BYTE_ORDER_MARK = '\uFEFF';

export function tableToCsv(table: Table): string {
  const lines = [table.columns.map((column) => column.key), ...table.rows.map((row) => row.map(csvText))];
  return `${BYTE_ORDER_MARK}${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? defuseFormula(cell) : String(cell);
}

/** A spreadsheet would run a text that starts like a formula; numbers are written by us and cannot be one. */
function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes where needed. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
