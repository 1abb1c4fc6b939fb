/**
 * How the leergangen are kept in the store: each group's record without its members, and each
 * member in a record of its own, so a join writes one small record. (With the members inside the
 * group's record, every join rewrote the whole group: 2,000 joins into one session wrote 306 MB.)
 * A group once read stays in memory as well, since every join reads its group first. Only
 * groups.ts writes through this, one change at a time; what it hands out must not be changed.
 */
import type { Store } from './store/store.ts';
import type { GroupRecord, MemberRecord } from './groups.ts';

const groupKey = (id: string) => `group:${id}`;
const memberPrefix = (group: string) => `member:${group}:`;
const memberKey = (group: string, member: string) => `${memberPrefix(group)}${member}`;
const byNumber = (a: MemberRecord, b: MemberRecord) => a.number - b.number;

/** The group's own fields: what its record holds. */
const ownOf = ({ members: _members, ...own }: GroupRecord) => own;

export type GroupRecords = ReturnType<typeof createGroupRecords>;

export function createGroupRecords(store: Store) {
  // Per group the record as stored (undefined: none), or the read of it under way.
  const kept = new Map<string, Promise<GroupRecord | undefined>>();

  async function load(id: string): Promise<GroupRecord | undefined> {
    const stored = await store.getRecord<GroupRecord>(groupKey(id));
    if (!stored) return undefined;
    const keys = (await store.keys(memberPrefix(id))).records;
    const own = (await Promise.all(keys.map((key) => store.getRecord<MemberRecord>(key)))).filter((m): m is MemberRecord => m !== undefined);
    // A group stored before members had records of their own: its members move out of it, once.
    const inline = stored.members ?? [];
    if (inline.length > 0) {
      await Promise.all(inline.map((member) => store.putRecord(memberKey(id, member.id), member)));
      await store.putRecord(groupKey(id), ownOf(stored));
    }
    return { ...stored, members: [...inline, ...own].sort(byNumber) };
  }

  /** Writes, then remembers `group` as it now is; a failed write forgets it, so the next read takes what the store has. */
  async function write(group: GroupRecord, writes: () => Promise<unknown>[]): Promise<void> {
    try {
      await Promise.all(writes());
    } catch (error) {
      kept.delete(group.id);
      throw error;
    }
    kept.set(group.id, Promise.resolve(group));
  }

  return {
    /** The group with its members (sorted by number), or undefined when there is none. */
    get(id: string): Promise<GroupRecord | undefined> {
      let read = kept.get(id);
      if (!read) {
        read = load(id);
        kept.set(id, read);
        const reading = read;
        reading.catch(() => kept.get(id) === reading && kept.delete(id));
      }
      return read;
    },

    /** Stores the group's own fields (a new group, a session's room, a tick, the certificate rule); its members stay as they are. */
    putGroup: (group: GroupRecord) => write(group, () => [store.putRecord(groupKey(group.id), ownOf(group))]),

    /** Stores one member, new or changed; `group` is the group with that member in it. */
    putMember: (group: GroupRecord, member: MemberRecord) => write(group, () => [store.putRecord(memberKey(group.id, member.id), member)]),

    /** Deletes a member's record and stores the group without them (`group`), in one batch of the store. */
    removeMember: (group: GroupRecord, member: string) =>
      write(group, () => [store.putRecord(groupKey(group.id), ownOf(group)), store.deleteRecord(memberKey(group.id, member))]),

    /** Deletes the group's record and every member's. */
    async remove(id: string): Promise<void> {
      try {
        const keys = (await store.keys(memberPrefix(id))).records;
        // The members first: a deletion cut short leaves the group listed, to be deleted again.
        await Promise.all(keys.map((key) => store.deleteRecord(key)));
        await store.deleteRecord(groupKey(id));
      } catch (error) {
        kept.delete(id);
        throw error;
      }
      kept.set(id, Promise.resolve(undefined));
    },
  };
}
