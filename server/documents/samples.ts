/**
 * Made-up Dutch data for `scripts/sample-documents.mjs` (a person looks at the result) and the
 * tests: names chosen for the letters a Dutch register holds beyond ASCII.
 */
import type { CertificateData } from './certificate.ts';
import type { GroupReportData } from './group-report-data.ts';

const GROUP = {
  training: 'Mentorwijs',
  group: 'Werkzaak voorjaar 2027',
  organisation: 'Werkzaak Rivierenland',
  trainers: ['Anna de Wit', 'Joost Bakker'],
} as const;

const SESSIONS = [
  { number: 1, title: 'De mentor als leidinggevende', date: '2027-03-12' },
  { number: 2, title: 'Situationeel leidinggeven', date: '2027-03-19' },
  { number: 3, title: 'Feedback die werkt', date: '2027-03-26' },
  { number: 4, title: 'Het lastige gesprek', date: '2027-04-02' },
  { number: 5, title: 'Borgen en vooruitkijken', date: '2027-04-09' },
] as const;

type SampleMember = { name: string; present: readonly boolean[] };

export const SAMPLE_MEMBERS: readonly SampleMember[] = [
  { name: 'Özlem Yılmaz-de Vries', present: [true, true, true, true, true] },
  { name: 'Nguyễn Thị Lan', present: [true, true, false, true, true] },
  { name: 'Łukasz Wiśniewski', present: [true, true, true, true, false] },
  { name: 'Søren Ærøskøbing', present: [true, false, true, true, true] },
  { name: 'Marieke van den Berg-Çelik', present: [true, true, true, false, false] },
  { name: 'Jan Janssen', present: [false, true, true, true, true] },
];

export function sampleCertificate(member: SampleMember = SAMPLE_MEMBERS[0]): CertificateData {
  return {
    ...GROUP,
    name: member.name,
    firstSession: SESSIONS[0].date,
    lastSession: SESSIONS[4].date,
    attended: member.present.filter(Boolean).length,
    sessions: SESSIONS.length,
  };
}

/** The members who meet the default rule (at least 4 of 5), as the leergang would issue them. */
export function sampleCertificates(): CertificateData[] {
  return SAMPLE_MEMBERS.filter((member) => member.present.filter(Boolean).length >= 4).map((member) => sampleCertificate(member));
}

export function sampleGroupReport(): GroupReportData {
  return {
    ...GROUP,
    madeOn: '2027-04-16',
    sessions: SESSIONS,
    attendance: SAMPLE_MEMBERS.map((member, i) => ({ pseudonym: `deelnemer-${String(i + 1).padStart(3, '0')}`, present: member.present })),
    shifts: [
      {
        question: 'Ik weet hoe ik een nieuwe medewerker goed kan begeleiden.',
        min: 0,
        max: 10,
        before: [0, 0, 1, 1, 2, 1, 0, 0, 0, 0, 0],
        after: [0, 0, 0, 0, 0, 1, 0, 2, 1, 0, 0],
        beforeLabel: 'Bijeenkomst 1',
        afterLabel: 'Bijeenkomst 5',
      },
    ],
    evaluations: SESSIONS.map((session, i) => ({
      session: session.number,
      questions: [
        { question: 'Deze bijeenkomst was bruikbaar voor mijn werk.', min: 1, max: 5, counts: i === 4 ? [0, 0, 0, 2, 2] : [0, 0, 1, 2 - (i % 2), 2 + (i % 2)] },
        { question: 'Hoe tevreden ben je over deze bijeenkomst?', min: 1, max: 5, counts: i === 4 ? [0, 0, 1, 1, 2] : [0, 1, 1, 2, 1] },
        ...(i === 4 ? [{ question: 'Hoe tevreden ben je over de trainers?', min: 1, max: 5, counts: [0, 0, 0, 1, 3] }] : []),
      ],
    })),
    exercises: [
      { session: 1, title: 'Zelfvertrouwen als mentor (schaal 0–10)', figures: '5 antwoorden · gemiddeld 3,6' },
      { session: 2, title: 'Welke stijl past? (quiz)', figures: '5 antwoorden · 4 goed (80%)' },
      { session: 2, title: 'Waarneming of interpretatie (sorteren)', figures: '5 antwoorden · 82% goed gesorteerd' },
      { session: 3, title: 'Feedback beoordelen', figures: '5 antwoorden · 3 van 4 criteria gemiddeld' },
      { session: 4, title: 'Het lastige gesprek (rollenspel)', figures: '5 stemmen per stap · pad A → C → B' },
      { session: 5, title: 'Zelfvertrouwen als mentor (schaal 0–10)', figures: '4 antwoorden · gemiddeld 6,8' },
    ],
  };
}
