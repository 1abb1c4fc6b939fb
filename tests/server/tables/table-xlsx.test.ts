import readXlsxFile from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { tablesToXlsx } from '../../../server/tables/table-xlsx.ts';
import type { Table } from '../../../server/tables/table.ts';

const columns = [
  { key: 'participant', label: 'Deelnemer' },
  { key: 'answer', label: 'Antwoord' },
  { key: 'round', label: 'Ronde' },
  { key: 'correct', label: 'Goed' },
];

describe('tablesToXlsx', () => {
  test('writes one sheet per table with Dutch headers, and the cells as they were: text, numbers, booleans, blanks', async () => {
    const tables: Table[] = [
      {
        title: 'Sessie 1',
        columns,
        rows: [
          ['deelnemer-001', 'één, twee & <drie>', 2, true],
          ['deelnemer-002', 'ĳs café 😀 “quote”', 10, false],
          ['deelnemer-003', '=HYPERLINK("x")', 1, null],
        ],
      },
      { title: 'Sessie 2', columns, rows: [['deelnemer-001', 'b', 1, null]] },
    ];
    const sheets = await readXlsxFile(await tablesToXlsx(tables));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Sessie 1', 'Sessie 2']);
    expect(sheets[0].data).toEqual([
      ['Deelnemer', 'Antwoord', 'Ronde', 'Goed'],
      ['deelnemer-001', 'één, twee & <drie>', 2, true],
      ['deelnemer-002', 'ĳs café 😀 “quote”', 10, false],
      // Text that looks like a formula stays text: the file holds no formula to run.
      ['deelnemer-003', '=HYPERLINK("x")', 1, null],
    ]);
    expect(sheets[1].data).toEqual([
      ['Deelnemer', 'Antwoord', 'Ronde', 'Goed'],
      ['deelnemer-001', 'b', 1, null],
    ]);
  });

  test('names the sheets after titles Excel would refuse: too long, odd characters, the same twice', async () => {
    const title = "Sessie 5 & 6: 'Terugblik' [1/2] — wat werkte? * en wat niet";
    const sheets = await readXlsxFile(await tablesToXlsx([{ title, columns, rows: [] }, { title, columns, rows: [] }]));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["Sessie 5 & 6- 'Terugblik' -1-2-", "Sessie 5 & 6- 'Terugblik' - (2)"]);
    expect(sheets[0].data).toEqual([['Deelnemer', 'Antwoord', 'Ronde', 'Goed']]);
  });
});
