/**
 * Vite plugin (runs in Node at build time): reads `decks/*.md`, checks every block, and
 * offers the results to the browser code as virtual modules. It also writes `manifest.json`,
 * the exercise definitions the server validates answers against.
 *   virtual:decks          → the list of decks (id, title, about, minutes) with a loader per
 *                            deck, and the curriculum coverage of the session decks
 *   virtual:deck/<id>      → one deck: slide HTML and its exercise definitions
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { allModels, modelFor } from '../kinds/registry.ts';
import { coverageProblems, curriculumCoverage, type Coverage, type SessionCoverage } from '../shared/deck/curriculum-coverage.ts';
import { DeckError, parseDeck, slidesHtml, type ParsedDeck } from '../shared/deck/parse-deck.ts';

const INDEX_ID = 'virtual:decks';
const DECK_PREFIX = 'virtual:deck/';

export type DeckManifest = {
  decks: Record<string, Pick<ParsedDeck, 'title' | 'askNames' | 'participantCap' | 'exercises'>>;
};

export function decksPlugin({ decksDir }: { decksDir: string }): Plugin {
  const deckIds = () =>
    readdirSync(decksDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3))
      .sort();
  const fileOf = (id: string) => join(decksDir, `${id}.md`);
  const parse = (id: string) => {
    const file = fileOf(id);
    return parseDeck(readFileSync(file, 'utf8'), relative(process.cwd(), file), id);
  };
  /** Every deck, after the checks the kinds make across decks (a scale comparing with one in another deck). */
  const parseAll = () => {
    const parsed = new Map(deckIds().map((deckId) => [deckId, parse(deckId)] as const));
    const exercisesByDeck = Object.fromEntries([...parsed].map(([deckId, deck]) => [deckId, deck.exercises]));
    const [problem] = allModels().flatMap((model) => model.checkAcrossDecks?.(exercisesByDeck) ?? []);
    if (problem) throw new DeckError(relative(process.cwd(), fileOf(problem.deck)), problem.line, problem.problem);
    const coverage = curriculumCoverage([...parsed.values()].map(coverageOf));
    const gaps = coverageProblems(coverage);
    if (gaps.length) throw new Error(`curriculum coverage (${decksDir}): ${gaps.join('; ')}`);
    return { parsed, coverage };
  };

  return {
    name: 'mentorwijs-decks',
    resolveId(source) {
      if (source === INDEX_ID || source.startsWith(DECK_PREFIX)) return `\0${source}`;
      return null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const { parsed, coverage } = parseAll();
        const entries = [...parsed].map(([deckId, { title, about, minutes }]) => {
          this.addWatchFile(fileOf(deckId));
          const facts = JSON.stringify({ id: deckId, title, about, minutes }).slice(0, -1);
          return `${facts}, load: () => import(${JSON.stringify(DECK_PREFIX + deckId)}) }`;
        });
        return `export const decks = [${entries.join(',\n')}];\nexport const coverage = ${JSON.stringify(coverage satisfies Coverage)};`;
      }
      if (id.startsWith(`\0${DECK_PREFIX}`)) {
        const deckId = id.slice(DECK_PREFIX.length + 1);
        if (!deckIds().includes(deckId)) this.error(`no deck named "${deckId}" in ${decksDir}`);
        this.addWatchFile(fileOf(deckId));
        const deck = parse(deckId);
        const module = { id: deck.id, title: deck.title, html: slidesHtml(deck), exercises: deck.exercises };
        return `export default ${JSON.stringify(module)};`;
      }
      return null;
    },
    generateBundle() {
      const manifest: DeckManifest = { decks: {} };
      for (const [deckId, { title, askNames, participantCap, exercises }] of parseAll().parsed) {
        manifest.decks[deckId] = { title, askNames, participantCap, exercises };
      }
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifest, null, 1) });
    },
  };
}

/** A deck's exercises as the coverage overview lists them, labelled by their slide's heading. */
function coverageOf(deck: ParsedDeck): SessionCoverage {
  const exercises = deck.stacks.flat().flatMap((slide) => {
    const definition = slide.exerciseId ? deck.exercises[slide.exerciseId] : undefined;
    if (!definition) return [];
    return [{ id: definition.id, kind: modelFor(definition.kind)?.label(definition) ?? definition.kind, label: slide.heading ?? definition.id, tags: definition.tags }];
  });
  return { deck: deck.id, title: deck.title, exercises };
}
