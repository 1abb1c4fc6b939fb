/** The server's small JSON API, as the browser calls it. */

/** `joinKey` goes into the join link and QR code: joins by them are never blocked by wrong guesses. */
export type TrainerRoom = { code: string; secret: string; deck: string; viewerToken: string; joinKey: string };
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
/** `joinKey` from the join link or QR code, when the phone came that way (not for a typed code). */
export const joinRoom = (origin: string, code: string, joinKey?: string) =>
  call<ParticipantSeat>(origin, '/api/join', joinKey ? { code, joinKey } : { code });

/** The room's results as a file; the secret travels in a header, not in the URL. */
export async function fetchResults(origin: string, room: Pick<TrainerRoom, 'code' | 'secret'>, format: 'csv' | 'json'): Promise<Blob> {
  const response = await fetch(`${origin}/api/rooms/${room.code}/results.${format}`, {
    headers: { authorization: `Bearer ${room.secret}` },
  });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return response.blob();
}
