/**
 * Co-trainer links: the trainer invites a co-trainer (or their own new laptop) from a group's
 * page; opening the link makes that browser a trainer, until the trainer revokes the link. The
 * link holds the invite's id and an HMAC of it, so nothing secret is stored; the list of invites,
 * revoked or not, is a store record kept in memory too, because every request asks it.
 */
import { randomBytes } from 'node:crypto';
import type { Store } from './store/store.ts';

export type Invite = { id: string; group: string; createdAt: number; revokedAt: number | null };

const KEY = 'invites';

export type Invites = Awaited<ReturnType<typeof loadInvites>>;

export async function loadInvites({ store, now }: { store: Store; now: () => number }) {
  let invites = (await store.getRecord<Invite[]>(KEY)) ?? [];
  let queue: Promise<unknown> = Promise.resolve();
  const save = (next: Invite[]) => {
    invites = next;
    const write = queue.then(() => store.putRecord(KEY, next));
    queue = write.catch(() => undefined);
    return write;
  };
  return {
    /** Whether an invite exists and is not revoked: asked for every request that carries its cookie. */
    isActive: (id: string) => invites.some((invite) => invite.id === id && invite.revokedAt === null),
    find: (id: string) => invites.find((invite) => invite.id === id),
    ofGroup: (group: string) => invites.filter((invite) => invite.group === group),
    async create(group: string): Promise<Invite> {
      const invite = { id: randomBytes(9).toString('base64url'), group, createdAt: now(), revokedAt: null };
      await save([...invites, invite]);
      return invite;
    },
    /** Forgets every invite of a deleted group: its links stop working, and nothing of the group stays. */
    async removeGroup(group: string): Promise<void> {
      if (invites.some((invite) => invite.group === group)) await save(invites.filter((invite) => invite.group !== group));
    },
    /** Revokes an invite of `group`; false when it has none by that id. */
    async revoke(group: string, id: string): Promise<boolean> {
      if (!invites.some((invite) => invite.id === id && invite.group === group)) return false;
      await save(invites.map((invite) => (invite.id === id && invite.revokedAt === null ? { ...invite, revokedAt: now() } : invite)));
      return true;
    },
  };
}
