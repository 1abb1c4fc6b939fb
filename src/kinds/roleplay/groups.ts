/** Splits the people online into pairs or triads with a role each, for role-card practice. */
import type { Role } from './parse-roleplay.ts';

const ORDER: readonly Role[] = ['leidinggevende', 'medewerker', 'observator'];

/**
 * Groups of `size` in joining order (group numbers from 1). Two left over from triads form a
 * pair of their own; one left over joins the last group as an extra observer. Null when fewer
 * than two are online.
 */
export function splitIntoGroups(online: readonly string[], size: 2 | 3): Record<string, { group: number; role: Role }> | null {
  if (online.length < 2) return null;
  const full = Math.floor(online.length / size);
  const rest = online.length - full * size;
  const groups: Record<string, { group: number; role: Role }> = {};
  online.forEach((pid, i) => {
    const isExtra = rest === 1 && i === online.length - 1;
    groups[pid] = isExtra ? { group: full, role: 'observator' } : { group: Math.floor(i / size) + 1, role: ORDER[i % size] };
  });
  return groups;
}
