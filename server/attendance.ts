/**
 * A leergang's attendance register: per member and session, present when a phone of theirs
 * joined the session's room, or when the trainer ticked them present (someone without a phone).
 * Pure: the group record in, the register and its downloadable table out.
 */
import { pseudonymOf, type GroupRecord } from './groups.ts';
import type { Table } from './tables/table.ts';
import { expiresAt } from '../src/shared/leergang/retention.ts';

export type RegisterRow = { member: string; pseudonym: string; joined: boolean[]; ticked: boolean[]; present: boolean[] };
export type Register = { sessions: number[]; rows: RegisterRow[]; totals: number[] };

export function registerOf(group: GroupRecord): Register {
  const sessions = group.sessions.map((s) => s.session);
  const rows = (group.members ?? []).map((member) => {
    const joined = sessions.map((n) => (member.sessions[n]?.length ?? 0) > 0);
    const ticked = sessions.map((n) => (group.presence?.[n] ?? []).includes(member.id));
    return { member: member.id, pseudonym: pseudonymOf(member), joined, ticked, present: joined.map((j, i) => j || ticked[i]) };
  });
  return { sessions, rows, totals: sessions.map((_, i) => rows.filter((row) => row.present[i]).length) };
}

/** The register as a sheet: one row per member, a column per session, and how many they attended. */
export function registerTable(group: GroupRecord): Table {
  const { sessions, rows } = registerOf(group);
  return {
    title: 'Aanwezigheid',
    columns: [
      { key: 'member', label: 'Deelnemer' },
      ...sessions.map((n) => ({ key: `session_${n}`, label: `Bijeenkomst ${n}` })),
      { key: 'attended', label: 'Aantal bijgewoond' },
    ],
    rows: rows.map((row) => [row.pseudonym, ...row.present, row.present.filter(Boolean).length]),
  };
}

/**
 * A group as the start page lists it: no room secrets; members as pseudonyms with the sessions they
 * attended, by phone or ticked; when its data expire (ms), `retentionDays` after its last session.
 */
export function publicGroup(group: GroupRecord, retentionDays: number) {
  const { members: _members, presence: _presence, lastMemberNumber: _last, ...rest } = group;
  const { sessions, rows } = registerOf(group);
  const where = (flags: boolean[]) => sessions.filter((_, i) => flags[i]);
  return {
    ...rest,
    members: rows.map((row) => ({ id: row.member, pseudonym: row.pseudonym, attended: where(row.joined), ticked: where(row.ticked) })),
    sessions: group.sessions.map(({ room, ...session }) => ({ ...session, room: room ? { code: room.code, openedAt: room.openedAt } : null })),
    expiresAt: expiresAt(group.sessions, group.createdAt, retentionDays),
  };
}
