/**
 * The member's own API, as a phone calls it: "Mijn leergang" (their history in the group), the
 * name on their certificate, their own certificate, and deleting their own data. A phone proves
 * who it is with the member token it kept, or with the personal code typed on a new phone.
 */
import type { MemberCredentials, MemberHistory } from '../shared/leergang/member-history.ts';
import { ApiError, call, type Membership } from './room-api.ts';

export type { MemberCredentials, MemberHistory, MemberSession, OwnScale, OwnShift } from '../shared/leergang/member-history.ts';

/** The member's history, and the membership to keep (a phone that came by personal code is recognised from then on). */
export const fetchMemberHistory = (origin: string, credentials: MemberCredentials) =>
  call<{ history: MemberHistory; membership: Membership }>(origin, '/api/member/history', credentials);

/** Stores the name for the certificate; a name that cannot be printed is refused (400) with a Dutch reason. */
export const saveCertificateName = (origin: string, credentials: MemberCredentials, name: string) =>
  call<{ name: string }>(origin, '/api/member/name', { ...credentials, name });

/** Deletes everything of this member, in every session of the group. */
export const deleteMyData = (origin: string, credentials: MemberCredentials) =>
  call<{ deleted: true }>(origin, '/api/member/delete', credentials);

/** The member's certificate as a PDF; refused (with a Dutch reason) until it is issued and they qualify. */
export async function fetchCertificate(origin: string, credentials: MemberCredentials): Promise<Blob> {
  const response = await fetch(`${origin}/api/member/certificate.pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.ok) return response.blob();
  const json = (await response.json().catch(() => ({}))) as { error?: string };
  throw new ApiError(response.status, json.error ?? response.statusText);
}
