/**
 * A member's own history in their leergang ("Mijn leergang"): the group record, the decks' facts
 * and the member's own answers per session in, the MemberHistory the phone shows out. Pure; the
 * answers are read from the member's own participant documents (member-answers.ts), so a task
 * they kept to themself is in their history and nowhere else.
 */
import type { ParticipantAnswer } from '../src/shared/room-schema.ts';
import type { MemberHistory, MemberSession, OwnScale, OwnShift } from '../src/shared/leergang/member-history.ts';
import { expiresAt } from '../src/shared/leergang/retention.ts';
import { scaleModel, type ScaleDefinition } from '../src/kinds/scale/model.ts';
import { opdrachtModel, type OpdrachtDefinition } from '../src/kinds/opdracht/model.ts';
import { registerOf } from './attendance.ts';
import { certificateRuleOf, standingsOf } from './certificates.ts';
import { pseudonymOf, type GroupRecord, type MemberRecord } from './groups.ts';
import type { Manifest } from './manifest.ts';

/** Per session number, the member's own answers there by exercise id (their phones' answers merged). */
export type OwnAnswers = Record<number, Record<string, ParticipantAnswer>>;

export function memberHistoryOf(
  group: GroupRecord,
  member: MemberRecord,
  { decks, answers, retentionDays }: { decks: Manifest['decks']; answers: OwnAnswers; retentionDays: number },
): MemberHistory {
  const present = registerOf(group).rows.find((row) => row.member === member.id)?.present ?? [];
  const sessions = group.sessions.map((session, i): MemberSession => {
    const deck = decks[session.deck];
    const exercises = Object.values(deck?.exercises ?? {});
    const own = answers[session.session] ?? {};
    const opdrachten = exercises.filter((e): e is OpdrachtDefinition => e.kind === 'opdracht');
    return {
      session: session.session,
      deck: session.deck,
      title: deck?.title ?? session.deck,
      about: deck?.about ?? null,
      plannedDate: session.plannedDate,
      given: session.room !== null,
      attended: present[i] ?? false,
      tasks: opdrachten.flatMap((task) => {
        const value = own[task.id]?.value;
        return opdrachtModel.isValidAnswer(task, value, { pid: '' }) ? [{ exercise: task.id, question: task.question, text: value.text, shared: value.share }] : [];
      }),
      asked: opdrachten.map((task) => ({ exercise: task.id, question: task.question })),
      scales: exercises.filter(isScale).flatMap((scale): OwnScale[] => {
        const value = own[scale.id]?.value;
        return scaleModel.isValidAnswer(scale, value, { pid: '' }) ? [{ exercise: scale.id, question: scale.question, value }] : [];
      }),
    };
  });
  const scales = Object.fromEntries(sessions.flatMap((s) => s.scales.map((scale) => [`${s.deck}/${scale.exercise}`, scale.value])));
  // The same rule and standing as the trainer's certificate list, so the phone and the downloads agree.
  const rule = certificateRuleOf(group);
  const standing = standingsOf(group).find((s) => s.member === member.id);
  return {
    group: { id: group.id, name: group.name, organisation: group.organisation, trainers: group.trainers },
    member: { id: member.id, pseudonym: pseudonymOf(member) },
    sessions,
    scales,
    shifts: shiftsOf(group, decks, scales),
    certificate: { minimum: rule.minimum, issued: rule.issuedAt !== null, qualifies: standing?.qualifies ?? false, name: standing?.name ?? null },
    expiresAt: expiresAt(group.sessions, group.createdAt, retentionDays),
  };
}

/** Every scale of the group's decks that compares with an earlier session's, with the member's answers to both. */
function shiftsOf(group: GroupRecord, decks: Manifest['decks'], scales: Record<string, number>): OwnShift[] {
  const sessionOf = (deck: string) => group.sessions.find((s) => s.deck === deck)?.session;
  return group.sessions.flatMap((session) =>
    Object.values(decks[session.deck]?.exercises ?? {}).filter(isScale).flatMap((scale): OwnShift[] => {
      const earlier = scale.compare && sessionOf(scale.compare.deck);
      if (!scale.compare || earlier === undefined) return [];
      const before = scales[`${scale.compare.deck}/${scale.compare.exercise}`] ?? null;
      const after = scales[`${session.deck}/${scale.id}`] ?? null;
      if (before === null && after === null) return [];
      return [{ question: scale.question, before: { session: earlier, value: before }, after: { session: session.session, value: after } }];
    }),
  );
}

function isScale(definition: { kind: string }): definition is ScaleDefinition {
  return definition.kind === 'scale';
}
