/**
 * Vite plugin: the trainer's printable materials (materials/*.md and a run sheet per session
 * deck) as virtual modules for the materials page, and `materials.json` (the index) in the
 * build for `npm run export`, which prints each document to PDF.
 *   virtual:materials            → the index: id, deck, label, title per document (the start page)
 *   virtual:material-documents   → every document in full: its HTML, or its run sheet's rows (the
 *                                  materials page; static, no import() per document: a lazy chunk
 *                                  per document would make the bundler split the join page's
 *                                  shared chunk, and the whole set is some 20 kB gzip for a laptop)
 */
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { MaterialEntry, MaterialModule } from '../shared/materials/material-docs.ts';
import { materialSources, readMaterials } from './materials/read-materials.ts';

const INDEX_ID = 'virtual:materials';
const DOCUMENTS_ID = 'virtual:material-documents';

export function materialsPlugin({ materialsDir, decksDir }: { materialsDir: string; decksDir: string }): Plugin {
  /** Read once per build, and again after a saved material or deck under `npm run dev`. */
  let documents: MaterialModule[] | null = null;
  const read = () => (documents ??= readMaterials({ materialsDir, decksDir }));
  const indexOf = (all: readonly MaterialModule[]): MaterialEntry[] => all.map(({ id, deck, label, title }) => ({ id, deck, label, title }));
  return {
    name: 'mentorwijs-materials',
    configureServer(server) {
      server.watcher.add(materialsDir);
    },
    // A saved material reloads the pages, as a saved deck does; a saved deck changes its run sheet.
    hotUpdate({ file }) {
      if (this.environment.name !== 'client') return;
      const isIn = (dir: string) => !relative(dir, resolve(file)).startsWith('..');
      const isMaterial = isIn(materialsDir);
      if (!isMaterial && !isIn(decksDir)) return;
      documents = null;
      const graph = this.environment.moduleGraph;
      for (const module of graph.idToModuleMap.values()) if (module.id?.startsWith('\0virtual:material')) graph.invalidateModule(module);
      if (!isMaterial) return; // the decks plugin reloads the pages
      this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
    buildStart() {
      documents = null;
    },
    resolveId(source) {
      return source === INDEX_ID || source === DOCUMENTS_ID ? `\0${source}` : null;
    },
    load(id) {
      if (id !== `\0${INDEX_ID}` && id !== `\0${DOCUMENTS_ID}`) return null;
      // Files, not the folder: under `npm run dev` a watched path becomes an import Vite resolves.
      for (const file of materialSources({ materialsDir, decksDir })) this.addWatchFile(file);
      const all = read();
      return `export const materials = ${JSON.stringify(id === `\0${INDEX_ID}` ? indexOf(all) : all)};`;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'materials.json', source: JSON.stringify({ materials: indexOf(read()) }, null, 1) });
    },
  };
}
