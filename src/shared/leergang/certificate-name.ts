/**
 * The name a member types for their certificate: what a printed name may be. Pure, so the phone
 * can say what is wrong before it sends, and the server checks the same rule.
 */
export const CERTIFICATE_NAME_MAX = 80;

/** The name as it will be printed (NFC, single spaces), or a Dutch reason why it cannot be. */
export function readCertificateName(input: unknown): { name: string } | { problem: string } {
  if (typeof input !== 'string') return { problem: 'Typ je naam.' };
  const name = input.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return { problem: 'Typ je naam.' };
  if ([...name].length > CERTIFICATE_NAME_MAX) return { problem: `Je naam is te lang (hooguit ${CERTIFICATE_NAME_MAX} tekens).` };
  // Control, format (bidi overrides, zero-width) and private-use characters would print wrong or hide text.
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u.test(name)) return { problem: 'Je naam bevat een teken dat we niet kunnen afdrukken.' };
  if (!/\p{L}/u.test(name)) return { problem: 'Een naam heeft letters.' };
  return { name };
}
