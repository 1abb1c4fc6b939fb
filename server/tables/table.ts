/** A table a trainer downloads, described once and written as CSV (for tools) or as an Excel sheet (for people). */

/** A cell keeps its type: a number stays a number and a boolean a boolean in Excel. */
export type Cell = string | number | boolean | null;

/**
 * `key` heads the CSV column: stable and English, so a script that reads the CSV keeps working.
 * `label` heads the Excel column: Dutch, for the trainer who opens the file.
 */
export type Column = { key: string; label: string };

/** One sheet: `title` names it in Excel (a deck's title, a session's name). */
export type Table = { title: string; columns: readonly Column[]; rows: readonly (readonly Cell[])[] };
