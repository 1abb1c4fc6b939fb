/**
 * A phone's own scale answers, kept in its browser under `<deck>/<exercise>`, so a later session
 * asking the same item (`vergelijk:`) can show this participant, and only them, how it moved.
 */
import { readStored, writeStored } from '../../../client/lib/stored-json.ts';

const keyOf = (remember: string) => `mentorwijs:scale:${remember}`;

export function rememberScaleAnswer(storage: Storage, remember: string, value: number): void {
  writeStored(storage, keyOf(remember), value);
}

/** The answer this phone gave, or null when it kept none (another phone, cleared storage). */
export function recallScaleAnswer(storage: Storage, remember: string): number | null {
  const value = readStored<unknown>(storage, keyOf(remember));
  return typeof value === 'number' ? value : null;
}
