/**
 * CSP hashes of the inline scripts our own bundles write with `document.write`. Reveal's speaker
 * view is such a page (a popup that inherits the deck's policy); allowing exactly its script by
 * hash keeps `script-src` free of 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

const WRITE_CALL = 'document.write(';

/** The string literal that starts at `start` (its quote), or null when it does not end. */
function literalAt(source: string, start: number): string | null {
  const quote = source[start];
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return source.slice(start, i + 1);
  }
  return null;
}

/** `'sha256-…'` for every <script> inside a string literal passed to document.write in `source`. */
export function inlineScriptHashes(source: string): string[] {
  const hashes: string[] = [];
  for (let at = source.indexOf(WRITE_CALL); at >= 0; at = source.indexOf(WRITE_CALL, at + 1)) {
    const start = at + WRITE_CALL.length;
    if (!'`"\''.includes(source[start])) continue;
    const literal = literalAt(source, start);
    // A template with placeholders is not a fixed text: no hash can allow it.
    if (!literal || (literal.startsWith('`') && literal.includes('${'))) continue;
    // Our own build's literal, evaluated in an empty context to get its exact text.
    const html = String(runInNewContext(literal, {}));
    for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
      hashes.push(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
    }
  }
  return hashes;
}

/** The hashes for every bundle in a build's assets folder (none when there is no build). */
export function inlineScriptHashesOfBuild(distDir: string): string[] {
  const assets = join(distDir, 'assets');
  let names: string[];
  try {
    names = readdirSync(assets).filter((name) => name.endsWith('.js'));
  } catch {
    return [];
  }
  const hashes = names.flatMap((name) => {
    const source = readFileSync(join(assets, name), 'utf8');
    return source.includes(WRITE_CALL) ? inlineScriptHashes(source) : [];
  });
  return [...new Set(hashes)];
}
