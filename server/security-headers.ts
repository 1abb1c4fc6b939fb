/** Headers every response carries: what the page may load, who may frame it, what leaks out. */

/**
 * Scripts only from this server (plus the exact inline scripts allowed by hash); styles may be
 * inline because Reveal and Lit set style attributes; framing only by our own pages (Reveal's
 * speaker view shows the deck in iframes); no referrer, so a join code never leaves in one.
 */
export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  const policy = [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
  return {
    'content-security-policy': policy,
    'x-frame-options': 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
