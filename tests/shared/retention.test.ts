import { describe, expect, it } from 'vitest';
import { expiresAt, isExpiringSoon, lastSessionAt } from '../../src/shared/leergang/retention.ts';

const DAY = 24 * 60 * 60 * 1000;
const at = (iso: string) => Date.parse(iso);

describe('retention', () => {
  it('counts from the later of a room opened and a planned date', () => {
    const sessions = [
      { plannedDate: '2027-03-01', room: { openedAt: at('2027-03-01T09:00:00Z') } },
      { plannedDate: '2027-05-10', room: null },
      { plannedDate: null, room: { openedAt: at('2027-05-20T09:00:00Z') } },
    ];
    expect(lastSessionAt(sessions)).toBe(at('2027-05-20T09:00:00Z'));
    expect(expiresAt(sessions, 0, 365)).toBe(at('2027-05-20T09:00:00Z') + 365 * DAY);
  });

  it('counts from the creation while no session is dated', () => {
    expect(lastSessionAt([{ plannedDate: null, room: null }])).toBeNull();
    expect(expiresAt([{ plannedDate: null, room: null }], 1000, 10)).toBe(1000 + 10 * DAY);
  });

  it('warns within thirty days', () => {
    expect(isExpiringSoon(31 * DAY, 0)).toBe(false);
    expect(isExpiringSoon(30 * DAY, 0)).toBe(true);
  });
});
