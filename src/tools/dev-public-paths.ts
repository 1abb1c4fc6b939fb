/**
 * Under `npm run dev`, which paths a browser without the trainer credential (a phone) may fetch:
 * the join page, Vite's client, and code: modules from `src/` and `node_modules/` and the
 * transform's helpers (open-source code, no deck in it). The decks' modules, their media, the trainer's pages and Vite's other
 * endpoints stay the trainer's, as the build's do under `npm start`. A remote (decision 0086)
 * may also fetch its own page; its code is under `src/` like the join page's.
 */
import { posix } from 'node:path';

const PAGES = ['/join', '/join.html', '/favicon.svg'];
const REMOTE_PAGES = ['/remote', '/remote.html'];
const VITE_CLIENT = ['/@vite/client', '/@vite/env'];
const FILE_SYSTEM = '/@fs/';
/** Helpers the dev transform imports into code (decorators); the decks' own modules are /@id/__x00__virtual:…. */
const TRANSFORM_HELPERS = '/@id/__x00__@oxc-project+runtime@';

/** `codeDirs`: absolute folders whose files are code anyone may have (src, node_modules, Vite's cache of dependencies). */
export function isPublicInDev(path: string, codeDirs: readonly string[]): boolean {
  if (PAGES.includes(path) || VITE_CLIENT.includes(path) || path.startsWith(TRANSFORM_HELPERS)) return true;
  if (!path.startsWith(FILE_SYSTEM)) return false;
  let file: string;
  try {
    file = posix.normalize(decodeURIComponent(path.slice(FILE_SYSTEM.length - 1)));
  } catch {
    return false;
  }
  return codeDirs.some((dir) => file.startsWith(`${dir.replace(/\/$/, '')}/`));
}

/** Whether a remote's cookie opens `path` besides what is public: its own page. */
export const isRemotePageInDev = (path: string): boolean => REMOTE_PAGES.includes(path);
