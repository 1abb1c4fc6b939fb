/** Free space where the answers are stored: below a floor the server opens no new rooms. */
import { statfs } from 'node:fs/promises';

/** Bytes free for this user on the file system that holds `dir`. */
export async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

const mb = (bytes: number) => Math.floor(bytes / (1024 * 1024));

/** Why a new room is refused, for the log (English), or null when there is room enough. */
export function diskSpaceProblem(free: number, floor: number): string | null {
  if (free >= floor) return null;
  return `too little free disk space for new rooms: ${mb(free)} MB free, ${mb(floor)} MB needed (MIN_FREE_DISK_MB)`;
}

/** The same for the trainer's screen (Dutch): what is wrong and what to do. */
export function diskSpaceAdvice(free: number, floor: number): string {
  return `Te weinig vrije schijfruimte voor een nieuwe live sessie: ${mb(free)} MB vrij, ${mb(floor)} MB nodig. Maak ruimte vrij op deze laptop en laad de pagina opnieuw. Sessies die al open zijn, werken gewoon door.`;
}
