/**
 * The code is split by where it runs (docs/architecture.md): pure `src/shared` and the kinds' pure
 * parts, `src/sync`, `src/client` with the kinds' `views/`, `src/tools` and `server/`. These tests
 * read every import, so a layer that reaches up, or two folders that import each other, fail here
 * instead of in a reviewer's head.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const importPattern = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every relative import as [importing file, imported file], both relative to the repo root. */
const imports: [string, string][] = [...sourceFiles('src'), ...sourceFiles('server')].flatMap((file) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(importPattern)].map(
    ([, spec]) => [file, posix.normalize(posix.join(posix.dirname(file), spec))] as [string, string],
  ),
);

/** Which runtime a file belongs to, by the tsconfig that compiles it. */
function layerOf(file: string): string {
  if (/^src\/kinds\/.*\/?views\//.test(file)) return 'client';
  if (file.startsWith('src/kinds/')) return 'shared';
  return file.startsWith('server/') ? 'server' : file.split('/')[1];
}

/** What each runtime may import (besides itself). */
const allowed: Record<string, string[]> = {
  shared: [],
  sync: ['shared'],
  client: ['shared', 'sync'],
  tools: ['shared', 'sync'],
  server: ['shared'],
};

describe('the runtime split', () => {
  it('has a known layer for every source file', () => {
    const layers = new Set(imports.flat().map(layerOf));
    expect([...layers].filter((layer) => !(layer in allowed))).toEqual([]);
  });

  it('never imports from a layer above or beside', () => {
    const wrong = imports
      .filter(([from, to]) => layerOf(from) !== layerOf(to) && !allowed[layerOf(from)].includes(layerOf(to)))
      .map(([from, to]) => `${from} (${layerOf(from)}) → ${to} (${layerOf(to)})`);
    expect(wrong).toEqual([]);
  });

  it('has no two folders that import each other, directly or round about', () => {
    const edges = new Map<string, Set<string>>();
    for (const [from, to] of imports) {
      const [a, b] = [dirname(from), dirname(to)];
      if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    expect(folderCycles(edges)).toEqual([]);
  });
});

/** The strongly connected groups of more than one folder (Tarjan), each as a sorted list. */
function folderCycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do group.push((member = stack.pop()!));
      while (member !== node);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return cycles.map((group) => group.map((folder) => relative(root, join(root, folder))));
}
