/**
 * Who comes to which session in a rehearsed leergang: most phones come every time, some miss one
 * session (they still earn a certificate by the default rule of 4 of 5) and some miss two (they do
 * not), as in the evaluation, where about one in four missed at least one session. Pure and
 * seeded, so `--seed` replays the same group.
 */
import { createRandom } from '../../shared/seeded-random.ts';

export const LEERGANG_SESSIONS = 5;

/** Made-up names the simulated members type for their certificate; exact Unicode on purpose. */
export const REHEARSAL_NAMES = [
  'Fatima El Amrani', 'Jan de Vries', 'Zoë Bakker', 'Sevgi Yılmaz', 'Pieter-Jan Smit', 'Małgorzata Nowak',
  'Kees van den Berg', 'Anouk Jansen', 'Mohamed Bouzid', 'Lotte Visser', 'Ömer Kaya', 'Els Meijer',
] as const;

/** `absent[phone]`: the session numbers that phone misses. */
export type AttendancePlan = { phones: number; absent: number[][] };

export function planAttendance(phones: number, seed: number): AttendancePlan {
  const random = createRandom(seed);
  const sessionOf = () => 1 + Math.floor(random() * LEERGANG_SESSIONS);
  const absent = Array.from({ length: phones }, (_, phone) => {
    // Every fourth phone misses a session, every sixth a second one: a group of 12 has both cases.
    const misses = new Set<number>();
    if (phone % 4 === 1) misses.add(sessionOf());
    if (phone % 6 === 5) while (misses.size < 2) misses.add(sessionOf());
    return [...misses].sort((a, b) => a - b);
  });
  return { phones, absent };
}

export const isPresent = (plan: AttendancePlan, phone: number, session: number) => !plan.absent[phone].includes(session);

/** How many sessions a phone attends by the plan. */
export const attendedCount = (plan: AttendancePlan, phone: number) => LEERGANG_SESSIONS - plan.absent[phone].length;

/** The certificate name a simulated member types. */
export const rehearsalName = (phone: number) =>
  phone < REHEARSAL_NAMES.length ? REHEARSAL_NAMES[phone] : `${REHEARSAL_NAMES[phone % REHEARSAL_NAMES.length]} ${Math.floor(phone / REHEARSAL_NAMES.length) + 1}`;
