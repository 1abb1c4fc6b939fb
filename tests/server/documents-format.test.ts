/** The Dutch formats the documents print, and the scale summary computed from a distribution. */
import { describe, expect, it } from 'vitest';
import { formatAttendance, formatDecimal, formatDutchDate, formatDutchDateRange, joinDutchList } from '../../server/documents/dutch-format.ts';
import { summarizeScale } from '../../server/documents/group-report-data.ts';

describe('formatDutchDate', () => {
  it('writes the day, the month in Dutch and the year', () => {
    expect(['2027-03-12', '2027-01-01', '2026-12-31'].map(formatDutchDate)).toEqual(['12 maart 2027', '1 januari 2027', '31 december 2026']);
  });

  it('refuses what is not a calendar date', () => {
    for (const wrong of ['2027-02-30', '2027-13-01', '12-03-2027', '2027-03-12T10:00']) expect(() => formatDutchDate(wrong)).toThrow(RangeError);
  });

  it('writes a range with "tot en met", or one date for one day', () => {
    expect(formatDutchDateRange('2026-12-11', '2027-01-15')).toBe('11 december 2026 tot en met 15 januari 2027');
    expect(formatDutchDateRange('2027-03-12', '2027-03-12')).toBe('12 maart 2027');
  });
});

describe('Dutch figures and lists', () => {
  it('writes a decimal comma', () => {
    expect([4.25, 3, 6.75].map((value) => formatDecimal(value))).toEqual(['4,3', '3,0', '6,8']);
  });

  it('counts sessions in the singular and plural', () => {
    expect([formatAttendance(4, 5), formatAttendance(1, 1)]).toEqual(['4 van 5 bijeenkomsten', '1 van 1 bijeenkomst']);
  });

  it('joins names with commas and a last "en"', () => {
    expect([[], ['Anna'], ['Anna', 'Joost'], ['Anna', 'Joost', 'Fatma']].map(joinDutchList)).toEqual(['', 'Anna', 'Anna en Joost', 'Anna, Joost en Fatma']);
  });
});

describe('summarizeScale', () => {
  it('computes n and the mean from the answers per scale point', () => {
    expect(summarizeScale([0, 0, 1, 1, 2, 1, 0, 0, 0, 0, 0], 0)).toEqual({ n: 5, mean: 3.6 });
    expect(summarizeScale([2, 0, 2], 1)).toEqual({ n: 4, mean: 2 });
  });

  it('has no mean without answers', () => {
    expect(summarizeScale([0, 0, 0], 0)).toEqual({ n: 0, mean: null });
  });
});
