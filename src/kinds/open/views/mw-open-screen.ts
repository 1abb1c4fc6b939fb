/**
 * <mw-open-screen>: an open question on the projector. Only answers the trainer approved in the
 * moderation window appear, as cards or as a word cloud; the rest stay off the room's screen.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { cardStyles, moderatedScreenStyles, moderateButton, renderCards } from '../../../client/exercise/moderation-views.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import type { OpenDefinition, OpenTally } from '../model.ts';
import type { WordCount } from '../word-cloud.ts';

type View = 'cards' | 'cloud';

@customElement('mw-open-screen')
export class MwOpenScreen extends LitElement {
  @property({ attribute: false }) definition?: OpenDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<OpenDefinition, OpenTally>(this);

  @state() private view: View = 'cards';

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally({ total: 0, shown: [], words: [] });
    const count = `${tally.total} ${tally.total === 1 ? 'antwoord' : 'antwoorden'}, ${tally.shown.length} getoond`;
    return html`
      <p class="question">${definition.question}</p>
      <div class="toolbar">
        <span class="shown-count" data-total=${tally.total} data-shown=${tally.shown.length}>${count}</span>
        ${this.exercise.isTrainer
          ? html`${this.viewButton('cards', 'Kaarten')}${this.viewButton('cloud', 'Woordwolk')}
              ${moderateButton(this.exercise.room)}`
          : nothing}
      </div>
      <div class="stage">
        ${tally.shown.length === 0
          ? html`<p class="empty">Nog niets getoond. De trainer kiest welke antwoorden hier verschijnen.</p>`
          : this.view === 'cards'
            ? renderCards(tally.shown, { limit: 9 })
            : renderCloud(tally.words)}
      </div>
      ${this.exercise.controls(tally.total, 'Toon op telefoons')}
    `;
  }

  private viewButton(view: View, label: string) {
    return html`<button type="button" data-view=${view} aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>
      ${label}
    </button>`;
  }

  static override styles = [
    controlsStyles,
    cardStyles,
    moderatedScreenStyles,
    css`
      .cloud { list-style: none; margin: 0; padding: 12px; height: 100%; box-sizing: border-box; display: flex; flex-wrap: wrap;
        align-content: center; justify-content: center; align-items: baseline; gap: 8px 28px; }
      .cloud li { line-height: 1.1; font-weight: 700; color: var(--mw-accent); max-width: 100%; overflow-wrap: anywhere; text-align: center; }
      .cloud li:nth-child(3n + 2) { color: var(--mw-text); }
      .cloud li:nth-child(3n) { color: var(--mw-bar); }
    `,
  ];
}

/**
 * Words sized by how many shown answers use them: 24 px for one, up to 80 px for the most used
 * (56 px when there are many words, so the cloud keeps within the slide).
 */
export function renderCloud(words: readonly WordCount[]) {
  const most = Math.max(1, ...words.map((w) => w.count));
  const largest = words.length > 12 ? 56 : 80;
  const size = (count: number) => (most === 1 ? 36 : Math.round(24 + ((count - 1) / (most - 1)) * (largest - 24)));
  // Most used in the middle, the rest alternating to either side, as a cloud is usually read.
  const arranged: WordCount[] = [];
  words.forEach((word, i) => (i % 2 ? arranged.unshift(word) : arranged.push(word)));
  return html`<ul class="cloud" aria-label="Woordwolk">
    ${arranged.map((w) => html`<li data-word=${w.word} data-count=${w.count} style="font-size:${size(w.count)}px">${w.word}</li>`)}
  </ul>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-open-screen': MwOpenScreen;
  }
}
