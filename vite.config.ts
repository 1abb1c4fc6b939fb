/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { decksPlugin } from './src/tools/vite-plugin-decks.ts';
import { materialsPlugin } from './src/tools/vite-plugin-materials.ts';

const here = import.meta.dirname;
const decksDir = resolve(here, process.env.DECKS_DIR ?? 'decks');

export default defineConfig({
  root: resolve(here, 'src/client/pages'),
  publicDir: resolve(here, 'public'),
  // DECKS_DIR lets tests build a deck folder of their own (e.g. one with a mistake in it).
  // MATERIALS_DIR: the trainer's printable materials (materials/*.md) beside those decks.
  plugins: [decksPlugin({ decksDir }), materialsPlugin({ decksDir, materialsDir: resolve(here, process.env.MATERIALS_DIR ?? 'materials') })],
  build: {
    // OUT_DIR: the e2e tests build their own fixture decks beside the real ones (dist-fixtures/).
    outDir: resolve(here, process.env.OUT_DIR ?? 'dist'),
    emptyOutDir: true,
    // .vite/manifest.json: the server reads which files the join page needs; only those are public.
    manifest: true,
    // No modulepreload polyfill: browsers without <link rel=modulepreload> still load each chunk
    // when it is imported, just without the head start, and the join page saves its bytes. A page
    // preloads its own static imports (the <link>s in its HTML), but a part loaded later (a phone
    // view) fetches its own imports: Vite's preload helper and dependency table cost the join page
    // about 400 bytes (decision 0088).
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      // On a busy machine the decks plugin (which parses every deck) can take most of a build,
      // and Rolldown then prints a PLUGIN_TIMINGS warning before a deck mistake: a build's
      // output should say what is wrong with the decks, not how long it took.
      checks: { bundlerTimings: false },
      input: {
        index: resolve(here, 'src/client/pages/index.html'),
        deck: resolve(here, 'src/client/pages/deck.html'),
        join: resolve(here, 'src/client/pages/join.html'),
        moderate: resolve(here, 'src/client/pages/moderate.html'),
        materials: resolve(here, 'src/client/pages/materials.html'),
        remote: resolve(here, 'src/client/pages/remote.html'),
      },
    },
  },
  test: {
    root: here,
    include: ['tests/**/*.test.ts'],
    // Browser and server tests start real processes; two cores, so keep files from piling up.
    maxWorkers: 2,
    testTimeout: 30_000,
    // expect.poll returns as soon as its value holds; its default second is too short on a loaded
    // machine (a member's deletion, a relayed lock), where a slow pass is not a failure.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    reporters: ['default', resolve(here, 'tests/support/summary-reporter.ts')],
  },
});
