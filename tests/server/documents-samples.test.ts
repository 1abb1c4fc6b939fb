/**
 * Writes the sample certificate, the combined certificates and the group report, with a PNG of
 * each first page as pdf.js draws it, to tests/e2e/screenshots/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificate, renderCertificates } from '../../server/documents/certificate.ts';
import { renderGroupReport } from '../../server/documents/group-report.ts';
import { sampleCertificate, sampleCertificates, sampleGroupReport } from '../../server/documents/samples.ts';
import { countColour, renderPage } from '../support/pdf-reader.ts';

const SCREENSHOTS = join(import.meta.dirname, '../e2e/screenshots');
/** The certificate's and the report's body text colour. */
const INK = '#1f2933';

describe('the sample documents', () => {
  it.each([
    ['bewijs-van-deelname', () => renderCertificate(sampleCertificate())],
    ['certificaten', () => renderCertificates(sampleCertificates())],
    ['groepsverslag', () => renderGroupReport(sampleGroupReport())],
  ])('%s draws its first page with text in ink', async (file, render) => {
    const bytes = await render();
    const page = await renderPage(bytes, 1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, `${file}.pdf`), bytes);
    writeFileSync(join(SCREENSHOTS, `${file}.png`), page.png);
    expect(countColour(page, INK, 40)).toBeGreaterThan(2000);
  });
});
