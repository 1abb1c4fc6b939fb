/**
 * The leergangen: training groups that meet five times, each session in a room of its own deck
 * (`sessie-1` … `sessie-5`). Kept as store records: one per group, one per member (see
 * group-records.ts) and an index of the groups' ids. A group's session rooms are opened from the group, by any trainer:
 * the trainer credential is the authority here, so the group keeps its rooms' secrets and hands
 * them to a co-trainer's laptop as well.
 */
import { randomBytes } from 'node:crypto';
import type { Store } from './store/store.ts';
import { createGroupRecords } from './group-records.ts';
import { sessionDeckOf } from '../src/shared/deck/session-decks.ts';
import { SESSION_COUNT, type GroupInput } from './group-input.ts';

export type SessionRoom = { code: string; secret: string; openedAt: number };
export type GroupSession = { session: number; deck: string; plannedDate: string | null; room: SessionRoom | null };
/**
 * A member of the group: recognised across its sessions by the token its phone keeps, or on a new
 * phone by its personal code (kept only as a hash). `sessions`: per session number the
 * participant ids it had there (a second phone in one session adds one).
 */
export type MemberRecord = {
  id: string;
  number: number;
  codeHash: string;
  joinedAt: number;
  sessions: Record<string, string[]>;
  /** The name to print on their certificate: typed on their own phone, corrected by the trainer; never on the projector. */
  certificateName?: string;
};
/** The certificate rule (`minimum` sessions attended, default 4 of 5) and when the trainer issued them (null: not yet). */
export type CertificateRule = { minimum: number; issuedAt: number | null };
export const DEFAULT_CERTIFICATE_MINIMUM = 4;
export type GroupRecord = { id: string } & Omit<GroupInput, 'plannedDates'> & {
  createdAt: number;
  sessions: GroupSession[];
  /** Sorted by number. Absent in groups stored before members were kept; kept in records of their own (group-records.ts). */
  members?: MemberRecord[];
  /** Per session number, the members the trainer ticked present (someone without a phone). */
  presence?: Record<string, string[]>;
  /** Absent until the trainer sets a rule or issues certificates: then the default rule holds. */
  certificates?: CertificateRule;
  /** The highest member number handed out, so a deleted member's number is never given to someone else. */
  lastMemberNumber?: number;
};

/** How a phone joining a session says who it is in the group. */
export type MemberClaim =
  | { kind: 'member'; member: string }
  | { kind: 'code'; codeHash: string }
  | { kind: 'new'; codeHash: string };

/** "Deelnemer 3": the stable pseudonym of a member in every export of the group. */
export const pseudonymOf = (member: Pick<MemberRecord, 'number'>) => `Deelnemer ${member.number}`;

/** The number of the group's next member: after every number handed out, also those of deleted members. */
const nextNumberOf = (group: GroupRecord) => Math.max(group.lastMemberNumber ?? 0, ...(group.members ?? []).map((m) => m.number)) + 1;

const INDEX_KEY = 'groups';

type Dependencies = {
  store: Store;
  now: () => number;
  /** Whether this build has the deck (a group cannot use a session deck the build lacks). */
  hasDeck: (deck: string) => boolean;
  /** Opens a new room for a deck as a session of a group; its secret is returned once. */
  createRoom: (deck: string, group: { id: string; session: number }) => Promise<{ code: string; secret: string }>;
  /** Whether the store still holds the room (a group's room outlives nothing it was not given). */
  roomExists: (code: string) => Promise<boolean>;
};

export type Groups = ReturnType<typeof createGroups>;

