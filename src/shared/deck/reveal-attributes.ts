/**
 * Reveal's attribute comments, `<!-- .slide: … -->` and `<!-- .element: … -->`, read as reveal.js's
 * Markdown plugin reads them, and checked: a deck sets only what a trainer needs (classes, an id,
 * a style, a title, a size, Reveal's `data-*` attributes) and nothing that runs script or loads a
 * page. Pure.
 */
import { riskyScheme, schemeRisk } from './media-path.ts';

export type Attribute = { name: string; value: string };
export type AttributeComment = { target: 'slide' | 'element'; attributes: Attribute[] };

/** A comment that is Reveal's but cannot be used; the message says what to write instead. */
export class AttributeError extends Error {}

const COMMENT = /^<!--\s*\.(slide|element)\b:?([\s\S]*?)-->\s*$/;
const ATTRIBUTE = /^\s+(?:([A-Za-z_:][\w:.-]*)="([^"]*)"|(data-[a-z0-9-]+)(?=\s|$))/;
const NAMED = ['class', 'id', 'style', 'title', 'width', 'height'];
/** Attributes Reveal reads as a web page to show in a frame: the deck's page policy and the offline room forbid both. */
const PAGE_ATTRIBUTES = ['data-background-iframe', 'data-preview-link'];
/** Set by our own build; a comment setting them would detach the slide from its exercise. */
const RESERVED = ['data-exercise'];

/** The comment's target and attributes, or null when it is an ordinary comment. Throws AttributeError on a mistake. */
export function readAttributeComment(html: string): AttributeComment | null {
  const comment = COMMENT.exec(html.trim());
  if (!comment) return null;
  const attributes: Attribute[] = [];
  let rest = ` ${comment[2].trimEnd()}`;
  while (rest.trim()) {
    const match = ATTRIBUTE.exec(rest);
    if (!match) {
      const unread = rest.trim().split(/\s+/)[0];
      throw new AttributeError(`cannot read "${unread}" in the .${comment[1]} comment: write each attribute as name="value"`);
    }
    const attribute = match[1] ? { name: match[1], value: match[2] } : { name: match[3], value: '' };
    const problem = attributeProblem(attribute);
    if (problem) throw new AttributeError(problem);
    attributes.push(attribute);
    rest = rest.slice(match[0].length);
  }
  return { target: comment[1] as 'slide' | 'element', attributes };
}

/** What is wrong with letting a deck set this attribute, or null. */
export function attributeProblem({ name, value }: Attribute): string | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return `"${name}" runs script: a deck holds no script`;
  if (RESERVED.includes(lower)) return `"${name}" is set by the slide's exercise block: leave it out`;
  if (PAGE_ATTRIBUTES.includes(lower)) return `"${name}" shows a web page: the deck runs offline and its page shows only its own files`;
  if (!NAMED.includes(lower) && !/^data-[a-z0-9-]+$/.test(name)) {
    return `"${name}" is not an attribute a deck may set: use ${NAMED.join(', ')} or data-…`;
  }
  const scheme = riskyScheme(value);
  if (scheme) return `"${name}": a "${scheme}:" link ${schemeRisk(scheme)}`;
  if (lower === 'class' && !/^[\w\s-]*$/.test(value)) return `"class" holds class names: letters, digits, "-" and "_", separated by spaces`;
  if (lower === 'id' && !/^[A-Za-z][\w-]*$/.test(value)) return `"id" starts with a letter and holds letters, digits, "-" and "_"`;
  if (lower === 'style' && /url\s*\(|expression\s*\(|@import|[\\<>]/i.test(value)) {
    return `"style" may set colours and sizes but load nothing: put a picture in decks/media/ and use data-background-image or ![…](media/…)`;
  }
  return null;
}

/**
 * The media paths in a value, for the attributes whose value names files: background images and
 * videos (a video lists its sources with commas), lazy-loaded sources, lightbox previews, and
 * Reveal's short `data-background` when it names a picture rather than a colour. Null for others.
 */
export function mediaPathsIn({ name, value }: Attribute): string[] | null {
  if (name === 'data-background-video') return value.split(',').map((path) => path.trim());
  if (['data-background-image', 'data-src', 'data-preview-image', 'data-preview-video'].includes(name)) return [value.trim()];
  // Reveal's own test for the short form (backgrounds.js): a link, or a picture's extension.
  if (name === 'data-background' && (/^(http|file|\/\/)/i.test(value) || /\.(svg|png|jpg|jpeg|gif|bmp|webp)([?#\s]|$)/i.test(value))) {
    return [value.trim()];
  }
  return null;
}
