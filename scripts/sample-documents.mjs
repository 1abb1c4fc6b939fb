// A look by eye at the leergang's PDFs, with made-up Dutch data: `npx tsc -b` first, then
//   node scripts/sample-documents.mjs OUT_DIR
// writes OUT_DIR/bewijs-van-deelname.pdf, OUT_DIR/certificaten.pdf and OUT_DIR/groepsverslag.pdf.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderCertificate, renderCertificates } from '../build/server/documents/certificate.js';
import { renderGroupReport } from '../build/server/documents/group-report.js';
import { sampleCertificate, sampleCertificates, sampleGroupReport } from '../build/server/documents/samples.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node scripts/sample-documents.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const files = {
  'bewijs-van-deelname.pdf': await renderCertificate(sampleCertificate()),
  'certificaten.pdf': await renderCertificates(sampleCertificates()),
  'groepsverslag.pdf': await renderGroupReport(sampleGroupReport()),
};
for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(join(outDir, name), bytes);
  console.log(`${resolve(outDir, name)}  ${Math.round(bytes.length / 1024)} kB`);
}
