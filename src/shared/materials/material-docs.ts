/**
 * The trainer's printable materials beside the decks: which documents there are and what a page
 * needs to show one. A Markdown file in `materials/` named `<deck>-<what>.md` belongs to that
 * deck (`sessie-3-hand-out.md`); any other file is for every session (`crisiskaart.md`). Each
 * session deck also gets a run sheet, derived from the deck itself. Pure.
 */
import type { RunSheetRow } from './run-sheet-times.ts';

export type MaterialEntry = {
  /** The document's name in the address and the PDF's file name: `sessie-3-hand-out`. */
  id: string;
  /** The deck it belongs to, or null for a document for every session. */
  deck: string | null;
  /** The short link text in the deck index: "Draaiboek", "Hand-out"; else the document's title. */
  label: string;
  title: string;
};

/** One document as its page shows it: rendered Markdown, or a run sheet's rows. */
export type MaterialModule = MaterialEntry & { html: string; runSheet: RunSheetRow[] | null };

export const RUN_SHEET_SUFFIX = 'draaiboek';

/** The link texts of the documents every session has, in the order the deck index lists them. */
const LABELS: Record<string, string> = { [RUN_SHEET_SUFFIX]: 'Draaiboek', materialen: 'Materialen', 'hand-out': 'Hand-out' };

/** The deck a file belongs to (the longest deck id its name starts with, then "-") and its label. */
export function entryFor(id: string, title: string, deckIds: readonly string[]): MaterialEntry {
  const deck = [...deckIds].sort((a, b) => b.length - a.length).find((deckId) => id.startsWith(`${deckId}-`)) ?? null;
  const suffix = deck ? id.slice(deck.length + 1) : null;
  return { id, deck, label: (suffix && LABELS[suffix]) ?? title, title };
}

/** Index order: per deck the run sheet, materials list and handout first, then the rest by name. */
export function compareEntries(a: MaterialEntry, b: MaterialEntry): number {
  const rank = (entry: MaterialEntry) => {
    const at = Object.values(LABELS).indexOf(entry.label);
    return at === -1 ? Object.keys(LABELS).length : at;
  };
  return (a.deck ?? '\uffff').localeCompare(b.deck ?? '\uffff') || rank(a) - rank(b) || a.id.localeCompare(b.id);
}

/** The document's title: its first `# ` heading. */
export function titleOf(markdown: string): string | null {
  return /^#\s+(.+?)\s*#*\s*$/m.exec(markdown)?.[1] ?? null;
}
