/**
 * The leergangen this phone is a member of, kept in its storage: sent with every join, so the
 * server recognises the member in the group's next session. Holds the personal code too, which
 * "Mijn leergang" shows again.
 */
import type { Membership, MemberIdentity } from '../../sync/room-api.ts';
import { readStored, writeStored } from '../lib/stored-json.ts';

const KEY = 'mentorwijs:members';

export function recallMemberships(storage: Storage): Membership[] {
  const stored = readStored<Membership[]>(storage, KEY);
  return Array.isArray(stored) ? stored : [];
}

/** Keeps a membership the server gave; an earlier one of the same group keeps its personal code. */
export function rememberMembership(storage: Storage, membership: Membership): void {
  const others = recallMemberships(storage).filter((m) => m.group.id !== membership.group.id);
  const earlier = recallMemberships(storage).find((m) => m.group.id === membership.group.id && m.id === membership.id);
  writeStored(storage, KEY, [...others, { ...membership, personalCode: membership.personalCode ?? earlier?.personalCode }]);
}

/** What the phone says of who it is when it joins: its memberships, or a personal code typed now. */
export function identityOf(storage: Storage, personalCode: string): MemberIdentity {
  const members = recallMemberships(storage).map((m) => ({ group: m.group.id, id: m.id, token: m.token }));
  return { ...(members.length ? { members } : {}), ...(personalCode.trim() ? { personalCode: personalCode.trim() } : {}) };
}
