import { describe, expect, it } from 'vitest';
import { CERTIFICATE_NAME_MAX, readCertificateName } from '../../src/shared/leergang/certificate-name.ts';

describe('readCertificateName', () => {
  it('keeps a name exactly, composed and with single spaces', () => {
    expect(readCertificateName('  Zoë   van  der Berg ')).toEqual({ name: 'Zoë van der Berg' });
    expect(readCertificateName('Zoe\u0308 Ğülşen')).toEqual({ name: 'Zoë Ğülşen' });
    expect(readCertificateName("Anne-Marie d'Hondt")).toEqual({ name: "Anne-Marie d'Hondt" });
  });

  it.each([
    ['', 'Typ je naam.'],
    ['   ', 'Typ je naam.'],
    [42, 'Typ je naam.'],
    ['x'.repeat(CERTIFICATE_NAME_MAX + 1), 'te lang'],
    ['Jan\u202Enamhcaw', 'teken'],
    ['Jan\u200B', 'teken'],
    ['Jan\u0007', 'teken'],
    ['12345', 'letters'],
  ])('refuses %j with a Dutch reason', (input, reason) => {
    const result = readCertificateName(input);
    expect('problem' in result && result.problem).toContain(reason);
  });
});
