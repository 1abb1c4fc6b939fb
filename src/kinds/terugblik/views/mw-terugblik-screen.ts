/**
 * <mw-terugblik-screen>: the look-back on the projector. The room sees how it went (how many chose
 * each step, the mean) and the stories the trainer approved in the moderation window, as cards.
 * A story its writer did not share never reaches this screen: the trainer's results hold only its step.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { cardStyles, moderatedScreenStyles, moderateButton, renderCards } from '../../../client/exercise/moderation-views.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import type { TerugblikDefinition, TerugblikTally } from '../model.ts';
import { formatMean, SCORE_LABELS, SCORES } from '../scores.ts';

const EMPTY: TerugblikTally = { total: 0, counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, mean: null, shared: 0, shown: [] };

@customElement('mw-terugblik-screen')
export class MwTerugblikScreen extends LitElement {
  @property({ attribute: false }) definition?: TerugblikDefinition;
  /** Static print view: the question and the steps as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<TerugblikDefinition, TerugblikTally>(this);

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally(EMPTY);
    const highest = Math.max(1, ...Object.values(tally.counts));
    return html`
      <p class="question">${definition.question}</p>
      <div class="toolbar">
        <span class="shown-count" data-total=${tally.total} data-shared=${tally.shared} data-shown=${tally.shown.length}>
          gemiddeld <strong class="mean" data-mean=${tally.mean ?? ''}>${formatMean(tally.mean)}</strong> ·
          <span class="shared">${tally.shared} ${tally.shared === 1 ? 'verhaal' : 'verhalen'} gedeeld</span>
        </span>
        ${this.exercise.isTrainer
          ? moderateButton(this.exercise.room)
          : nothing}
      </div>
      <div class="stage">
        <ul class="steps">
          ${SCORES.map(
            (score) => html`<li data-score=${score}>
              <span class="label">${SCORE_LABELS[score - 1]}</span>
              <span class="track"><span class="bar" style="width:${(tally.counts[score] / highest) * 100}%"></span></span>
              <span class="count" data-count=${tally.counts[score]}>${tally.counts[score]}</span>
            </li>`,
          )}
        </ul>
        <div class="stories">
          ${tally.shown.length === 0
            ? html`<p class="empty">Wie zijn verhaal deelt, kan hier verschijnen. De trainer kiest wat er getoond wordt.</p>`
            : renderCards(tally.shown, { limit: 3 })}
        </div>
      </div>
      ${this.exercise.controls(tally.total, 'Toon op telefoons')}
    `;
  }

  static override styles = [
    controlsStyles,
    cardStyles,
    moderatedScreenStyles,
    css`
      .stage { display: grid; grid-template-columns: 5fr 6fr; gap: 24px; }
      .steps { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; align-content: start; }
      .steps li { display: grid; grid-template-columns: 230px 1fr 44px; align-items: center; gap: 10px; font-size: 22px; }
      .label { font-weight: 600; line-height: 1.15; }
      .track { height: 40px; border-radius: 8px; background: var(--mw-surface); border: 1px solid var(--mw-border); overflow: hidden; }
      .bar { display: block; height: 100%; min-width: 4px; background: var(--mw-bar); transition: width 0.4s ease; }
      .count { font-size: 26px; font-weight: 700; text-align: right; }
      .stories { overflow: hidden; }
      .stories .cards { grid-template-columns: 1fr; }
      .stories .card { font-size: 22px; padding: 8px 14px; }
      :host([print]) .stage { display: grid; }
      :host([print]) .stories, :host([print]) .track, :host([print]) .count { display: none; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-terugblik-screen': MwTerugblikScreen;
  }
}
