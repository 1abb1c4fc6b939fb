/**
 * The trainer's calls on rooms, apart from the phone's (room-api.ts): the join page never loads
 * them, so a phone downloads no trainer code.
 */
import { ApiError, call, type ExtraHeaders, type TrainerRoom } from './room-api.ts';

export const getInfo = (origin: string, extraHeaders?: ExtraHeaders) =>
  call<{ joinUrl: string; decks: { id: string; title: string }[] }>(origin, '/api/info', undefined, extraHeaders);
export const createRoom = (origin: string, deck: string, extraHeaders?: ExtraHeaders) =>
  call<TrainerRoom>(origin, '/api/rooms', { deck }, extraHeaders);
export const resumeRoom = (origin: string, code: string, secret: string, extraHeaders?: ExtraHeaders) =>
  call<TrainerRoom>(origin, '/api/rooms/resume', { code, secret }, extraHeaders);
/** The room's results as a file (`xlsx`: Excel, for people; `csv`, `json`: for tools); the secret travels in a header, not in the URL. */
export async function fetchResults(
  origin: string,
  room: Pick<TrainerRoom, 'code' | 'secret'>,
  format: 'xlsx' | 'csv' | 'json',
  extraHeaders: ExtraHeaders = {},
): Promise<Blob> {
  const response = await fetch(`${origin}/api/rooms/${room.code}/results.${format}`, {
    headers: { ...extraHeaders, authorization: `Bearer ${room.secret}` },
  });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return response.blob();
}

/**
 * Removes a participant and its answers from the room (trainer only); the secret travels in a
 * header. `extraHeaders`: what else a Node client must send as the trainer (a browser has its cookie).
 */
export async function removeParticipant(
  origin: string,
  room: Pick<TrainerRoom, 'code' | 'secret'>,
  pid: string,
  extraHeaders: Record<string, string> = {},
): Promise<void> {
  const response = await fetch(`${origin}/api/rooms/${room.code}/participants/${encodeURIComponent(pid)}/remove`, {
    method: 'POST',
    headers: { ...extraHeaders, 'content-type': 'application/json', authorization: `Bearer ${room.secret}` },
    body: '{}',
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(response.status, json.error ?? response.statusText);
}

