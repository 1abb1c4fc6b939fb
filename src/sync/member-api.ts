/**
 * The member's own API, as a phone calls it: "Mijn leergang" (their history in the group), the
 * name on their certificate, their own certificate, and deleting their own data. A phone proves
 * who it is with the member token it kept, or with the personal code typed on a new phone.
 */
import { ApiError } from './room-api.ts';

/** Either what the phone kept at its first join, or the personal code typed now. */
export type MemberCredentials = { group: string; member: string; token: string } | { personalCode: string };

/** One session of the group as the member sees it: what it covered, whether they were there, their own tasks. */
export type MemberSession = {
  session: number;
  deck: string;
  title: string;
  /** What the session covered (the deck's `Over:` line). */
  about: string | null;
  /** The planned date (yyyy-mm-dd), or null. */
  plannedDate: string | null;
  /** Whether the session has been given (its room was opened). */
  given: boolean;
  /** Joined with a phone, or ticked present by the trainer. */
  attended: boolean;
  /** The member's own transfer tasks and plans of this session (`::: opdracht`), with the question they answered. */
  tasks: { exercise: string; question: string; text: string; shared: boolean }[];
  /** The transfer task(s) of this session as asked (for a member who missed it: what they missed). */
  asked: { exercise: string; question: string }[];
};

export type MemberHistory = {
  group: { id: string; name: string; organisation: string; trainers: string[] };
  member: { id: string; pseudonym: string };
  sessions: MemberSession[];
  /** The member's own scale answers by `<deck>/<exercise>` (the latest round), for their private shift. */
  scales: Record<string, number>;
  /** The rule, whether issued, whether this member meets it, and the name they gave (null: none yet). */
  certificate: { minimum: number; issued: boolean; qualifies: boolean; name: string | null };
  /** When the group's data expire (ms since epoch; see shared/leergang/retention.ts). */
  expiresAt: number;
};

/**
 * The member's own certificate as a PDF, once the trainer issued them. Refused with a Dutch reason
 * (the ApiError's message) when not issued yet, when the member does not meet the rule, or has no name yet.
 */
export async function fetchMyCertificate(origin: string, credentials: MemberCredentials): Promise<Blob> {
  const response = await fetch(`${origin}/api/member/certificate.pdf`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) {
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    throw new ApiError(response.status, json.error ?? response.statusText);
  }
  return response.blob();
}
