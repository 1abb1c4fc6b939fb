/**
 * Reads a member's own answers in each session of their group from their own participant
 * documents: never from the results, which hold of a task its writer kept to themself only that it
 * exists. A member with two phones in one session has both phones' answers; the later round wins.
 */
import { PARTICIPANT, isParticipantAnswer, type ParticipantAnswer } from '../src/shared/room-schema.ts';
import type { GroupRecord, MemberRecord } from './groups.ts';
import type { OwnAnswers } from './member-history.ts';
import type { Rooms } from './rooms.ts';

export async function readOwnAnswers(rooms: Rooms, group: GroupRecord, member: MemberRecord): Promise<OwnAnswers> {
  const answers: OwnAnswers = {};
  for (const session of group.sessions) {
    const pids = member.sessions[session.session] ?? [];
    const room = session.room && pids.length ? await rooms.open(session.room.code) : null;
    if (!room) continue;
    const own: Record<string, ParticipantAnswer> = {};
    // A pid the trainer removed from the room no longer counts, there or here.
    for (const pid of pids.filter((p) => !room.seats.isRemoved(p))) {
      const hub = await room.hubFor({ code: room.code, kind: 'participant', pid });
      for (const [exercise, answer] of hub.doc.getMap<unknown>(PARTICIPANT.answers)) {
        if (isParticipantAnswer(answer) && answer.round >= (own[exercise]?.round ?? 0)) own[exercise] = answer;
      }
    }
    answers[session.session] = own;
  }
  return answers;
}
