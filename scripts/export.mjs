// `npm run export`: every deck as a PDF (slides, and slides with notes) through Reveal's print view
// in Chromium, the dissemination deck as an editable PowerPoint with its pictures (an SVG drawn as
// a PNG at twice its size, in the light theme, by the same Chromium), and the trainer's materials (run
// sheets, materials lists, handouts, the legal one-pager, the crisis card) as A4 PDFs in
// <out>/materialen/; all into <dist>/export/.
//   --deck <id>     only this deck (its PDFs; its PPTX too when it is the dissemination deck), no materials
//   --materials-only  only the materials
//   --pptx <id>     the deck to write as .pptx (default: disseminatie, when the build has it)
//   --dist <dir>    the build to print (default dist; the tests use dist-fixtures)
//   --decks <dir>   where the Markdown of those decks is (default decks), for the PPTX
//   --out <dir>     where the files go (default <dist>/export)
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const PPTX_DECK = 'disseminatie';
/** Generous: a deck prints in a second or two; this only catches a page that never gets ready. */
const READY_TIMEOUT_MS = 60_000;

const { values: options } = parseArgs({
  options: {
    deck: { type: 'string' },
    pptx: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    decks: { type: 'string', default: 'decks' },
    out: { type: 'string' },
    'materials-only': { type: 'boolean', default: false },
  },
});
const distDir = resolve(options.dist);
const outDir = resolve(options.out ?? join(distDir, 'export'));

const { startServer } = await import(join(root, 'build/server/server.js')).catch(() => {
  fail('build/ is missing or stale: run "npm run build" first (npm run export does).');
});
const { DEFAULT_LIMITS } = await import(join(root, 'build/server/config.js'));
const { countPdfPages } = await import(join(root, 'build/src/tools/export/pdf-pages.js'));
const { trainerKeyHeaders } = await import(join(root, 'build/src/shared/trainer-key.js'));
const { writeDeckPptx } = await import(join(root, 'build/src/tools/export/write-pptx.js'));

function fail(message) {
  console.error(`Export failed: ${message}`);
  process.exit(1);
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  } catch {
    fail(`${relative(process.cwd(), distDir) || '.'}/manifest.json is missing: build first ("npm run export" builds dist/).`);
  }
}

/** The materials the build lists in materials.json (id, title…); none in a build from before they existed. */
function readMaterialsIndex() {
  try {
    return JSON.parse(readFileSync(join(distDir, 'materials.json'), 'utf8')).materials;
  } catch {
    return [];
  }
}

const manifest = readManifest();
const known = Object.keys(manifest.decks);
if (options.deck && !known.includes(options.deck)) fail(`no deck "${options.deck}" in this build; there are: ${known.join(', ')}`);
if (options.pptx && !known.includes(options.pptx)) fail(`no deck "${options.pptx}" in this build; there are: ${known.join(', ')}`);
const onlyMaterials = options['materials-only'];
const pdfDecks = onlyMaterials ? [] : options.deck ? [options.deck] : known;
const pptxDeck = onlyMaterials ? null : (options.pptx ?? (known.includes(PPTX_DECK) && (!options.deck || options.deck === PPTX_DECK) ? PPTX_DECK : null));
const materials = options.deck ? [] : readMaterialsIndex();

mkdirSync(outDir, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'mw-export-'));
let server = null;
let browser = null;

async function stop() {
  const [closing, closingServer] = [browser, server];
  browser = server = null;
  await closing?.close().catch(() => {});
  await closingServer?.close().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
}

process.once('SIGINT', () => void stop().then(() => process.exit(130)));
process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

