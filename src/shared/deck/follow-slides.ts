/**
 * Builds, from a parsed deck, each slide as a participant may follow it on the phone (see
 * follow-view.ts): real text in a closed set of elements, the notes, exercise and join blocks and
 * every other live or embedded element left out, each picture as its text alternative, and each
 * fragment marked with the index Reveal gives it, so the server can cut the slide at the trainer's
 * step. Slides Reveal removes (`data-visibility="hidden"`) are left out, so `[h][v]` is Reveal's.
 * Pure; a fragment index Reveal cannot count is a mistake at the slide's line.
 */
import { DeckError, type ParsedDeck, type ParsedSlide } from './parse-deck.ts';
import { FOLLOW_TAGS, type FollowDeck, type FollowSlide, type FollowSource, type FollowTag, type FragmentMode } from './follow-view.ts';
import { readHtml, type HtmlElement, type HtmlNode } from './html-reader.ts';

/** Elements a phone never gets anything of: notes, live and embedded content, forms, scripts. */
const DROPPED = new Set([
  'aside', 'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math',
  'form', 'button', 'input', 'select', 'textarea', 'label', 'map', 'head', 'title', 'meta', 'link', 'hr',
]);
/** HTML elements shown as one of the phone's own (the rest give way to their content). */
const RENAMED = new Map<string, FollowTag>([['b', 'strong'], ['i', 'em'], ['s', 'del'], ['strike', 'del'], ['figcaption', 'p']]);
const KEPT = new Set<string>(FOLLOW_TAGS.filter((tag) => tag !== 'picture'));
/** Containers whose whitespace between children means nothing. */
const BLOCK_CONTAINERS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'blockquote', 'group']);
/** Fragment styles that are visible before their step too (Reveal's CSS shows them throughout). */
const ALWAYS_VISIBLE = /^(semi-fade-out|strike|grow|shrink|highlight-(current-)?(red|green|blue))$/;

export function followDeckOf(deck: ParsedDeck, file: string): FollowDeck {
  return deck.stacks
    .map((stack) => stack.flatMap((slide) => followSlideOf(slide, file) ?? []))
    .filter((stack) => stack.length > 0);
}

/** The slide for the phones, or null when Reveal removes it (`data-visibility="hidden"`). */
export function followSlideOf(slide: ParsedSlide, file: string): FollowSlide | null {
  const section = readHtml(slide.html).find((node): node is HtmlElement => typeof node !== 'string' && node.tag === 'section');
  if (!section || section.attributes['data-visibility'] === 'hidden') return null;
  const indexOf = fragmentIndices(section, (problem) => new DeckError(file, slide.line, problem));
  const tree = convert(section.children, indexOf, 'group');
  return { fragments: new Set(indexOf.values()).size, tree };
}

/**
 * Reveal's fragment order (its Fragments.sort): fragments with a `data-fragment-index` by that
 * number, gaps closed, then those without one each in its own step, in document order. Every
 * fragment of the slide counts, also one inside the notes or a live element, as in Reveal.
 */
function fragmentIndices(section: HtmlElement, mistake: (problem: string) => Error): Map<HtmlElement, number> {
  const fragments: HtmlElement[] = [];
  const visit = (nodes: HtmlNode[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (classesOf(node).includes('fragment')) fragments.push(node);
      visit(node.children);
    }
  };
  visit(section.children);
  const ordered = new Map<number, HtmlElement[]>();
  const unordered: HtmlElement[][] = [];
  for (const fragment of fragments) {
    const written = fragment.attributes['data-fragment-index'];
    if (written === undefined) {
      unordered.push([fragment]);
      continue;
    }
    if (!/^\d{1,6}$/.test(written.trim())) throw mistake(`data-fragment-index="${written}": write a whole number, 0 or more`);
    const index = Number(written.trim());
    ordered.set(index, [...(ordered.get(index) ?? []), fragment]);
  }
  const groups = [...[...ordered].sort(([a], [b]) => a - b).map(([, group]) => group), ...unordered];
  return new Map(groups.flatMap((group, index) => group.map((fragment) => [fragment, index] as const)));
}

function convert(nodes: HtmlNode[], indexOf: Map<HtmlElement, number>, parent: string): FollowSource[] {
  return nodes.flatMap((node): FollowSource[] => {
    if (typeof node === 'string') return BLOCK_CONTAINERS.has(parent) && !node.trim() ? [] : [node];
    if (isDropped(node)) return [];
    // A folded <details> shows its summary until someone opens it on the projector, a click the
    // phones cannot follow: they get the summary alone, so an answer folded away stays hidden.
    if (node.tag === 'details' && !Object.hasOwn(node.attributes, 'open')) return convert(node.children.filter(isSummary), indexOf, parent);
    const mark = fragmentMark(node, indexOf);
    if (node.tag === 'img') {
      const alt = (node.attributes.alt ?? '').trim();
      return alt ? [{ t: 'picture', alt, ...mark }] : [];
    }
    const tag = RENAMED.get(node.tag) ?? (KEPT.has(node.tag) ? (node.tag as FollowTag) : 'group');
    const children = convert(node.children, indexOf, tag);
    if (tag === 'group' && !mark.m) return children;
    if (tag === 'br') return [{ t: 'br', ...mark }];
    return [{ t: tag, c: children, ...mark }];
  });
}

/** What a phone never gets: the notes, a custom (live) element, embedded content, anything marked hidden. */
function isDropped(element: HtmlElement): boolean {
  return DROPPED.has(element.tag) || element.tag.includes('-') || Object.hasOwn(element.attributes, 'hidden') || element.attributes['aria-hidden'] === 'true';
}

function fragmentMark(element: HtmlElement, indexOf: Map<HtmlElement, number>): { f?: number; m?: FragmentMode } {
  const index = indexOf.get(element);
  if (index === undefined) return {};
  const classes = classesOf(element);
  if (classes.some((name) => ALWAYS_VISIBLE.test(name))) return {};
  if (classes.includes('fade-out')) return { f: index, m: 'out' };
  if (classes.includes('current-visible') || classes.includes('fade-in-then-out')) return { f: index, m: 'only' };
  return { f: index, m: 'in' };
}

const isSummary = (node: HtmlNode) => typeof node !== 'string' && node.tag === 'summary';

function classesOf(element: HtmlElement): string[] {
  return (element.attributes.class ?? '').split(/\s+/).filter(Boolean);
}
