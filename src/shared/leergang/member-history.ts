/**
 * What a member of a leergang may see of themself: their sessions, their own tasks and scale
 * answers, their shift and their certificate. The server builds it (server/member-history.ts),
 * the phone shows it ("Mijn leergang", the own shift, the catch-up card). Nothing in it is about
 * another member.
 */

/** Either what the phone kept at its first join, or the personal code typed now. */
export type MemberCredentials = { group: string; member: string; token: string } | { personalCode: string };

/** One of the member's own scale answers, with the statement it answered. */
export type OwnScale = { exercise: string; question: string; value: number };

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
  /** The member's own scale answers in this session. */
  scales: OwnScale[];
};

/**
 * A scale asked again in a later session (`vergelijk:`) and the member's own answers to both;
 * null where they gave none (absent, or did not answer).
 */
export type OwnShift = {
  question: string;
  before: { session: number; value: number | null };
  after: { session: number; value: number | null };
};

export type MemberHistory = {
  group: { id: string; name: string; organisation: string; trainers: string[] };
  member: { id: string; pseudonym: string };
  sessions: MemberSession[];
  /** The member's own scale answers by `<deck>/<exercise>` (the latest round), for their private shift. */
  scales: Record<string, number>;
  /** Their own shifts between sessions, where they answered at least one side. */
  shifts: OwnShift[];
  /** The rule, whether issued, whether this member meets it, and the name they gave (null: none yet). */
  certificate: { minimum: number; issued: boolean; qualifies: boolean; name: string | null };
  /** When the group's data expire (ms since epoch; see retention.ts). */
  expiresAt: number;
};
