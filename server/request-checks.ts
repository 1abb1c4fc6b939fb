/**
 * Checks on a request's headers that keep other web pages and other host names out: a page a
 * participant happens to open must not make the trainer's browser change anything here (CSRF),
 * and a name that resolves to this laptop must not make it a foreign origin (DNS rebinding).
 */
import type { IncomingMessage } from 'node:http';

/** The host name in a Host header ("[::1]:8080" → "::1"), lower case; '' when it is missing. */
export function hostNameOf(hostHeader: string | undefined): string {
  const host = (hostHeader ?? '').trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.split(':')[0];
}

/** Whether the Host header names this server (one of `allowed`). */
export function isAllowedHost(request: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  return allowed.has(hostNameOf(request.headers.host));
}

/**
 * A browser sends Origin with every POST and WebSocket handshake; it must be this server as the
 * browser addressed it. Tools without a browser send none and are not a cross-site risk.
 */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === (request.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

/** A JSON body: a form or text/plain body, which any page may post without asking, is not. */
export function isJsonRequest(request: IncomingMessage): boolean {
  return /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
}
