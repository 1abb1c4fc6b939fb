/**
 * Reads a slide's HTML, as the build made it, into a tree of elements and text, so the follow
 * view can pick what a participant may read (follow-slides.ts). Pure and small on purpose: the
 * input is marked's own output (every tag closed, text escaped) plus the little raw HTML a deck's
 * author writes (`<small>`, a custom element). Where it is unsure it nests deeper than a browser
 * would (a tag left open holds what follows; a stray closing tag is ignored), so content near a
 * fragment is hidden with it rather than shown early.
 */

export type HtmlElement = { tag: string; attributes: Record<string, string>; children: HtmlNode[] };
export type HtmlNode = HtmlElement | string;

/** Elements without content or closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their closing tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG = /^<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…', shy: '\u00ad',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', euro: '€', times: '×', middot: '·', rarr: '→', larr: '←', ge: '≥', le: '≤',
};

/** The HTML as a list of top-level nodes. Comments are dropped; entities in text and attributes are decoded. */
export function readHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] };
  const open: HtmlElement[] = [root];
  const current = () => open[open.length - 1];
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    const textEnd = next === -1 ? html.length : next;
    if (textEnd > at) addText(current(), html.slice(at, textEnd));
    if (next === -1) break;
    at = next;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const tag = TAG.exec(html.slice(at));
    if (!tag) {
      // A "<" that opens no tag (e.g. a doctype, or a lone "<" an author typed) is text.
      addText(current(), '<');
      at += 1;
      continue;
    }
    at += tag[0].length;
    const [, closing, rawName, rawAttributes, selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      const index = open.map((element) => element.tag).lastIndexOf(name);
      if (index > 0) open.length = index;
      continue;
    }
    const element: HtmlElement = { tag: name, attributes: readAttributes(rawAttributes), children: [] };
    current().children.push(element);
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, at);
      const content = html.slice(at, end === -1 ? html.length : end);
      if (content) element.children.push(decodeEntities(content));
      at = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
    } else if (!VOID.has(name) && !selfClosing) {
      open.push(element);
    }
  }
  return root.children;
}

/** The text of a tree, as a screen reader would read its words (no markup, whitespace as written). */
export function textOf(nodes: readonly HtmlNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}

function addText(parent: HtmlElement, raw: string) {
  const text = decodeEntities(raw);
  const last = parent.children.at(-1);
  if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
  else parent.children.push(text);
}

function readAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single, bare] of raw.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    // As in a browser, the first of a repeated attribute counts.
    if (!Object.hasOwn(attributes, key)) attributes[key] = decodeEntities(double ?? single ?? bare ?? '');
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] !== '#') return Object.hasOwn(NAMED_ENTITIES, body.toLowerCase()) ? NAMED_ENTITIES[body.toLowerCase()] : entity;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
