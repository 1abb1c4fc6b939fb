/** What a piece of code throws, for tests that look at the error rather than only at its message. */

/**
 * Runs `action` and returns the `kind` of error it throws. Anything else it throws is thrown on,
 * and throwing nothing fails the test.
 */
export function thrownBy<E extends Error>(action: () => unknown, kind: new (...args: never[]) => E): E {
  try {
    action();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected ${kind.name} to be thrown, but nothing was thrown`);
}
