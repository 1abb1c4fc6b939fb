import { describe, expect, test } from 'vitest';
import { ownTaskOf } from '../../../src/kinds/terugblik/views/own-task.ts';
import type { MemberHistory, MemberSession } from '../../../src/sync/member-api.ts';

const TASK = { deck: 'sessie-1', exercise: 'transfer-1' };

function session(n: number, attended: boolean, tasks: MemberSession['tasks'] = []): MemberSession {
  return { session: n, deck: `sessie-${n}`, title: `Sessie ${n}`, about: null, plannedDate: null, given: true, attended, tasks, asked: [], scales: [] };
}

function historyWith(...sessions: MemberSession[]): MemberHistory {
  return {
    group: { id: 'g', name: 'Groep', organisation: 'Org', trainers: [] },
    member: { id: 'm', pseudonym: 'lid-001' },
    sessions,
    scales: {},
    certificate: { minimum: 4, issued: false, qualifies: false, name: null },
    expiresAt: 0,
    shifts: [],
  };
}

describe('ownTaskOf', () => {
  test('finds the member\'s own task of the named session and exercise', () => {
    const history = historyWith(session(1, true, [
      { exercise: 'anders', question: 'Q', text: 'Niet deze', shared: false },
      { exercise: 'transfer-1', question: 'Q', text: 'Ik vraag elke vrijdag hoe het ging', shared: false },
    ]));
    expect(ownTaskOf(history, TASK)).toEqual({ kind: 'task', text: 'Ik vraag elke vrijdag hoe het ging' });
  });

  test('tells a member who was there without a task from one who missed the session', () => {
    expect(ownTaskOf(historyWith(session(1, true)), TASK)).toEqual({ kind: 'none' });
    expect(ownTaskOf(historyWith(session(1, false)), TASK)).toEqual({ kind: 'missed' });
  });

  test('knows nothing outside a leergang, or when the history lacks that session', () => {
    expect(ownTaskOf(undefined, TASK)).toEqual({ kind: 'unknown' });
    expect(ownTaskOf(historyWith(session(2, true)), TASK)).toEqual({ kind: 'unknown' });
  });
});
