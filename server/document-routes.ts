/**
 * The leergang's documents: the certificate rule and its issue, the names on the certificates,
 * the certificates as PDF (all in one file, or one member's), the register of trained
 * participants (CSV, Excel) and the groepsverslag. All the trainer's, except one: a member's own
 * phone fetches its own certificate, proving who it is as the member API does.
 */
import type { IncomingMessage } from 'node:http';
import { readCertificateName } from '../src/shared/leergang/certificate-name.ts';
import type { Auth } from './auth.ts';
import { certificateFor, certificateRuleOf, certificatesOf, refusalMessage, standingsOf, trainedTable } from './certificates.ts';
import { renderCertificate, renderCertificates } from './documents/certificate.ts';
import { renderGroupReport } from './documents/group-report.ts';
import { readGroupReport } from './group-report-source.ts';
import { pseudonymOf, type GroupRecord, type Groups } from './groups.ts';
import { FileReply, HttpError, readJson, textOf } from './http-json.ts';
import type { Manifest } from './manifest.ts';
import { authenticateMember } from './member-auth.ts';
import type { FailureLimiter } from './rate-limit.ts';
import type { Rooms } from './rooms.ts';
import { tableToCsv } from './tables/table-csv.ts';
import { tablesToXlsx } from './tables/table-xlsx.ts';

type Route = { access: 'public' | 'trainer'; handle: (request: IncomingMessage, ip: string) => Promise<[number, unknown]> };

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const NO_GROUP = 'deze leergang bestaat niet (meer)';

/** The certificate list as the trainer's start page shows it: the rule, and per member whether they qualify and the name they gave. */
export const certificatesOverview = (group: GroupRecord) => ({ rule: certificateRuleOf(group), members: standingsOf(group) });

export function documentRoutes({ groups, rooms, manifest, auth, failures, now }: {
  groups: Groups;
  rooms: Rooms;
  manifest: Manifest;
  auth: Auth;
  failures: FailureLimiter;
  now: () => number;
}): Record<string, Route> {
  const query = (request: IncomingMessage) => new URL(request.url ?? '/', 'http://localhost').searchParams;
  async function groupNamed(id: string): Promise<GroupRecord> {
    const group = await groups.get(id);
    if (!group) throw new HttpError(404, NO_GROUP);
    return group;
  }
  const overview = (group: GroupRecord | null): [number, unknown] => {
    if (!group) throw new HttpError(404, NO_GROUP);
    return [200, { certificates: certificatesOverview(group) }];
  };

  return {
    'GET /api/groups/certificates': { access: 'trainer', handle: async (request) => overview(await groupNamed(query(request).get('group') ?? '')) },
    'POST /api/groups/certificates/rule': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      try {
        return overview(await groups.setCertificateRule(textOf(body.group), typeof body.minimum === 'number' ? body.minimum : NaN));
      } catch (error) {
        if (error instanceof RangeError) throw new HttpError(400, 'kies hoeveel bijeenkomsten nodig zijn: 1 tot en met 5');
        throw error;
      }
    } },
    'POST /api/groups/certificates/issue': { access: 'trainer', handle: async (request) => overview(await groups.issueCertificates(textOf((await readJson(request)).group))) },
    'POST /api/groups/certificate-name': { access: 'trainer', handle: async (request) => {
      const body = await readJson(request);
      const read = readCertificateName(body.name);
      if ('problem' in read) throw new HttpError(400, read.problem);
      const member = await groups.setCertificateName(textOf(body.group), textOf(body.member), read.name);
      if (!member) throw new HttpError(404, 'deze leergang of deelnemer bestaat niet (meer)');
      return overview((await groups.get(textOf(body.group))) ?? null);
    } },
    'GET /api/groups/certificates.pdf': { access: 'trainer', handle: async (request) => {
      const group = await groupNamed(query(request).get('group') ?? '');
      const { printable } = certificatesOf(group);
      if (printable.length === 0) throw new HttpError(409, 'Nog niemand heeft recht op een bewijs van deelname met een naam erop.');
      return [200, new FileReply(PDF, `bewijzen-van-deelname-${group.id}.pdf`, await renderCertificates(printable.map((p) => p.data)))];
    } },
    'GET /api/groups/certificate.pdf': { access: 'trainer', handle: async (request) => {
      const params = query(request);
      const group = await groupNamed(params.get('group') ?? '');
      // The trainer may look at one before issuing; the rule and the name still hold.
      const found = certificateFor(group, params.get('member') ?? '', { mustBeIssued: false });
      if ('refusal' in found) throw new HttpError(found.refusal === 'unknown-member' ? 404 : 409, refusalMessage(group, found.refusal, found.standing));
      const member = group.members!.find((m) => m.id === params.get('member'))!;
      return [200, new FileReply(PDF, `bewijs-van-deelname-deelnemer-${member.number}.pdf`, await renderCertificate(found.data))];
    } },
    'GET /api/groups/trained.csv': { access: 'trainer', handle: async (request) => {
      const group = await groupNamed(query(request).get('group') ?? '');
      return [200, new FileReply('text/csv; charset=utf-8', `getrainde-deelnemers-${group.id}.csv`, tableToCsv(trainedTable(group)))];
    } },
    'GET /api/groups/trained.xlsx': { access: 'trainer', handle: async (request) => {
      const group = await groupNamed(query(request).get('group') ?? '');
      return [200, new FileReply(XLSX, `getrainde-deelnemers-${group.id}.xlsx`, await tablesToXlsx([trainedTable(group)]))];
    } },
    'GET /api/groups/report.pdf': { access: 'trainer', handle: async (request) => {
      const params = query(request);
      const group = await groupNamed(params.get('group') ?? '');
      // Names and free text only when asked for, each on its own.
      const data = await readGroupReport(group, { rooms, manifest, now }, { names: params.get('names') === '1', texts: params.get('texts') === '1' });
      return [200, new FileReply(PDF, `groepsverslag-${group.id}.pdf`, await renderGroupReport(data))];
    } },
    'POST /api/member/certificate.pdf': { access: 'public', handle: async (request, ip) => {
      const { group, member } = await authenticateMember(await readJson(request), ip, { groups, auth, failures });
      const found = certificateFor(group, member.id, { mustBeIssued: true });
      if ('refusal' in found) throw new HttpError(409, refusalMessage(group, found.refusal, found.standing));
      return [200, new FileReply(PDF, `bewijs-van-deelname-${pseudonymOf(member).toLowerCase().replace(/\s+/g, '-')}.pdf`, await renderCertificate(found.data))];
    } },
  };
}
