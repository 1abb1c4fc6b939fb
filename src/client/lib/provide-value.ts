/**
 * Answers the Lit context protocol's `context-request` for one fixed value, without
 * `@lit/context`'s provider: the phone page provides only its storage, which never changes, and
 * every byte counts on the join page (see `scripts/join-weight.mjs`). Consumers that subscribe
 * get the value once, which for a value that never changes is all there is.
 */
type ContextRequest = Event & { context: unknown; callback: (value: unknown, unsubscribe?: () => void) => void };

export function provideValue<T>(host: HTMLElement, context: unknown, value: T): void {
  host.addEventListener('context-request', (event) => {
    const request = event as ContextRequest;
    if (request.context !== context) return;
    event.stopPropagation();
    request.callback(value);
  });
}
