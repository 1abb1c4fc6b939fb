/**
 * Reads the materials folder and the decks into the documents the materials page shows: each
 * Markdown file rendered with marked, and a run sheet per session deck from its parsed slides.
 * Node only (file I/O); the Vite plugin calls it at build time and under `npm run dev`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Marked } from 'marked';
import { DeckError, parseDeck } from '../../shared/deck/parse-deck.ts';
import { sessionNumberOf } from '../../shared/deck/session-decks.ts';
import { compareEntries, entryFor, RUN_SHEET_SUFFIX, titleOf, type MaterialModule } from '../../shared/materials/material-docs.ts';
import { runSheetRows } from '../../shared/materials/run-sheet.ts';

const markdownFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => name.slice(0, -3))
    .sort();

/** The files the documents are made from: a change to any of them changes a document. */
export function materialSources({ materialsDir, decksDir }: { materialsDir: string; decksDir: string }): string[] {
  return [...markdownFiles(materialsDir).map((id) => join(materialsDir, `${id}.md`)), ...markdownFiles(decksDir).map((id) => join(decksDir, `${id}.md`))];
}

/** Every document, in index order. A file without a `# ` title is a mistake at its first line. */
export function readMaterials({ materialsDir, decksDir }: { materialsDir: string; decksDir: string }): MaterialModule[] {
  const deckIds = markdownFiles(decksDir);
  const marked = new Marked({ gfm: true, async: false });
  const documents: MaterialModule[] = markdownFiles(materialsDir).map((id) => {
    const file = join(materialsDir, `${id}.md`);
    const markdown = readFileSync(file, 'utf8');
    const title = titleOf(markdown);
    if (!title) throw new DeckError(relative(process.cwd(), file), 1, 'a material needs a title: a first heading like "# Hand-out sessie 3"');
    return { ...entryFor(id, title, deckIds), html: marked.parse(markdown) as string, runSheet: null };
  });
  for (const deckId of deckIds.filter((id) => sessionNumberOf(id) !== null)) {
    const file = join(decksDir, `${deckId}.md`);
    const deck = parseDeck(readFileSync(file, 'utf8'), relative(process.cwd(), file), deckId);
    const id = `${deckId}-${RUN_SHEET_SUFFIX}`;
    documents.push({ ...entryFor(id, `Draaiboek — ${deck.title}`, deckIds), html: '', runSheet: runSheetRows(deck) });
  }
  return documents.sort(compareEntries);
}
