/**
 * Who of a leergang gets a bewijs van deelname, and what it says. Pure: the group record in. A
 * member qualifies by attending (as the register counts it: a phone joined, or the trainer ticked
 * them) at least the rule's number of sessions; a qualifying member is printed only once they gave
 * a name, and until then listed as missing one.
 */
import { registerOf } from './attendance.ts';
import type { CertificateData } from './documents/certificate.ts';
import type { IsoDate } from './documents/dutch-format.ts';
import { DEFAULT_CERTIFICATE_MINIMUM, type GroupRecord } from './groups.ts';
import type { Table } from './tables/table.ts';

export const TRAINING = 'Mentorwijs';

/** One member's place in the certificate list: how often they came, whether that is enough, their name (null: none yet). */
export type CertificateStanding = { member: string; pseudonym: string; attended: number; qualifies: boolean; name: string | null };

export type CertificateRuleState = { minimum: number; issuedAt: number | null };

export function certificateRuleOf(group: GroupRecord): CertificateRuleState {
  return { minimum: group.certificates?.minimum ?? DEFAULT_CERTIFICATE_MINIMUM, issuedAt: group.certificates?.issuedAt ?? null };
}

export function standingsOf(group: GroupRecord): CertificateStanding[] {
  const { minimum } = certificateRuleOf(group);
  const names = new Map((group.members ?? []).map((member) => [member.id, member.certificateName?.trim() || null]));
  return registerOf(group).rows.map((row) => {
    const attended = row.present.filter(Boolean).length;
    return { member: row.member, pseudonym: row.pseudonym, attended, qualifies: attended >= minimum, name: names.get(row.member) ?? null };
  });
}

/** A day as `YYYY-MM-DD` in the server's own time zone: the day the room was opened where the training is. */
export function localDay(ms: number): IsoDate {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The date of each session given (its room was opened), in session order: the planned date when
 * the trainer set one (the official date, even if the room was opened the evening before), else
 * the day the room was opened.
 */
export function givenDates(group: GroupRecord): { session: number; date: IsoDate }[] {
  return group.sessions.flatMap((session) => (session.room ? [{ session: session.session, date: session.plannedDate ?? localDay(session.room.openedAt) }] : []));
}

function certificateOf(group: GroupRecord, standing: CertificateStanding & { name: string }): CertificateData {
  const dates = givenDates(group).map((given) => given.date).sort();
  return {
    name: standing.name,
    training: TRAINING,
    group: group.name,
    organisation: group.organisation,
    firstSession: dates[0],
    lastSession: dates.at(-1)!,
    attended: standing.attended,
    sessions: group.sessions.length,
    trainers: group.trainers,
  };
}

const hasName = (standing: CertificateStanding): standing is CertificateStanding & { name: string } => standing.name !== null;

/** Every certificate to print (qualifying members with a name, in member order) and the qualifying members still without a name. */
export function certificatesOf(group: GroupRecord): { printable: { member: string; data: CertificateData }[]; missingName: CertificateStanding[] } {
  const qualifying = standingsOf(group).filter((standing) => standing.qualifies);
  return {
    printable: qualifying.filter(hasName).map((standing) => ({ member: standing.member, data: certificateOf(group, standing) })),
    missingName: qualifying.filter((standing) => !hasName(standing)),
  };
}

export type CertificateRefusal = 'unknown-member' | 'not-issued' | 'not-qualified' | 'no-name';

/**
 * One member's certificate, or why there is none. `mustBeIssued`: a member's own phone gets it
 * only after the trainer issued them; the trainer may look at one before.
 */
export function certificateFor(group: GroupRecord, member: string, { mustBeIssued }: { mustBeIssued: boolean }): { data: CertificateData } | { refusal: CertificateRefusal; standing?: CertificateStanding } {
  const standing = standingsOf(group).find((s) => s.member === member);
  if (!standing) return { refusal: 'unknown-member' };
  if (mustBeIssued && certificateRuleOf(group).issuedAt === null) return { refusal: 'not-issued', standing };
  if (!standing.qualifies) return { refusal: 'not-qualified', standing };
  if (!hasName(standing)) return { refusal: 'no-name', standing };
  return { data: certificateOf(group, standing) };
}

/** What a member's phone shows when there is no certificate for them, in plain Dutch. */
export function refusalMessage(group: GroupRecord, refusal: CertificateRefusal, standing?: CertificateStanding): string {
  const { minimum } = certificateRuleOf(group);
  const sessions = group.sessions.length;
  switch (refusal) {
    case 'unknown-member':
      return 'Deze deelnemer hoort niet (meer) bij deze leergang.';
    case 'not-issued':
      return 'Je bewijs van deelname is er nog niet: de trainer geeft de bewijzen uit na de laatste bijeenkomst.';
    case 'not-qualified':
      return `Voor een bewijs van deelname moet je minstens ${minimum} van de ${sessions} bijeenkomsten aanwezig zijn. Je was er ${standing?.attended ?? 0} keer.`;
    case 'no-name':
      return 'Typ eerst de naam die op je bewijs van deelname moet staan.';
  }
}

/** The register of trained participants: every member who meets the rule, with the name on their certificate and when it was issued. */
export function trainedTable(group: GroupRecord): Table {
  const { issuedAt } = certificateRuleOf(group);
  const sessions = group.sessions.length;
  return {
    title: 'Getrainde deelnemers',
    columns: [
      { key: 'name', label: 'Naam' },
      { key: 'member', label: 'Deelnemer' },
      { key: 'attended', label: `Bijeenkomsten bijgewoond (van ${sessions})` },
      { key: 'issued_on', label: 'Bewijs uitgegeven op' },
    ],
    rows: standingsOf(group)
      .filter((standing) => standing.qualifies)
      .map((standing) => [standing.name, standing.pseudonym, standing.attended, issuedAt === null ? null : localDay(issuedAt)]),
  };
}
