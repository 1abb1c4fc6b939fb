/**
 * A slide's Markdown as HTML the way reveal.js's Markdown plugin renders it, only at build time:
 * `<!-- .element: … -->` sets attributes on the element before it (or the one around it),
 * `<!-- .slide: … -->` on the slide, and every file a slide shows from beside the deck (a picture,
 * a background, a video's `src`) goes through `mediaUrl`, which the Vite plugin turns into a
 * bundled file. Pure.
 */
import { Marked, Renderer, type RendererObject, type Token, type Tokens } from 'marked';
import { BlockError, type SourceLine } from '../kind/kind.ts';
import { checkMediaPath } from './media-path.ts';
import { AttributeError, mediaPathsIn, readAttributeComment, type Attribute } from './reveal-attributes.ts';

/** The URL the page loads for a checked media path (`media/a.png`); throws a BlockError when there is no such file. */
export type MediaUrl = (path: string, line: number) => string;

export type RenderedMarkdown = { html: string; slideAttributes: Attribute[] };

/** Renderer methods that write one element, whose opening tag an `.element` comment adds to. */
const ELEMENT_RENDERERS = ['paragraph', 'heading', 'list', 'listitem', 'blockquote', 'code', 'table', 'hr', 'strong', 'em', 'codespan', 'del', 'link', 'image'] as const;
/** The token types those methods render (a list item's token is `list_item`). */
const ELEMENT_TOKENS = new Set<string>([...ELEMENT_RENDERERS.filter((name) => name !== 'listitem'), 'list_item']);
/** What a comment with no element before it inside its container applies to. */
type Container = Token | 'slide' | 'after-block';

export function createRevealMarkdown(mediaUrl: MediaUrl = (path) => path) {
  const attributesOf = new WeakMap<Token, Attribute[]>();
  const renderer: RendererObject = {};
  for (const name of ELEMENT_RENDERERS) {
    const render = Renderer.prototype[name] as (this: Renderer, token: Token) => string;
    (renderer as Record<string, unknown>)[name] = function (this: Renderer, token: Token) {
      const html = render.call(this, token);
      const attributes = attributesOf.get(token);
      return attributes ? withAttributes(html, attributes) : html;
    };
  }
  const marked = new Marked({ gfm: true, async: false, renderer });

  const resolve = (written: string, line: number, name?: string): string => {
    const checked = checkMediaPath(written);
    if ('problem' in checked) throw new BlockError(line, name ? `"${name}": ${checked.problem}` : checked.problem);
    return mediaUrl(checked.path, line);
  };
  const withMedia = (attribute: Attribute, line: number): Attribute => {
    const paths = mediaPathsIn(attribute);
    return paths ? { ...attribute, value: paths.map((path) => resolve(path, line, attribute.name)).join(',') } : attribute;
  };
  const withMediaInHtml = (html: string, line: number): string =>
    html.replace(/(\s(?:src|poster|data-src)\s*=\s*)"([^"]*)"/gi, (_, lead: string, path: string) => `${lead}"${resolve(path, line)}"`);

  /**
   * `lines` are Markdown between the slide's start or a block and the next block; `isSlideStart`
   * says nothing came before them, so a comment with no element before it is the slide's.
   */
  function render(lines: SourceLine[], { isSlideStart }: { isSlideStart: boolean }): RenderedMarkdown {
    const text = lines.map((l) => l.text).join('\n');
    const lineAt = (offset: number) => (lines[0]?.line ?? 1) + (text.slice(0, Math.max(offset, 0)).match(/\n/g)?.length ?? 0);
    const slideAttributes: Attribute[] = [];

    const setOn = (target: Container, attributes: Attribute[], line: number) => {
      if (target === 'slide') return void slideAttributes.push(...attributes);
      if (target === 'after-block') {
        throw new BlockError(line, 'this .element comment has only an exercise or join block above it, so Reveal would set it on that live element: put it after a text, list or picture');
      }
      if (!ELEMENT_TOKENS.has(target.type)) throw new BlockError(line, 'an .element comment after HTML: write the attribute in the HTML tag itself');
      attributesOf.set(target, [...(attributesOf.get(target) ?? []), ...attributes]);
    };

    /**
     * Reveal's walk: a comment applies to the nearest element before it among its siblings, else
     * to their container. `blockStart` is where the enclosing top-level block starts in `text`
     * (null at the top level, where each token's own offset is counted), to find a token's line.
     */
    const walk = (tokens: Token[], container: Container, blockStart: number | null) => {
      let previous: Container = container;
      let before: Token | undefined;
      let offset = 0;
      for (const token of tokens) {
        const start = blockStart ?? offset;
        const line = lineAt(text.indexOf(token.raw, start));
        if (token.type === 'html') {
          const comment = readComment(token.text, line);
          if (comment) {
            const attributes = comment.attributes.map((attribute) => withMedia(attribute, line));
            if (comment.target === 'slide') slideAttributes.push(...attributes);
            // Right under a list, with no blank line between, Reveal gives it to the list's last item.
            else if (token.block && before?.type === 'list') setOn((before as Tokens.List).items.at(-1)!, attributes, line);
            else setOn(previous, attributes, line);
            token.text = '';
          } else {
            token.text = withMediaInHtml(token.text, line);
            // An opening tag is an element; Reveal skips <br>, and a closing tag is no new element.
            if (/^\s*<(?!br\b)[a-z]/i.test(token.text)) previous = token;
          }
        } else {
          if (token.type === 'image') (token as Tokens.Image).href = resolve((token as Tokens.Image).href, line);
          for (const [children, inner] of childrenOf(token)) walk(children, inner ?? container, start);
          if (ELEMENT_TOKENS.has(token.type)) previous = token;
        }
        before = token;
        offset += token.raw.length;
      }
    };

    const tokens = marked.lexer(text);
    walk(tokens, isSlideStart ? 'slide' : 'after-block', null);
    return { html: marked.parser(tokens), slideAttributes };
  }

  return { render, inline: (markdown: string) => marked.parseInline(markdown) as string };
}

/** A token's children, each list with the container its comments fall back to (undefined: the same as the token's). */
function childrenOf(token: Token): [Token[], Token | undefined][] {
  if (token.type === 'list') return (token as Tokens.List).items.map((item) => [item.tokens, item]);
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].map((cell) => [cell.tokens, token]);
  }
  if (token.type === 'image' || !('tokens' in token) || !token.tokens) return [];
  // A tight list item's text is not an element of its own: its comments belong to the item.
  return [[token.tokens, token.type === 'text' ? undefined : token]];
}

function readComment(html: string, line: number) {
  try {
    return readAttributeComment(html);
  } catch (error) {
    if (error instanceof AttributeError) throw new BlockError(line, error.message);
    throw error;
  }
}

/** The attributes as HTML, values escaped (` a="1" b="2"`). */
export function attributesHtml(attributes: Attribute[]): string {
  return attributes.map(({ name, value }) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`).join('');
}

/** Adds attributes to the first tag of `html`, replacing those it already has, as setAttribute does. */
export function withAttributes(html: string, attributes: Attribute[]): string {
  const merged = new Map<string, string>();
  for (const { name, value } of attributes) merged.set(name, value);
  return html.replace(/^(\s*<[a-zA-Z][\w-]*)([^>]*?)(\s*\/?>)/, (_, open: string, existing: string, close: string) => {
    const kept = existing.replace(/\s([^\s=]+)(="[^"]*")?/g, (attribute: string, name: string) => (merged.has(name) ? '' : attribute));
    return `${open}${kept}${attributesHtml([...merged].map(([name, value]) => ({ name, value })))}${close}`;
  });
}