export function createGroups({ store, now, hasDeck, createRoom, roomExists }: Dependencies) {
  // One change at a time: the index and a group's sessions are read, changed and written back.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const ids = async () => (await store.getRecord<string[]>(INDEX_KEY)) ?? [];
  const records = createGroupRecords(store);
  const get = (id: string) => records.get(id);

  return {
    create: (input: GroupInput): Promise<GroupRecord> =>
      serially(async () => {
        const id = randomBytes(6).toString('hex');
        const sessions = input.plannedDates.map((plannedDate, i) => ({ session: i + 1, deck: sessionDeckOf(i + 1), plannedDate, room: null }));
        const group: GroupRecord = { id, name: input.name, organisation: input.organisation, trainers: input.trainers, createdAt: now(), sessions, members: [] };
        await records.putGroup(group);
        await store.putRecord(INDEX_KEY, [...(await ids()), id]);
        return group;
      }),

    get,

    /** A member without a phone (the trainer ticks their presence); their personal code lets a phone join as them later. */
    addMember: (id: string, codeHash: string): Promise<MemberRecord | null> =>
      serially(async () => {
        const group = await get(id);
        if (!group) return null;
        const members = group.members ?? [];
        const member: MemberRecord = { id: randomBytes(8).toString('hex'), number: nextNumberOf(group), codeHash, joinedAt: now(), sessions: {} };
        await records.putMember({ ...group, members: [...members, member] }, member);
        return member;
      }),

    /** Ticks a member present at a session, or takes the tick away; null when group or member is unknown. */
    setPresence: (id: string, session: number, member: string, present: boolean): Promise<GroupRecord | null> =>
      serially(async () => {
        const group = await get(id);
        if (!group?.members?.some((m) => m.id === member)) return null;
        if (!group.sessions.some((s) => s.session === session)) throw new RangeError(`a leergang has sessions 1 to ${SESSION_COUNT}`);
        const ticked = (group.presence?.[session] ?? []).filter((m) => m !== member);
        const updated = { ...group, presence: { ...group.presence, [session]: present ? [...ticked, member] : ticked } };
        await records.putGroup(updated);
        return updated;
      }),

    /**
     * Seats participant `pid` of session `session` as a member: the claimed one, the one whose
     * personal code it typed, or a new member. Null when the group or the claimed member does not
     * exist (a wrong personal code). Stored before it resolves: an acknowledged join is kept.
     */
    admit: (id: string, session: number, pid: string, claim: MemberClaim): Promise<MemberRecord | null> =>
      serially(async () => {
        const group = await get(id);
        if (!group) return null;
        const members = group.members ?? [];
        const found =
          claim.kind === 'member' ? members.find((m) => m.id === claim.member)
          : claim.kind === 'code' ? members.find((m) => m.codeHash === claim.codeHash)
          : undefined;
        if (claim.kind !== 'new' && !found) return null;
        const member: MemberRecord = found ?? {
          id: randomBytes(8).toString('hex'),
          number: nextNumberOf(group),
          codeHash: claim.kind === 'new' ? claim.codeHash : '',
          joinedAt: now(),
          sessions: {},
        };
        const seated = { ...member, sessions: { ...member.sessions, [session]: [...(member.sessions[session] ?? []), pid] } };
        // A new member has the highest number, so the members stay sorted with it last.
        await records.putMember({ ...group, members: found ? members.map((m) => (m.id === seated.id ? seated : m)) : [...members, seated] }, seated);
        return seated;
      }),

    /** The name on a member's certificate (already checked, see certificate-name.ts); null when group or member is unknown. */
    setCertificateName: (id: string, member: string, name: string): Promise<MemberRecord | null> =>
      serially(async () => {
        const group = await get(id);
        const found = group?.members?.find((m) => m.id === member);
        if (!group || !found) return null;
        const named = { ...found, certificateName: name };
        await records.putMember({ ...group, members: group.members!.map((m) => (m.id === member ? named : m)) }, named);
        return named;
      }),

    /** Sets how many sessions a certificate asks (1 to 5); null when the group is unknown. Throws on another number. */
    setCertificateRule: (id: string, minimum: number): Promise<GroupRecord | null> =>
      serially(async () => {
        if (!Number.isInteger(minimum) || minimum < 1 || minimum > SESSION_COUNT) throw new RangeError(`a certificate asks 1 to ${SESSION_COUNT} sessions`);
        const group = await get(id);
        if (!group) return null;
        const updated = { ...group, certificates: { minimum, issuedAt: group.certificates?.issuedAt ?? null } };
        await records.putGroup(updated);
        return updated;
      }),

    /**
     * Issues the certificates: from now on each member who meets the rule and has a name gets theirs
     * on their phone. The first issue date stays: issuing again (after a correction) changes nothing.
     */
    issueCertificates: (id: string): Promise<GroupRecord | null> =>
      serially(async () => {
        const group = await get(id);
        if (!group) return null;
        const updated = { ...group, certificates: { minimum: group.certificates?.minimum ?? DEFAULT_CERTIFICATE_MINIMUM, issuedAt: group.certificates?.issuedAt ?? now() } };
        await records.putGroup(updated);
        return updated;
      }),

    /**
     * Takes a member out of the group record, with the trainer's ticks for them; the member as it
     * was (with every pid it had), or null when group or member is unknown. Their data in the
     * session rooms are deleted by leergang-deletion.ts.
     */
    removeMember: (id: string, member: string): Promise<MemberRecord | null> =>
      serially(async () => {
        const group = await get(id);
        const found = group?.members?.find((m) => m.id === member);
        if (!group || !found) return null;
        const presence = Object.fromEntries(Object.entries(group.presence ?? {}).map(([n, ticked]) => [n, ticked.filter((m) => m !== member)]));
        await records.removeMember({
          ...group, members: group.members!.filter((m) => m.id !== member), presence, lastMemberNumber: nextNumberOf(group) - 1,
        }, member);
        return found;
      }),

    /** Deletes the group record and its index entry (its rooms first: leergang-deletion.ts); false when there is none. */
    remove: (id: string): Promise<boolean> =>
      serially(async () => {
        const known = await ids();
        const group = await get(id);
        if (!group && !known.includes(id)) return false;
        await records.remove(id);
        await store.putRecord(INDEX_KEY, known.filter((other) => other !== id));
        return group !== undefined;
      }),

    /** The member whose personal code hashes to `codeHash`, in whichever group: codes are random, so at most one matches. */
    async findByCode(codeHash: string): Promise<{ group: GroupRecord; member: MemberRecord } | null> {
      for (const group of await this.list()) {
        const member = group.members?.find((m) => m.codeHash !== '' && m.codeHash === codeHash);
        if (member) return { group, member };
      }
      return null;
    },

    /** Every group, newest first. */
    async list(): Promise<GroupRecord[]> {
      const groups = await Promise.all((await ids()).map(get));
      return groups.filter((group): group is GroupRecord => group !== undefined).sort((a, b) => b.createdAt - a.createdAt);
    },

    /**
     * The room of session `session` of group `id`: the one it has, or a new one for the session's
     * deck. Null when there is no such group; throws when the session or its deck does not exist.
     */
    openSession: (id: string, session: number): Promise<{ group: GroupRecord; room: SessionRoom; deck: string } | null> =>
      serially(async () => {
        const group = await get(id);
        if (!group) return null;
        if (!Number.isInteger(session) || session < 1 || session > SESSION_COUNT) throw new RangeError(`a leergang has sessions 1 to ${SESSION_COUNT}`);
        const deck = sessionDeckOf(session);
        if (!hasDeck(deck)) throw new RangeError(`this build has no deck "${deck}" for session ${session}`);
        const current = group.sessions[session - 1];
        if (current.room && (await roomExists(current.room.code))) return { group, room: current.room, deck };
        const created = await createRoom(deck, { id, session });
        const room = { ...created, openedAt: now() };
        const updated = { ...group, sessions: group.sessions.map((s) => (s.session === session ? { ...s, room } : s)) };
        await records.putGroup(updated);
        return { group: updated, room, deck };
      }),
  };
}
