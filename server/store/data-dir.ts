/**
 * Makes sure DATA_DIR is a folder the server can write in before the store opens it, so a bad
 * setting stops `npm start` with one clear line instead of a LevelDB error (or, for a path
 * under /proc, Node 20's recursive mkdir looping forever).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const HINT = 'set DATA_DIR to a folder the server can write in';

export class DataDirError extends Error {}

/** Creates `dir` (and missing parents) when needed and proves a file can be written in it. */
export function prepareDataDir(dir: string): void {
  const missing: string[] = [];
  let existing = dir;
  while (!exists(existing)) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (!statSync(existing).isDirectory()) {
    throw new DataDirError(`${existing} is a file, not a folder; ${HINT}`);
  }
  // One level at a time: recursive mkdir can loop forever where the kernel answers ENOENT (/proc).
  for (const folder of missing) attempt(() => mkdirSync(folder), `cannot create the folder ${folder}`);
  const probe = `${dir}/.write-test-${process.pid}`;
  attempt(() => {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, Buffer.alloc(4096)); // a full disk refuses data, not always an empty file
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      unlinkSync(probe);
    }
  }, `cannot write in ${dir}`);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch (error) {
    // ENOTDIR: a parent is a file; the walk up finds it and says so.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw new DataDirError(`cannot use ${path} (${code}); ${HINT}`);
  }
}

function attempt(action: () => void, what: string): void {
  try {
    action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const why = code === 'ENOSPC' ? 'the disk is full' : code;
    throw new DataDirError(`${what} (${why}); ${HINT}`);
  }
}
