/**
 * <mw-follow-slide>: above the exercise on the phone, the slide the trainer shows, as real text
 * (headings, lists, a picture's text alternative), so a screen reader reads it and the phone can
 * zoom it. The join page shows a closed "Meelezen" button itself and loads this element only when
 * the participant opens it; "Verbergen" tells the page (a `close` event). The choice is kept on
 * the device. It renders
 * the server's view (public stage `view`, see follow-view.ts) element by element from a closed
 * set; text is always text, never HTML. A polite live region says when the slide changes and
 * what a fragment added.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FollowNode, FollowView } from '../../shared/deck/follow-view.ts';

const OPEN_KEY = 'mentorwijs:follow-slide';

@customElement('mw-follow-slide')
export class MwFollowSlide extends LitElement {
  @property({ attribute: false }) view?: FollowView;
  /** Reflected, so the page can tighten what follows an open slide. */
  @property({ type: Boolean, reflect: true }) open = readOpen();
  /** What the live region says: the new slide's title, or what a fragment added. */
  @state() private said = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const before = changed.get('view') as FollowView | undefined;
    const view = this.view;
    if (!changed.has('view') || !view || !this.open) return;
    if (!before || before.h !== view.h || before.v !== view.v) this.said = `Nieuwe dia: ${view.title || 'zonder titel'}`;
    else if (view.step > before.step && view.news) this.said = view.news;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    keepChoice('open');
  }

  private toggle() {
    this.open = !this.open;
    this.said = '';
    keepChoice(this.open ? 'open' : '');
    if (!this.open) this.dispatchEvent(new Event('close'));
  }

  override render() {
    return html`<section aria-labelledby="follow-title">
      <div class="bar">
        <h2 id="follow-title">Dia op het scherm</h2>
        <button type="button" aria-expanded=${this.open} aria-controls="slide" @click=${this.toggle}>
          ${this.open ? 'Verbergen' : 'Meelezen'}
        </button>
      </div>
      ${this.open ? html`<div id="slide" class="slide">${this.view?.body.length ? this.view.body.map(node) : html`<p class="empty">Deze dia heeft geen tekst.</p>`}</div>` : nothing}
      <p class="said" role="status">${this.said}</p>
    </section>`;
  }

  static override styles = css`
    :host { display: block; margin: 0 0 20px; font-family: var(--mw-font); color: var(--mw-text); }
    section { border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
    .bar { display: flex; align-items: center; justify-content: space-between; gap: 12px; padding: 6px 6px 6px 14px; }
    h2 { margin: 0; font-size: 17px; color: var(--mw-muted); font-weight: 600; }
    button { min-height: 48px; min-width: 48px; padding: 0 16px; font: inherit; font-size: 17px; font-weight: 700;
      border: 2px solid var(--mw-accent); border-radius: 10px; background: var(--mw-surface); color: var(--mw-accent); }
    button:focus-visible { outline: 3px solid var(--mw-accent); outline-offset: 2px; }
    .slide { padding: 4px 16px 16px; border-top: 1px solid var(--mw-border); font-size: 18px; line-height: 1.45; overflow-wrap: anywhere; }
    .slide h3 { font-size: 22px; line-height: 1.25; margin: 12px 0 8px; }
    .slide h4, .slide h5, .slide h6 { font-size: 19px; margin: 12px 0 6px; }
    .slide p, .slide ul, .slide ol, .slide blockquote, .slide pre, .slide table { margin: 8px 0; }
    .slide ul, .slide ol { padding-left: 24px; }
    .slide li + li { margin-top: 4px; }
    .slide blockquote { padding-left: 12px; border-left: 4px solid var(--mw-border); }
    .slide pre { white-space: pre-wrap; }
    .slide table { border-collapse: collapse; }
    .slide th, .slide td { padding: 4px 8px; border: 1px solid var(--mw-border); text-align: left; }
    .picture { display: block; margin: 8px 0; padding: 10px 12px; border-radius: 10px; background: var(--mw-accent-soft); font-size: 17px; }
    .picture b { display: block; font-size: 15px; color: var(--mw-muted); }
    .empty { color: var(--mw-muted); }
    .said { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;
}

function readOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === 'open';
  } catch {
    return false;
  }
}

function keepChoice(choice: 'open' | ''): void {
  try {
    localStorage.setItem(OPEN_KEY, choice);
  } catch {
    // Private browsing without storage: the choice lasts until the page reloads.
  }
}

/**
 * One node of the view as a Lit template: text is bound as text, and each element is written out
 * here, so nothing in the view can make markup, a link or a script. A slide's own headings sit
 * under the region's h2: `#` and `##` become h3.
 */
function node(item: FollowNode): TemplateResult | string {
  if (typeof item === 'string') return item;
  const c = (item.c ?? []).map(node);
  switch (item.t) {
    case 'h1': case 'h2': return html`<h3>${c}</h3>`;
    case 'h3': return html`<h4>${c}</h4>`;
    case 'h4': return html`<h5>${c}</h5>`;
    case 'h5': case 'h6': return html`<h6>${c}</h6>`;
    case 'p': return html`<p>${c}</p>`;
    case 'ul': return html`<ul>${c}</ul>`;
    case 'ol': return html`<ol>${c}</ol>`;
    case 'li': return html`<li>${c}</li>`;
    case 'strong': return html`<strong>${c}</strong>`;
    case 'em': return html`<em>${c}</em>`;
    case 'code': return html`<code>${c}</code>`;
    case 'pre': return html`<pre>${c}</pre>`;
    case 'blockquote': return html`<blockquote>${c}</blockquote>`;
    case 'br': return html`<br />`;
    case 'table': return html`<table>${c}</table>`;
    case 'thead': return html`<thead>${c}</thead>`;
    case 'tbody': return html`<tbody>${c}</tbody>`;
    case 'tr': return html`<tr>${c}</tr>`;
    case 'th': return html`<th>${c}</th>`;
    case 'td': return html`<td>${c}</td>`;
    case 'small': return html`<small>${c}</small>`;
    case 'del': return html`<del>${c}</del>`;
    case 'sup': return html`<sup>${c}</sup>`;
    case 'sub': return html`<sub>${c}</sub>`;
    case 'picture': return html`<span class="picture"><b>Afbeelding</b>${item.alt}</span>`;
    default: return html`${c}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-follow-slide': MwFollowSlide;
  }
}
