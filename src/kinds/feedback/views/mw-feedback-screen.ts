/**
 * <mw-feedback-screen>: a feedback statement on the projector with the room's ticks per
 * criterion; the reveal marks which criteria it meets and shows the explanation and a better
 * version. With rewrites, the trainer can switch to the rewrites it approved.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { cardStyles, moderateButton, renderCards } from '../../../client/exercise/moderation-views.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import { letterOf, type FeedbackDefinition, type FeedbackTally } from '../model.ts';

type View = 'criteria' | 'rewrites';

@customElement('mw-feedback-screen')
export class MwFeedbackScreen extends LitElement {
  @property({ attribute: false }) definition?: FeedbackDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<FeedbackDefinition, FeedbackTally>(this);

  @state() private view: View = 'criteria';

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally({ total: 0, counts: {}, right: 0, rewrites: 0, shown: [] });
    const isRevealed = this.exercise.state?.status === 'revealed';
    const view = definition.rewrite ? this.view : 'criteria';
    return html`
      <blockquote class="statement">${definition.statement}</blockquote>
      ${definition.rewrite ? this.toolbar(tally) : nothing}
      ${view === 'criteria'
        ? html`<div class="body ${isRevealed ? 'revealed' : ''}">
            ${this.criteria(definition, tally, isRevealed)}
            ${isRevealed
              ? html`<div class="verdict">
                  <p class="explanation"><strong>Uitleg.</strong> ${definition.explanation}</p>
                  <p class="better"><strong>Beter.</strong> ${definition.better}</p>
                </div>`
              : nothing}
          </div>`
        : html`<div class="rewrites">
            ${tally.shown.length ? renderCards(tally.shown, { limit: 4, wide: true }) : html`<p class="empty">Nog geen herschrijving getoond. De trainer kiest wat hier verschijnt.</p>`}
          </div>`}
      ${this.exercise.controls(tally.total, 'Toon oordeel')}
    `;
  }

  private toolbar(tally: FeedbackTally) {
    const count = `${tally.rewrites} ${tally.rewrites === 1 ? 'herschrijving' : 'herschrijvingen'}, ${tally.shown.length} getoond`;
    const button = (view: View, label: string) =>
      html`<button type="button" data-view=${view} aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>${label}</button>`;
    return html`<div class="toolbar">
      <span class="shown-count" data-total=${tally.rewrites} data-shown=${tally.shown.length}>${count}</span>
      ${this.exercise.isTrainer
        ? html`${button('criteria', 'Criteria')}${button('rewrites', 'Herschrijvingen')}
            ${moderateButton(this.exercise.room)}`
        : nothing}
    </div>`;
  }

  private criteria(definition: FeedbackDefinition, tally: FeedbackTally, isRevealed: boolean) {
    return html`<ol class="criteria ${definition.criteria.length > 6 ? 'compact' : ''}">
      ${definition.criteria.map((criterion, index) => {
        const count = tally.counts[criterion.id] ?? 0;
        const share = tally.total ? Math.round((count / tally.total) * 100) : 0;
        const meets = definition.meets.includes(criterion.id);
        return html`<li class=${isRevealed ? (meets ? 'meets' : 'misses') : ''} data-criterion=${criterion.id}>
          <span class="letter">${letterOf(index)}</span>
          <span class="text">${criterion.text}</span>
          <span class="bar" style="width:${share}%"></span>
          <span class="count" data-count=${count}>${share}%</span>
          ${isRevealed
            ? html`<span class="mark" data-meets=${meets ? 'ja' : 'nee'}>${meets ? '✓ voldoet' : '✗ ontbreekt'}</span>`
            : nothing}
        </li>`;
      })}
    </ol>`;
  }

  static override styles = [
    controlsStyles,
    cardStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .statement { font-size: 32px; line-height: 1.25; font-weight: 600; font-style: italic; margin: 0 0 12px; padding: 6px 18px;
        border-left: 8px solid var(--mw-accent); background: var(--mw-accent-soft); border-radius: 0 var(--mw-radius) var(--mw-radius) 0; }
      .body { display: grid; grid-template-columns: 1fr; gap: 16px; }
      .body.revealed { grid-template-columns: 7fr 6fr; }
      .criteria { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; align-content: start; }
      .criteria li {
        position: relative; display: grid; grid-template-columns: 40px 1fr auto auto; align-items: center; gap: 12px;
        padding: 3px 12px; min-height: 44px; border: 2px solid var(--mw-border); border-radius: 10px;
        background: var(--mw-surface); overflow: hidden; font-size: 24px;
      }
      .letter { z-index: 1; display: grid; place-items: center; width: 34px; height: 34px; border-radius: 50%;
        background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; }
      .text, .count, .mark { z-index: 1; }
      .count { font-variant-numeric: tabular-nums; font-weight: 700; color: var(--mw-muted); }
      .bar { position: absolute; inset: 0 auto 0 0; background: var(--mw-accent-soft); transition: width 0.4s ease; }
      .mark { font-weight: 700; white-space: nowrap; padding: 0 8px; border-radius: 8px; color: var(--mw-on-accent); }
      .criteria.compact { gap: 4px; }
      .criteria.compact li { min-height: 40px; padding: 1px 12px; }
      .criteria li.meets { border-color: var(--mw-correct); }
      .criteria li.meets .mark { background: var(--mw-correct); }
      .criteria li.misses .mark { background: var(--mw-wrong); }
      .verdict { display: grid; gap: 12px; align-content: start; }
      .explanation, .better { font-size: 24px; line-height: 1.3; margin: 0; padding: 8px 14px; }
      .explanation { border-left: 6px solid var(--mw-muted); background: var(--mw-surface); }
      .better { border-left: 6px solid var(--mw-correct); background: var(--mw-correct-soft); }
      .rewrites { max-height: 420px; overflow: hidden; }
      :host([print]) .toolbar { display: none; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-feedback-screen': MwFeedbackScreen;
  }
}
