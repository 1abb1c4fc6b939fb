/** Writing a derived document key by key: a value is written only when it changed. */
import type * as Y from 'yjs';

/**
 * Sets `key` to `value` when its JSON differs from what the map holds (undefined deletes it).
 * Yjs would otherwise store and send an unchanged value again, to every phone that reads it.
 */
export function setIfChanged<T>(map: Y.Map<T>, key: string, value: T | undefined): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) {
    map.set(key, value);
  }
}
