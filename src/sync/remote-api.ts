/**
 * The trainer's calls for the phone as remote (decision 0086): make one for a room (its link goes
 * into a QR code on the laptop) and revoke it. The room secret travels in a header, never in a URL.
 */
import { ApiError, type ExtraHeaders, type TrainerRoom } from './room-api.ts';

export type RemoteLink = { id: string; url: string };

async function post<T>(origin: string, path: string, room: Pick<TrainerRoom, 'secret'>, extraHeaders: ExtraHeaders): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { ...extraHeaders, 'content-type': 'application/json', authorization: `Bearer ${room.secret}` },
    body: '{}',
  });
  const json = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(response.status, json.error ?? response.statusText);
  return json as T;
}

export const createRemote = (origin: string, room: Pick<TrainerRoom, 'code' | 'secret'>, extraHeaders: ExtraHeaders = {}) =>
  post<RemoteLink>(origin, `/api/rooms/${room.code}/remotes`, room, extraHeaders);

export const revokeRemote = (origin: string, room: Pick<TrainerRoom, 'code' | 'secret'>, id: string, extraHeaders: ExtraHeaders = {}) =>
  post<{ revoked: string }>(origin, `/api/rooms/${room.code}/remotes/${encodeURIComponent(id)}/revoke`, room, extraHeaders);
