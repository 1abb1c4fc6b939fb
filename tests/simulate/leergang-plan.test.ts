import { describe, expect, it } from 'vitest';
import { attendedCount, isPresent, planAttendance, rehearsalName } from '../../src/tools/simulate/leergang-plan.ts';

describe('a rehearsed leergang attendance', () => {
  it('has phones at every session, phones that miss one and phones that miss two, the same for the same seed', () => {
    const plan = planAttendance(12, 3);
    const counts = Array.from({ length: 12 }, (_, phone) => attendedCount(plan, phone));
    expect(counts.filter((n) => n === 5).length).toBeGreaterThan(6);
    expect(counts).toContain(4);
    expect(counts).toContain(3);
    expect(planAttendance(12, 3)).toEqual(plan);
    const missing = plan.absent.findIndex((sessions) => sessions.length > 0);
    expect(isPresent(plan, missing, plan.absent[missing][0])).toBe(false);
  });

  it('gives every member a different name to print, also beyond the list', () => {
    const names = Array.from({ length: 30 }, (_, phone) => rehearsalName(phone));
    expect(new Set(names).size).toBe(30);
  });
});
