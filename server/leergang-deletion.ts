/**
 * Deleting a leergang's data for good: one member (the trainer's choice, or their own from their
 * phone) or the whole group (the trainer's, or the retention sweep's when its data expire). What is
 * deleted leaves memory, the open sockets and the store (a room's remotes too); a deleted member's phone that reconnects
 * is refused, so it cannot write anything back.
 */
import type { GroupRecord, Groups, MemberRecord } from './groups.ts';
import type { Invites } from './invites.ts';
import type { ParticipantSockets } from './participant-sockets.ts';
import type { Remotes } from './remotes.ts';
import type { Rooms } from './rooms.ts';

type Dependencies = {
  groups: Groups;
  rooms: Rooms;
  invites: Invites;
  remotes: Pick<Remotes, 'removeRoom'>;
  sockets: ParticipantSockets;
  log: (line: string) => void;
};

export type Deletion = ReturnType<typeof createDeletion>;

export function createDeletion({ groups, rooms, invites, remotes, sockets, log }: Dependencies) {
  /** Everything of these participants in one room: answers, seat, own documents, open sockets. */
  async function forgetInRoom(code: string, pids: string[]): Promise<void> {
    const room = await rooms.open(code);
    if (!room) return;
    for (const pid of pids) {
      // Refused first, closed second, then unloaded: nothing its sockets still send is kept.
      room.seats.erase(pid);
      sockets.closeRemoved(code, pid);
      await room.forget(pid);
    }
    await room.compactResults();
  }

  /** The member's pids in each session room of the group, per room code. */
  const pidsByRoom = (group: GroupRecord, member: MemberRecord) =>
    group.sessions.flatMap((s) => (s.room && (member.sessions[s.session]?.length ?? 0) > 0 ? [[s.room.code, member.sessions[s.session]] as const] : []));

  return {
    /** Deletes a member and everything of theirs; false when group or member is unknown. */
    async deleteMember(groupId: string, memberId: string): Promise<boolean> {
      const group = await groups.get(groupId);
      const member = group?.members?.find((m) => m.id === memberId);
      if (!group || !member) return false;
      const forgotten = new Set<string>();
      const forgetAll = async (from: GroupRecord, who: MemberRecord) => {
        for (const [code, pids] of pidsByRoom(from, who)) {
          const fresh = pids.filter((pid) => !forgotten.has(pid));
          if (fresh.length === 0) continue;
          await forgetInRoom(code, fresh);
          for (const pid of fresh) forgotten.add(pid);
        }
      };
      // The rooms first: a deletion cut short by a crash can be asked again, since the member is still listed.
      await forgetAll(group, member);
      const removed = await groups.removeMember(groupId, memberId);
      // A phone of theirs that joined meanwhile has a pid the first pass did not know.
      if (removed) await forgetAll((await groups.get(groupId)) ?? group, removed);
      log(`leergang ${groupId}: a member and all their data were deleted`);
      return true;
    },

    /** Deletes the group: its rooms with all their documents and remotes, its co-trainer links, its record; false when it does not exist. */
    async deleteGroup(groupId: string): Promise<boolean> {
      const group = await groups.get(groupId);
      if (!group) return false;
      const codes = new Set([...group.sessions.flatMap((s) => (s.room ? [s.room.code] : [])), ...(await rooms.codesOfGroup(groupId))]);
      for (const code of codes) {
        // Its remotes first: a remote's link or cookie must not outlive the room it drives (decision 0086).
        await remotes.removeRoom(code);
        await rooms.delete(code, () => sockets.closeRoom(code));
      }
      await invites.removeGroup(groupId);
      await groups.remove(groupId);
      log(`leergang ${groupId}: the group and all its data were deleted`);
      return true;
    },
  };
}
