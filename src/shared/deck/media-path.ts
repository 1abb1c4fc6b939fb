/**
 * The rule for files a slide shows from beside the deck (`decks/media/…`): a path from the decks
 * folder that stays inside it, to a picture, video or sound. Pure; the Vite plugin checks that
 * the file exists and bundles it.
 */

const MEDIA_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'mp4', 'webm', 'mp3', 'ogg', 'wav', 'm4a'];
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The path as the decks folder knows it (`./media/a.png` → `media/a.png`), or what is wrong with it. */
export function checkMediaPath(written: string): { path: string } | { problem: string } {
  const path = written.trim();
  if (/^https?:/i.test(path) || path.startsWith('//')) {
    return {
      problem: `"${path}": a file from the internet does not show: the deck runs offline and its page loads only its own files; save it in decks/media/ and write media/<name>`,
    };
  }
  const scheme = SCHEME.exec(path)?.[1].toLowerCase();
  if (scheme) return { problem: `"${path}": a "${scheme}:" link ${schemeRisk(scheme)}` };
  if (path.startsWith('/') || path.startsWith('\\')) return { problem: `"${path}": write the path from the deck's folder, e.g. media/foto.jpg` };
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') {
      if (segments.length === 0) return { problem: `"${path}" points outside the decks folder: a path stays inside the decks folder, e.g. media/foto.jpg` };
      segments.pop();
    } else if (segment !== '.' && segment !== '') {
      segments.push(segment);
    }
  }
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase();
  if (!extension || !MEDIA_EXTENSIONS.includes(extension)) {
    return { problem: `"${path}" is not a picture, video or sound file (${MEDIA_EXTENSIONS.join(', ')})` };
  }
  return { path: segments.join('/') };
}

/** Why a link with this scheme has no place in a deck. */
export function schemeRisk(scheme: string): string {
  return scheme === 'data' ? 'hides a file inside the deck: save it in decks/media/ and write media/<name>' : 'runs script or leaves the deck';
}

/** Whether a value is a link of a scheme that runs script or smuggles content (`javascript:`, `data:` …). */
export function riskyScheme(value: string): string | null {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this strips
  const scheme = SCHEME.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1].toLowerCase();
  return scheme && ['javascript', 'vbscript', 'data'].includes(scheme) ? scheme : null;
}
