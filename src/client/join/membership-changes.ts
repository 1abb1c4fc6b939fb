/** Keeping and forgetting the phone's leergang memberships (see memberships.ts); loaded only with a leergang's parts. */
import type { Membership } from '../../sync/room-api.ts';
import { writeStored } from '../lib/stored-json.ts';
import { MEMBERSHIPS_KEY, recallMemberships } from './memberships.ts';

/** Keeps a membership the server gave; an earlier one of the same group keeps its personal code. */
export function rememberMembership(storage: Storage, membership: Membership): void {
  const others = recallMemberships(storage).filter((m) => m.group.id !== membership.group.id);
  const earlier = recallMemberships(storage).find((m) => m.group.id === membership.group.id && m.id === membership.id);
  writeStored(storage, MEMBERSHIPS_KEY, [...others, { ...membership, personalCode: membership.personalCode ?? earlier?.personalCode }]);
}

/** Forgets the membership of a group (after its member deleted their data): the phone is a stranger there again. */
export function forgetMembership(storage: Storage, group: string): void {
  writeStored(storage, MEMBERSHIPS_KEY, recallMemberships(storage).filter((m) => m.group.id !== group));
}
