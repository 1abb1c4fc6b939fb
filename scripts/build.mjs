// The bundling step of `npm run build` (and so of `npm start`): `vite build`, except that a deck
// mistake prints as the one line `file:line: message` a trainer can act on, instead of the
// bundler's report and stack trace around it. Any other failure prints as Vite prints it.
// Usage: node scripts/build.mjs [--logLevel info|warn|error|silent]
import { build, createLogger } from 'vite';

// The names of the errors src/tools/vite-plugin-decks.ts throws for a mistake in the decks; a bug
// in the plugin itself keeps its stack trace.
const DECK_MISTAKES = ['DeckError', 'CoverageError'];
const levelAt = process.argv.indexOf('--logLevel');
const logLevel = levelAt === -1 ? 'info' : process.argv[levelAt + 1];

// Vite reports "✗ Build failed in …" before it throws; held back until we know it is no deck mistake.
const logger = createLogger(logLevel);
const heldBack = [];
const customLogger = {
  ...logger,
  error(message, options) {
    if (/Build failed in/.test(message)) heldBack.push(message);
    else logger.error(message, options);
  },
};

try {
  await build({ logLevel, customLogger });
} catch (error) {
  const mistakes = (error.errors ?? [error]).filter((inner) => DECK_MISTAKES.includes(inner.name));
  if (mistakes.length > 0) {
    for (const mistake of mistakes) console.error(mistake.message);
  } else {
    for (const message of heldBack) logger.error(message);
    console.error(error);
  }
  process.exit(1);
}
