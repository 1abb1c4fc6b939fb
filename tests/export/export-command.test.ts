import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDeck } from '../../src/shared/deck/parse-deck.ts';
import { countPdfPages } from '../../src/tools/export/pdf-pages.ts';
import { tempDir } from '../support/test-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const DECK = 'kennis';
const source = readFileSync(join(ROOT, 'tests/fixtures/decks', `${DECK}.md`), 'utf8');
const deck = parseDeck(source, `${DECK}.md`, DECK);
const slideCount = deck.stacks.flat().length;

describe('npm run export (scripts/export.mjs) on the fixture build', () => {
  const out = tempDir('mw-export-test-');
  let output = '';

  beforeAll(async () => {
    const run = promisify(execFile);
    const args = ['scripts/export.mjs', '--dist', 'dist-fixtures', '--decks', 'tests/fixtures/decks', '--deck', DECK, '--pptx', DECK, '--out', out];
    ({ stdout: output } = await run(process.execPath, args, { cwd: ROOT }));
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('prints every file it wrote with its page count', () => {
    expect(output).toContain(`${DECK}.pdf  ${slideCount} pagina's`);
    expect(output).toMatch(new RegExp(`${DECK}-notities\\.pdf  \\d+ pagina's`));
    expect(output).toContain(`${DECK}.pptx  ${slideCount} dia's`);
    // One deck asked for: its files only, not the materials.
    expect(output).not.toContain('materialen/');
  });

  test('writes a PDF with one page per slide', () => {
    const pdf = readFileSync(join(out, `${DECK}.pdf`));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(countPdfPages(pdf)).toBe(slideCount);
  });

  test('writes a PDF with notes that has a page for the notes beside the slides', () => {
    const pdf = readFileSync(join(out, `${DECK}-notities.pdf`));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(countPdfPages(pdf)).toBeGreaterThan(slideCount);
  });

  test('writes a PowerPoint with the slides, the exercise questions and the notes as text', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, `${DECK}.pptx`)));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(slideCount);
    const xml = await Promise.all(slides.map((name) => zip.file(name)!.async('string')));
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain(deck.title);
    const question = (Object.values(deck.exercises).find((definition) => definition.kind === 'choice') as unknown as { question: string }).question;
    expect(xml.some((slide) => slide.includes(`<a:t>${question}</a:t>`))).toBe(true);
    const notes = Object.keys(zip.files).filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name));
    const notesXml = await Promise.all(notes.map((name) => zip.file(name)!.async('string')));
    expect(notesXml.some((note) => note.includes('een luchtige eerste vraag'))).toBe(true);
  });
});
