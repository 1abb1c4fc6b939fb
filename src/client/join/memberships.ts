/**
 * The leergangen this phone is a member of, kept in its storage: sent with every join, so the
 * server recognises the member in the group's next session. Holds the personal code too, which
 * "Mijn leergang" shows again. Only what the join page itself needs lives here; changes to the list
 * are in membership-changes.ts, loaded with the leergang's parts.
 */
import type { Membership, MemberIdentity } from '../../sync/room-api.ts';
import { readStored } from '../lib/stored-json.ts';

export const MEMBERSHIPS_KEY = 'mentorwijs:members';

export function recallMemberships(storage: Storage): Membership[] {
  const stored = readStored<Membership[]>(storage, MEMBERSHIPS_KEY);
  return Array.isArray(stored) ? stored : [];
}

/** What the phone says of who it is when it joins: its memberships, or a personal code typed now. */
export function identityOf(storage: Storage, personalCode: string): MemberIdentity {
  const members = recallMemberships(storage).map((m) => ({ group: m.group.id, id: m.id, token: m.token }));
  return { ...(members.length ? { members } : {}), ...(personalCode.trim() ? { personalCode: personalCode.trim() } : {}) };
}
