/**
 * Provides a context value to every consumer under a plain element (a page's `<body>`), the way
 * a Lit element would with `@provide`. Provide before the consumers connect: they ask once.
 */
import { ContextProvider, type Context, type ContextType } from '@lit/context';

/** Returns the tear-down: consumers that connect afterwards get nothing from `host`. */
export function provide<C extends Context<unknown, unknown>>(host: HTMLElement, context: C, value: ContextType<C>): () => void {
  const provider = new ContextProvider(host, { context, initialValue: value });
  return () => {
    host.removeEventListener('context-request', provider.onContextRequest);
    host.removeEventListener('context-provider', provider.onProviderRequest);
    provider.clearCallbacks();
  };
}
