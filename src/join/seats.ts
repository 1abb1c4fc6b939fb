/** A phone's seat in a room (participant id and token), kept so a reload is the same participant. */
import type { ParticipantSeat } from '../sync/room-api.ts';

type StoredSeat = ParticipantSeat & { hasChosenName: boolean };
const keyOf = (code: string) => `mentorwijs:seat:${code}`;

export function recallSeat(storage: Storage, code: string): StoredSeat | null {
  try {
    return JSON.parse(storage.getItem(keyOf(code)) ?? 'null') as StoredSeat | null;
  } catch {
    return null;
  }
}

export function rememberSeat(storage: Storage, seat: StoredSeat): void {
  storage.setItem(keyOf(seat.code), JSON.stringify(seat));
}
