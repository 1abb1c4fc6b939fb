/**
 * Follow along: what a participant's phone may show of the slide the trainer is on. The build
 * makes each slide's participant tree once (follow-slides.ts: no notes, no exercise, pictures as
 * their text alternative, fragments marked); the server cuts it at the step the trainer's stage
 * names (`followViewAt`) and writes only that to the public stage. A phone therefore never holds a
 * later fragment, a later slide or a note. Pure.
 */

/** The elements a phone renders: a closed set, rendered one by one as Lit templates, never as HTML. */
export const FOLLOW_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'pre', 'blockquote', 'br',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'small', 'del', 'sup', 'sub', 'picture',
] as const;
export type FollowTag = (typeof FOLLOW_TAGS)[number];

/** A node of the view a phone gets: text, or an element of the closed set (`picture` carries its text alternative). */
export type FollowNode = string | { t: FollowTag; c?: FollowNode[]; alt?: string };

/**
 * How a fragment shows (Reveal's classes): `in` from its step on (the default, `fade-up`, …),
 * `out` until its step (`fade-out`), `only` at its step alone (`current-visible`,
 * `fade-in-then-out`). Fragments that are visible throughout (`highlight-*`, `strike`, `grow`…)
 * need no mark.
 */
export type FragmentMode = 'in' | 'out' | 'only';

/** A node as the build keeps it, for the server only: fragments carry their step (`f`, Reveal's index) and mode; `group` stands for an element the phone does not render but whose fragment mark counts. */
export type FollowSource = string | { t: FollowTag | 'group'; c?: FollowSource[]; alt?: string; f?: number; m?: FragmentMode };

/** One slide for the phones: its tree and how many fragment steps Reveal counts on it. */
export type FollowSlide = { fragments: number; tree: FollowSource[] };
/** A deck's slides as Reveal indexes them after dropping hidden slides: `[h][v]`. */
export type FollowDeck = FollowSlide[][];

/** The public stage's `view`: the slide as far as the trainer has shown it. */
export type FollowView = {
  h: number;
  v: number;
  /** 0: no fragment shown yet; n: the first n fragment steps shown. */
  step: number;
  /** The first heading shown, or '' when the slide shows none yet. */
  title: string;
  body: FollowNode[];
  /** What this step added (the text of its fragments), for the phone's live region; '' at step 0. */
  news: string;
};

/**
 * The view of the slide `position` names (`{h, v, f}` as the trainer's deck writes it; `f`
 * Reveal's fragment index, -1 or absent when none is shown), or null when it names no slide or
 * fragment of this deck: a phone then gets nothing rather than a guess.
 */
export function followViewAt(deck: FollowDeck | undefined, position: unknown): FollowView | null {
  if (!deck || typeof position !== 'object' || position === null) return null;
  const { h, v = 0, f = -1 } = position as { h?: unknown; v?: unknown; f?: unknown };
  if (!isIndex(h) || !isIndex(v) || !(f === -1 || isIndex(f))) return null;
  const slide = deck[h]?.[v];
  if (!slide || f >= slide.fragments) return null;
  const step = f + 1;
  const body = visibleAt(slide.tree, step);
  return { h, v, step, title: firstHeading(body), body, news: step === 0 ? '' : newsAt(slide.tree, step) };
}

/** The tree at `step`: fragments not (or no longer) shown are left out, groups give way to their children. */
export function visibleAt(tree: readonly FollowSource[], step: number): FollowNode[] {
  return tree.flatMap((node): FollowNode[] => {
    if (typeof node === 'string') return [node];
    if (!isShownAt(node, step)) return [];
    const children = node.c ? visibleAt(node.c, step) : undefined;
    if (node.t === 'group') return children ?? [];
    // A list or table whose items are all still to come is not shown as an empty one.
    if (CONTAINERS.has(node.t) && !children?.some((child) => typeof child !== 'string')) return [];
    return [{ t: node.t, ...(children ? { c: children } : {}), ...(node.alt !== undefined ? { alt: node.alt } : {}) }];
  });
}

const CONTAINERS = new Set<FollowTag | 'group'>(['ul', 'ol', 'table', 'thead', 'tbody', 'tr']);

function isShownAt({ f, m = 'in' }: { f?: number; m?: FragmentMode }, step: number): boolean {
  if (f === undefined) return true;
  if (m === 'out') return f >= step;
  if (m === 'only') return f === step - 1;
  return f < step;
}

/** The text that appears at `step`: the fragments of that index, as they read at that step. */
function newsAt(tree: readonly FollowSource[], step: number): string {
  const parts: string[] = [];
  const visit = (nodes: readonly FollowSource[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.f === step - 1 && node.m !== 'out' && isShownAt(node, step)) parts.push(plainText(visibleAt([node], step)));
      else if (node.c && isShownAt(node, step)) visit(node.c);
    }
  };
  visit(tree);
  return parts.filter(Boolean).join(' ');
}

function firstHeading(nodes: readonly FollowNode[]): string {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (/^h\d$/.test(node.t)) return plainText(node.c ?? []);
    const inner = firstHeading(node.c ?? []);
    if (inner) return inner;
  }
  return '';
}

/** The words of a view, pictures by their text alternative, whitespace collapsed. */
export function plainText(nodes: readonly FollowNode[]): string {
  const words = (node: FollowNode): string => {
    if (typeof node === 'string') return node;
    if (node.t === 'picture') return ` ${node.alt ?? ''} `;
    const inner = (node.c ?? []).map(words).join('');
    // Blocks and line breaks part words; emphasis inside a sentence does not.
    return INLINE.has(node.t) ? inner : ` ${inner} `;
  };
  return nodes.map(words).join('').replace(/\s+/g, ' ').trim();
}

const INLINE = new Set<FollowTag>(['strong', 'em', 'code', 'small', 'del', 'sup', 'sub']);

function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
