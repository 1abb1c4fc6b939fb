/**
 * Reads what the groepsverslag needs from a leergang's session rooms (their stage and results
 * documents, loaded from the store like any room) and hands it to the pure builder.
 */
import { RESULTS, STAGE, type ExerciseState, type RecordedAnswer } from '../src/shared/room-schema.ts';
import type { GroupReportData } from './documents/group-report-data.ts';
import { buildGroupReport, type SessionRoomData } from './group-report-input.ts';
import type { GroupRecord } from './groups.ts';
import type { Manifest } from './manifest.ts';
import type { Rooms } from './rooms.ts';

export async function readGroupReport(
  group: GroupRecord,
  { rooms, manifest, now }: { rooms: Rooms; manifest: Manifest; now: () => number },
  { names, texts }: { names: boolean; texts: boolean },
): Promise<GroupReportData> {
  const given = await Promise.all(
    group.sessions.map(async (session): Promise<SessionRoomData | null> => {
      const room = session.room ? await rooms.open(session.room.code) : null;
      if (!room) return null;
      // Copies, taken at once: the report is a snapshot, whatever the room does meanwhile.
      return {
        session: session.session,
        deck: session.deck,
        exercises: manifest.decks[session.deck]?.exercises ?? {},
        states: Object.fromEntries(room.stage.doc.getMap<ExerciseState>(STAGE.exercises).entries()),
        moderation: Object.fromEntries(room.stage.doc.getMap<unknown>(STAGE.moderation).entries()),
        answers: [...room.results.doc.getMap<RecordedAnswer>(RESULTS.answers).entries()],
      };
    }),
  );
  return buildGroupReport(
    group,
    given.filter((data): data is SessionRoomData => data !== null),
    { names, texts, now: now(), deckTitle: (deck) => manifest.decks[deck]?.title || deck },
  );
}
