/** A phone's seat in a room (participant id and token), kept so a reload is the same participant. */
import type { ParticipantSeat } from '../../sync/room-api.ts';
import { readStored, writeStored } from '../lib/stored-json.ts';

type StoredSeat = ParticipantSeat & { hasChosenName: boolean };
const keyOf = (code: string) => `mentorwijs:seat:${code}`;

export function recallSeat(storage: Storage, code: string): StoredSeat | null {
  return readStored<StoredSeat>(storage, keyOf(code));
}

export function rememberSeat(storage: Storage, seat: StoredSeat): void {
  writeStored(storage, keyOf(seat.code), seat);
}
