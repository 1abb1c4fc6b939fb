/**
 * Answers the Lit context protocol's `context-request` for a value that arrives later (the member's
 * history, fetched after joining): subscribers get it again when it is set. Written by hand for the
 * join page, as provide-value.ts is: @lit/context's provider would add files to the list the page
 * carries of what its later parts load.
 */
type Callback = (value: unknown, unsubscribe?: () => void) => void;
type ContextRequest = Event & { context: unknown; callback: Callback; subscribe?: boolean };

/** Provides `context` on `host`, undefined at first; returns the way to set its value. */
export function provideLater<T>(host: HTMLElement, context: unknown): (value: T) => void {
  let current: T | undefined;
  /** Each subscriber with its own unsubscribe, passed the same each time (a consumer that gets a new one drops the old). */
  const subscribers = new Map<Callback, () => void>();
  host.addEventListener('context-request', (event) => {
    const request = event as ContextRequest;
    if (request.context !== context) return;
    event.stopPropagation();
    if (!request.subscribe) return request.callback(current);
    const unsubscribe = () => subscribers.delete(request.callback);
    subscribers.set(request.callback, unsubscribe);
    request.callback(current, unsubscribe);
  });
  return (value) => {
    current = value;
    for (const [callback, unsubscribe] of subscribers) callback(value, unsubscribe);
  };
}
