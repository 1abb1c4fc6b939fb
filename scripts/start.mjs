// `npm start`: rebuild what is stale (decks, browser code, server), then run the server.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'build/.built-at');
const inputs = ['decks', 'materials', 'src', 'server', 'public', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json', 'package-lock.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(stamp) && existsSync(join(root, 'dist/manifest.json')) ? statSync(stamp).mtimeMs : 0;
if (Math.max(...inputs.map((input) => newestChange(join(root, input)))) > builtAt) {
  console.log('Building decks and server…');
  try {
    execSync('npm run --silent build', { cwd: root, stdio: 'inherit' });
  } catch {
    // The build has said what is wrong (a deck mistake as its one line file:line: message).
    process.exit(1);
  }
  writeFileSync(stamp, new Date().toISOString());
}
await import(join(root, 'build/server/main.js'));
