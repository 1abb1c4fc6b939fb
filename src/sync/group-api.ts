/** The server's API for leergangen (training groups), as the start page, the deck and the tools call it. */
import { ApiError, call, type ExtraHeaders, type TrainerRoom } from './room-api.ts';

/** A leergang as the start page lists it; its session rooms without their secrets. */
export type GroupSummary = {
  id: string;
  name: string;
  organisation: string;
  trainers: string[];
  createdAt: number;
  sessions: { session: number; deck: string; plannedDate: string | null; room: { code: string; openedAt: number } | null }[];
  /** Members by their stable pseudonym ("Deelnemer 3") and the sessions they attended. */
  members: { id: string; pseudonym: string; attended: number[]; ticked: number[] }[];
  /** Its co-trainer links, revoked ones included. */
  invites: GroupInvite[];
  /** When its data are deleted (ms since epoch): RETENTION_DAYS after its last session. */
  expiresAt: number;
};
export type NewGroup = { name: string; organisation?: string; trainers?: string[]; plannedDates?: (string | null)[] };

export const listGroups = (origin: string, extraHeaders?: ExtraHeaders) =>
  call<{ groups: GroupSummary[] }>(origin, '/api/groups', undefined, extraHeaders).then(({ groups }) => groups);
export const createGroup = (origin: string, group: NewGroup, extraHeaders?: ExtraHeaders) =>
  call<{ group: GroupSummary }>(origin, '/api/groups', group, extraHeaders).then((reply) => reply.group);
/** The room of one session of a group: the one it has, or a new one; any trainer gets it with its secret. */
export const openGroupSession = (origin: string, group: string, session: number, extraHeaders?: ExtraHeaders) =>
  call<TrainerRoom & { group: GroupSummary }>(origin, '/api/groups/session', { group, session }, extraHeaders);

/** Ticks a member present at a session (someone without a phone), or takes the tick away. */
export const setPresence = (origin: string, change: { group: string; session: number; member: string; present: boolean }, extraHeaders?: ExtraHeaders) =>
  call<{ group: GroupSummary }>(origin, '/api/groups/presence', change, extraHeaders).then((reply) => reply.group);
/** A member without a phone; the personal code lets a phone join as them later. */
export const addMemberWithoutPhone = (origin: string, group: string, extraHeaders?: ExtraHeaders) =>
  call<{ member: { id: string; pseudonym: string; personalCode: string } }>(origin, '/api/groups/member', { group }, extraHeaders).then((reply) => reply.member);
/** The attendance register as a file: Excel for people, CSV for tools. */
export async function fetchRegister(origin: string, group: string, format: 'xlsx' | 'csv', extraHeaders: ExtraHeaders = {}): Promise<Blob> {
  const response = await fetch(`${origin}/api/groups/register.${format}?group=${encodeURIComponent(group)}`, { headers: extraHeaders });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  return response.blob();
}

/** Deletes a member and everything of theirs, from every session and download. */
export const deleteMember = (origin: string, group: string, member: string, extraHeaders?: ExtraHeaders) =>
  call<{ deleted: true }>(origin, '/api/groups/member/delete', { group, member }, extraHeaders);
/** Deletes the whole group with all its data; `name`: the group's name, typed by the trainer to confirm. */
export const deleteGroup = (origin: string, group: string, name: string, extraHeaders?: ExtraHeaders) =>
  call<{ deleted: true }>(origin, '/api/groups/delete', { group, name }, extraHeaders);

/** The room a session of a group already has (404 when it has none): a later session reads an earlier one. */
export const findGroupSession = (origin: string, group: string, session: number, extraHeaders?: ExtraHeaders) =>
  call<TrainerRoom>(origin, '/api/groups/session/find', { group, session }, extraHeaders);

/** A co-trainer link of a group; `url` only while it is active. */
export type GroupInvite = { id: string; group: string; createdAt: number; revokedAt: number | null; url: string | null };
export const createInvite = (origin: string, group: string, extraHeaders?: ExtraHeaders) =>
  call<{ invite: GroupInvite }>(origin, '/api/groups/invite', { group }, extraHeaders).then((reply) => reply.invite);
export const revokeInvite = (origin: string, group: string, invite: string, extraHeaders?: ExtraHeaders) =>
  call<{ revoked: boolean }>(origin, '/api/groups/invite/revoke', { group, invite }, extraHeaders);

/** One member in the certificate list (the trainer's start page only: it holds the names). */
export type CertificateStanding = { member: string; pseudonym: string; attended: number; qualifies: boolean; name: string | null };
/** The rule (at least `minimum` sessions), when the certificates were issued (null: not yet), and every member's standing. */
export type CertificatesOverview = { rule: { minimum: number; issuedAt: number | null }; members: CertificateStanding[] };

export const fetchCertificates = (origin: string, group: string, extraHeaders?: ExtraHeaders) =>
  call<{ certificates: CertificatesOverview }>(origin, `/api/groups/certificates?group=${encodeURIComponent(group)}`, undefined, extraHeaders).then((reply) => reply.certificates);
export const setCertificateRule = (origin: string, group: string, minimum: number, extraHeaders?: ExtraHeaders) =>
  call<{ certificates: CertificatesOverview }>(origin, '/api/groups/certificates/rule', { group, minimum }, extraHeaders).then((reply) => reply.certificates);
/** From now on each member who meets the rule and has a name can fetch their certificate on their phone. */
export const issueCertificates = (origin: string, group: string, extraHeaders?: ExtraHeaders) =>
  call<{ certificates: CertificatesOverview }>(origin, '/api/groups/certificates/issue', { group }, extraHeaders).then((reply) => reply.certificates);
/** The trainer corrects (or fills in) the name on a member's certificate. */
export const correctCertificateName = (origin: string, change: { group: string; member: string; name: string }, extraHeaders?: ExtraHeaders) =>
  call<{ certificates: CertificatesOverview }>(origin, '/api/groups/certificate-name', change, extraHeaders).then((reply) => reply.certificates);

/** Where the group's documents download (a link a trainer's browser follows with its cookie). */
export const groupDocumentPath = {
  certificates: (group: string) => `/api/groups/certificates.pdf?group=${encodeURIComponent(group)}`,
  certificate: (group: string, member: string) => `/api/groups/certificate.pdf?group=${encodeURIComponent(group)}&member=${encodeURIComponent(member)}`,
  trained: (group: string, format: 'csv' | 'xlsx') => `/api/groups/trained.${format}?group=${encodeURIComponent(group)}`,
  /** The groepsverslag: without names and free text unless asked for. */
  report: (group: string, { names, texts }: { names: boolean; texts: boolean }) =>
    `/api/groups/report.pdf?group=${encodeURIComponent(group)}${names ? '&names=1' : ''}${texts ? '&texts=1' : ''}`,
};

/** One of the group's documents as a file; a refusal's Dutch reason as the ApiError's message. */
export async function fetchGroupDocument(origin: string, path: string, extraHeaders: ExtraHeaders = {}): Promise<Blob> {
  const response = await fetch(`${origin}${path}`, { headers: extraHeaders });
  if (!response.ok) {
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    throw new ApiError(response.status, json.error ?? response.statusText);
  }
  return response.blob();
}
