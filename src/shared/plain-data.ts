/** Whether a decoded value is plain data; no DOM, no Node. */

/**
 * True for values made only of primitives, arrays and objects whose prototype is Object's.
 * lib0 decodes an object key "__proto__" by setting the object's prototype, so a hand-made
 * client can hide fields there: invisible to `Object.keys` (and so to a schema check and to
 * every re-encoding), yet read by `value.field`. An answer must be exactly what it shows.
 */
export function isPlainData(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) return prototype === Array.prototype && value.every(isPlainData);
  return prototype === Object.prototype && Object.values(value).every(isPlainData);
}
