/**
 * The bewijs van deelname, read back with pdf.js: real text in an embedded font, the exact name
 * whatever letters it holds, one A4 page per member in order, and no blank certificate.
 */
import { describe, expect, it } from 'vitest';
import { type CertificateData, renderCertificate, renderCertificates } from '../../server/documents/certificate.ts';
import { SAMPLE_MEMBERS, sampleCertificate } from '../../server/documents/samples.ts';
import { fontsIn, readPdf } from '../support/pdf-reader.ts';

const certificate = (changes: Partial<CertificateData> = {}): CertificateData => ({ ...sampleCertificate(), ...changes });

describe('renderCertificate', () => {
  it('prints the name, the training, group, organisation, dates, attendance and trainers as text', async () => {
    const { pages } = await readPdf(await renderCertificate(certificate({ attended: 4 })));
    expect(pages).toHaveLength(1);
    expect(pages[0].lines).toEqual(
      expect.arrayContaining([
        'Bewijs van deelname',
        'Özlem Yılmaz-de Vries',
        'heeft deelgenomen aan de training Mentorwijs',
        'Werkzaak voorjaar 2027 · Werkzaak Rivierenland',
        '12 maart 2027 tot en met 9 april 2027',
        '4 van 5 bijeenkomsten bijgewoond',
      ]),
    );
    expect(pages[0].lines.join('\n')).toMatch(/Anna de Wit.*Joost Bakker/);
  });

  it.each(['Nguyễn Thị Lan', 'Łukasz Wiśniewski', 'Søren Ærøskøbing', 'Marieke van den Berg-Çelik', 'Zoë Ĳsselmuiden'])(
    'prints %s letter for letter, as text in a font that has the letters',
    async (name) => {
      const { pages } = await readPdf(await renderCertificate(certificate({ name })));
      expect(pages[0].lines).toContain(name);
    },
  );

  it('prints a name typed with combining marks as the composed letters', async () => {
    const typed = 'Nguyễn Özlem'.normalize('NFD');
    const { pages } = await readPdf(await renderCertificate(certificate({ name: `  ${typed} ` })));
    expect(pages[0].lines).toContain('Nguyễn Özlem');
  });

  it('is one A4 page in landscape', async () => {
    const { pages } = await readPdf(await renderCertificate(certificate()));
    expect(pages.map(({ width, height }) => [width, height])).toEqual([[842, 595]]);
  });

  it('embeds every font it uses and names no standard font', async () => {
    const { embedded, named } = fontsIn(await renderCertificate(certificate()));
    expect(embedded).toEqual(expect.arrayContaining([expect.stringMatching(/\+DejaVuSerif-Bold$/), expect.stringMatching(/\+DejaVuSans$/)]));
    expect(named.filter((font) => !embedded.includes(font))).toEqual([]);
  });

  it('keeps a very long name on its one page, whole', async () => {
    const name = 'Maria Dolores Wilhelmina van der Heijden-Oğuz Kılıçarslan de Bourbon tot Nassau-Weilburg';
    const { pages } = await readPdf(await renderCertificate(certificate({ name })));
    expect(pages).toHaveLength(1);
    expect(pages[0].lines.join(' ')).toContain(name);
  });

  it('says one trainer and one session in the singular', async () => {
    const { pages } = await readPdf(await renderCertificate(certificate({ trainers: ['Anna de Wit'], attended: 1, sessions: 1, lastSession: '2027-03-12' })));
    expect(pages[0].lines).toEqual(expect.arrayContaining(['12 maart 2027', '1 van 1 bijeenkomst bijgewoond', 'Anna de Wit', 'trainer']));
  });

  it('refuses a blank name rather than print an empty certificate', () => {
    expect(() => renderCertificate(certificate({ name: ' \n ' }))).toThrow(RangeError);
  });

  it('refuses more sessions attended than there were', () => {
    expect(() => renderCertificate(certificate({ attended: 6 }))).toThrow(RangeError);
  });
});

describe('renderCertificates', () => {
  it('makes one file with one page per member, in the order given', async () => {
    const list = SAMPLE_MEMBERS.map((member) => sampleCertificate(member));
    const { pages, title } = await readPdf(await renderCertificates(list));
    expect(pages.map((page) => page.lines[3])).toEqual(SAMPLE_MEMBERS.map((member) => member.name));
    expect(pages.every((page) => page.width === 842 && page.height === 595)).toBe(true);
    expect(title).toBe('Bewijzen van deelname – Werkzaak voorjaar 2027');
  });

  it('prints each member’s own attendance on their page', async () => {
    const list = SAMPLE_MEMBERS.map((member) => sampleCertificate(member));
    const { pages } = await readPdf(await renderCertificates(list));
    expect(pages.map((page) => page.lines.find((line) => line.endsWith('bijgewoond')))).toEqual(
      SAMPLE_MEMBERS.map((member) => `${member.present.filter(Boolean).length} van 5 bijeenkomsten bijgewoond`),
    );
  });

  it('refuses an empty list', () => {
    expect(() => renderCertificates([])).toThrow(RangeError);
  });
});
