// `npm run dev`: the live server (real rooms, the trainer key, the same checks as `npm start`)
// with Vite's dev server in place of the build: a saved deck reloads the open deck page on the
// same slide, in the same room, and a deck mistake shows on the page with file:line.
// What it relaxes against `npm start` is listed in docs/authoring-reveal.md ("npm run dev").
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const { loadConfig } = await import(join(root, 'build/server/config.js'));
const { pickLanAddress } = await import(join(root, 'build/server/lan-address.js'));
const { startServer } = await import(join(root, 'build/server/server.js'));
const { inlineScriptHashes } = await import(join(root, 'build/server/inline-script-hashes.js'));
const { createDevFiles } = await import(join(root, 'build/src/tools/dev-server.js'));

try {
  const config = loadConfig(process.env, process.cwd());
  const files = await createDevFiles({ projectRoot: root });
  // Reveal's speaker view writes its page with an inline script; the policy allows it by hash.
  const notesPlugin = createRequire(import.meta.url).resolve('reveal.js/plugin/notes');
  const running = await startServer({
    config,
    publicHost: pickLanAddress(networkInterfaces()) ?? 'localhost',
    files,
    manifest: files.manifest,
    scriptHashes: inlineScriptHashes(readFileSync(notesPlugin, 'utf8')),
    log: (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
  });
  console.log(`Trainer: ${running.trainerUrl}`);
  console.log(`Join:    ${running.joinUrl}`);
  console.log(`Data:    ${config.dataDir}   (dev: decks are watched; a saved deck reloads the open deck page)`);
  const stop = async () => {
    await running.close();
    await files.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(`Cannot start: ${error.message}`);
  process.exit(1);
}
