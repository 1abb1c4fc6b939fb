/** The server's small JSON API, as the browser calls it. */

export type TrainerRoom = { code: string; secret: string; deck: string; viewerToken: string };
/** `askNames: false`: the deck wants no names (a hall), so the phone skips the name step. */
export type ParticipantSeat = { code: string; pid: string; token: string; askNames?: boolean };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(origin: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(response.status, json.error ?? response.statusText);
  return json as T;
}

export const getInfo = (origin: string) => call<{ joinUrl: string; decks: { id: string; title: string }[] }>(origin, '/api/info');
export const createRoom = (origin: string, deck: string) => call<TrainerRoom>(origin, '/api/rooms', { deck });
export const resumeRoom = (origin: string, code: string, secret: string) =>
  call<TrainerRoom>(origin, '/api/rooms/resume', { code, secret });
export const joinRoom = (origin: string, code: string) => call<ParticipantSeat>(origin, '/api/join', { code });

/** The room's results as a file; the secret travels in a header, not in the URL. */
export async function fetchResults(origin: string, room: Pick<TrainerRoom, 'code' | 'secret'>, format: 'csv' | 'json'): Promise<Blob> {
  const response = await fetch(`${origin}/api/rooms/${room.code}/results.${format}`, {
    headers: { authorization: `Bearer ${room.secret}` },
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
