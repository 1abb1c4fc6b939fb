import { describe, expect, test } from 'vitest';
import { tableToCsv } from '../../../server/tables/table-csv.ts';
import type { Table } from '../../../server/tables/table.ts';

const table: Table = {
  title: 'Sessie één',
  columns: [
    { key: 'participant', label: 'Deelnemer' },
    { key: 'answer', label: 'Antwoord' },
    { key: 'round', label: 'Ronde' },
    { key: 'correct', label: 'Goed' },
  ],
  rows: [
    ['deelnemer-001', 'één, "twee"', 2, true],
    ['deelnemer-002', '=SUM(A1)', -1, null],
  ],
};

describe('tableToCsv', () => {
  test('starts with the UTF-8 byte-order mark and keeps "één" as UTF-8', () => {
    const bytes = Buffer.from(tableToCsv(table), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('één', 'utf8'))).toBe(true);
  });

  test('heads the columns with their machine keys, separates with commas and ends lines with CRLF', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFFparticipant,answer,round,correct\r\n' + 'deelnemer-001,"één, ""twee""",2,true\r\n' + "deelnemer-002,'=SUM(A1),-1,\r\n",
    );
  });
});
