/** Free space where the answers are stored: below a floor the server opens no new rooms. */
import { statfs } from 'node:fs/promises';

/** Bytes free for this user on the file system that holds `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/** A trainer-facing reason to refuse a new room, or null when there is room enough. */
export function diskSpaceProblem(free: number, floor: number): string | null {
  if (free >= floor) return null;
  const mb = (bytes: number) => Math.floor(bytes / (1024 * 1024));
  return `too little free disk space for new rooms: ${mb(free)} MB free, ${mb(floor)} MB needed (MIN_FREE_DISK_MB). Free some space and try again; open rooms keep working.`;
}