/** Prints one deck's print view to a PDF; the page says when it is ready (`html[data-print=ready]`). */
async function printDeck(origin, deck, withNotes) {
  // The decks are the trainer's: this page shows the trainer key as a header (it has no cookie).
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, extraHTTPHeaders: trainerKeyHeaders(server.trainerKey) });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/deck?deck=${encodeURIComponent(deck)}&print-pdf${withNotes ? '&notes=1' : ''}`);
    await page.waitForSelector('html[data-print="ready"]', { state: 'attached', timeout: READY_TIMEOUT_MS }).catch((error) => {
      throw new Error(`deck "${deck}" did not get ready to print${errors.length ? `: ${errors.join('; ')}` : ''} (${error.message.split('\n')[0]})`);
    });
    const file = join(outDir, `${deck}${withNotes ? '-notities' : ''}.pdf`);
    const pdf = await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    return { file, pages: countPdfPages(pdf) };
  } finally {
    await page.close();
  }
}

/**
 * Prints one material from the materials page to an A4 PDF, with page numbers in the footer.
 * A run sheet gets the page's default start time (13:00), which its printed note says how to change.
 */
async function printMaterial(origin, material) {
  const page = await browser.newPage({ extraHTTPHeaders: trainerKeyHeaders(server.trainerKey) });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/materials?doc=${encodeURIComponent(material.id)}`);
    await page.waitForSelector('html[data-print="ready"]', { state: 'attached', timeout: READY_TIMEOUT_MS }).catch((error) => {
      throw new Error(`material "${material.id}" did not get ready to print${errors.length ? `: ${errors.join('; ')}` : ''} (${error.message.split('\n')[0]})`);
    });
    if (errors.length) throw new Error(`material "${material.id}": ${errors.join('; ')}`);
    const file = join(outDir, 'materialen', `${material.id}.pdf`);
    const footer = `<div style="width:100%;font:8pt sans-serif;color:#4a5663;text-align:center">${escapeHtml(material.title)} · <span class="pageNumber"></span>/<span class="totalPages"></span></div>`;
    const pdf = await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer });
    return { file, pages: countPdfPages(pdf) };
  } finally {
    await page.close();
  }
}

/**
 * Draws an SVG picture as a PNG at twice its size, as a slide shows it (an <img>: no scripts, nothing
 * loaded from elsewhere) in the light theme, with a transparent background.
 */
async function svgToPng(file) {
  const page = await browser.newPage({ deviceScaleFactor: 2, colorScheme: 'light' });
  try {
    const uri = `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
    await page.setContent(`<style>body { margin: 0 } img { display: block }</style><img alt="">`);
    const size = await page.evaluate(async (src) => {
      const img = document.querySelector('img');
      img.src = src;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, uri);
    if (!size.width || !size.height) throw new Error(`${relative(process.cwd(), file)}: the SVG has no size (give it width and height)`);
    await page.setViewportSize(size);
    return await page.locator('img').screenshot({ omitBackground: true, type: 'png' });
  } finally {
    await page.close();
  }
}

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
}

try {
  server = await startServer({
    config: { port: 0, host: '127.0.0.1', dataDir, distDir, limits: DEFAULT_LIMITS },
    publicHost: '127.0.0.1',
  });
  const origin = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const deck of pdfDecks) {
    for (const withNotes of [false, true]) {
      const { file, pages } = await printDeck(origin, deck, withNotes);
      console.log(`${relative(process.cwd(), file)}  ${pages} ${pages === 1 ? 'pagina' : "pagina's"}`);
    }
  }
  if (materials.length) mkdirSync(join(outDir, 'materialen'), { recursive: true });
  for (const material of materials) {
    const { file, pages } = await printMaterial(origin, material);
    console.log(`${relative(process.cwd(), file)}  ${pages} ${pages === 1 ? 'pagina' : "pagina's"}`);
  }
  if (pptxDeck) {
    const { file, slides, pictures } = await writeDeckPptx({ decksDir: resolve(options.decks), deck: pptxDeck, outDir, svgToPng });
    console.log(`${relative(process.cwd(), file)}  ${slides} dia's, ${pictures} ${pictures === 1 ? 'afbeelding' : 'afbeeldingen'}`);
  } else if (!onlyMaterials && !known.includes(PPTX_DECK)) {
    console.log(`No PowerPoint: the build has no deck "${PPTX_DECK}" (choose one with --pptx <deck>).`);
  }
} catch (error) {
  await stop();
  fail(error instanceof Error ? error.message : String(error));
}
await stop();
