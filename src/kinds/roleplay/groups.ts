/** Splits the people online into pairs or triads with a role each, for role-card practice. */
import type { Role } from './parse-roleplay.ts';

const ORDER: readonly Role[] = ['leidinggevende', 'medewerker', 'observator'];

type Groups = Record<string, { group: number; role: Role }>;

/**
 * Groups of `size` in joining order (group numbers from 1). Two left over from triads form a
 * pair of their own; one left over joins the last group as an extra observer. Null when fewer
 * than two are online.
 *
 * `joinedOnline` (decision 0089): who joined through the link for the video call. They play
 * together, in groups after the room's, since someone on a video call cannot practise a
 * conversation with someone in the hall. When either side has only one person, that person
 * cannot form a group alone and is grouped with the others, as before.
 */
export function splitIntoGroups(online: readonly string[], size: 2 | 3, joinedOnline: readonly string[] = []): Groups | null {
  const away = new Set(joinedOnline);
  const inRoom = online.filter((pid) => !away.has(pid));
  const onCall = online.filter((pid) => away.has(pid));
  if (inRoom.length < 2 || onCall.length < 2) return splitInOrder([...inRoom, ...onCall], size);
  const hall = splitInOrder(inRoom, size)!;
  const call = splitInOrder(onCall, size)!;
  const hallGroups = Math.max(...Object.values(hall).map(({ group }) => group));
  for (const [pid, seat] of Object.entries(call)) hall[pid] = { ...seat, group: seat.group + hallGroups };
  return hall;
}

function splitInOrder(people: readonly string[], size: 2 | 3): Groups | null {
  if (people.length < 2) return null;
  const full = Math.floor(people.length / size);
  const rest = people.length - full * size;
  const groups: Groups = {};
  people.forEach((pid, i) => {
    const isExtra = rest === 1 && i === people.length - 1;
    groups[pid] = isExtra ? { group: full, role: 'observator' } : { group: Math.floor(i / size) + 1, role: ORDER[i % size] };
  });
  return groups;
}
