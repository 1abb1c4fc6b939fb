/**
 * <mw-stylequiz-screen>: the style quiz on the projector. Per situation the live choices per
 * style, at reveal the fitting style(s) and why; at the end which styles the room chose more or
 * less often than they fitted. The trainer steps through the series with its own buttons.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import { progressOf, situationTally, type SituationTally, type StyleBalance, type StyleQuizDefinition, type StyleQuizMove, type StyleQuizProgress, type StyleQuizTally } from '../model.ts';

const BALANCE_TEXT = { over: 'overgekozen', under: 'ondergekozen', even: 'in balans' } as const;
/** Situations longer than this (characters) get a smaller type, so the reveal still fits the slide. */
const LONG_SITUATION = 160;
const percent = (count: number, total: number) => (total ? Math.round((count / total) * 100) : 0);

@customElement('mw-stylequiz-screen')
export class MwStylequizScreen extends LitElement {
  @property({ attribute: false }) definition?: StyleQuizDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<StyleQuizDefinition, StyleQuizTally>(this);

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    if (this.isPrint) return html`${this.renderPrint(definition)}${this.exercise.controls(0)}`;
    const progress = progressOf(this.exercise.state?.progress as StyleQuizProgress | undefined);
    const tally = this.exercise.tally({ situation: progress.situation, total: 0, counts: {}, right: 0 });
    const shown = progress.summary ? tally : situationTally(tally, progress.situation);
    return html`
      ${this.renderNavigation(definition, progress)}
      ${progress.summary ? this.renderSummary(tally) : this.renderSituation(definition, progress.situation, shown)}
      ${this.exercise.controls(shown.total)}
    `;
  }

  private renderNavigation(definition: StyleQuizDefinition, progress: StyleQuizProgress) {
    const count = definition.situations.length;
    const isLast = progress.situation === count - 1;
    const button = (move: StyleQuizMove, label: string, isEnabled = true, isPrimary = false) =>
      html`<button type="button" class=${isPrimary ? 'primary' : ''} data-move=${move} ?disabled=${!isEnabled} @click=${() => this.exercise.move(move)}>
        ${label}
      </button>`;
    return html`<div class="series">
      <span class="where" data-situation=${progress.summary ? 'summary' : progress.situation}>
        ${progress.summary ? `Overzicht van ${progress.reached + 1} ${progress.reached ? 'situaties' : 'situatie'}` : `Situatie ${progress.situation + 1} van ${count}`}
      </span>
      ${this.exercise.isTrainer && this.exercise.state
        ? html`<span class="moves">
            ${progress.summary
              ? button('previous', 'Terug naar situatie')
              : html`${button('previous', 'Vorige', progress.situation > 0)}
                ${isLast ? nothing : button('next', 'Volgende situatie')} ${button('summary', 'Overzicht', true, isLast)}`}
          </span>`
        : nothing}
    </div>`;
  }

  private renderSituation(definition: StyleQuizDefinition, index: number, tally: SituationTally) {
    const situation = definition.situations[index];
    const isRevealed = this.exercise.state?.status === 'revealed';
    return html`
      <p class="situation ${situation.text.length > LONG_SITUATION ? 'long' : ''}">${situation.text}</p>
      <ul class="styles ${definition.styles.length > 4 ? 'three' : ''}">
        ${definition.styles.map((style) => {
          const count = tally.counts[style] ?? 0;
          const share = percent(count, tally.total);
          const isFitting = isRevealed && situation.fitting.includes(style);
          return html`<li class=${isFitting ? 'fitting' : isRevealed ? 'other' : ''} data-style=${style}>
            <span class="bar" style="width:${share}%"></span>
            <span class="name">${style}</span>
            ${isFitting ? html`<span class="badge">past</span>` : nothing}
            <span class="count" data-count=${count}>${count} · ${share}%</span>
          </li>`;
        })}
      </ul>
      ${isRevealed
        ? html`<p class="why"><strong>Passend: ${situation.fitting.join(' of ')}.</strong> ${situation.why}</p>`
        : nothing}
    `;
  }

  /** On paper there is no stepping through: the styles to choose from, then every situation. */
  private renderPrint(definition: StyleQuizDefinition) {
    const count = definition.situations.length;
    const size = count > 6 ? 'many' : count > 3 ? 'several' : '';
    return html`
      <p class="series"><span class="where">${count === 1 ? 'Welke stijl past?' : `${count} situaties: welke stijl past bij elke situatie?`}</span></p>
      <ul class="print-styles">
        ${definition.styles.map((style) => html`<li data-style=${style}>${style}</li>`)}
      </ul>
      <ol class="print-situations ${size}">
        ${definition.situations.map((situation) => html`<li>${situation.text}</li>`)}
      </ol>
    `;
  }

  private renderSummary(tally: StyleQuizTally) {
    const series = tally.series;
    if (!series) return nothing;
    return html`
      <div class="headline">
        <p class="overall" data-right=${tally.right} data-total=${tally.total}>
          De groep koos <strong>${tally.right} van ${tally.total}</strong> keer een passende stijl (${percent(tally.right, tally.total)}%).
        </p>
        <p class="legend" aria-hidden="true"><span class="key chosen"></span> gekozen <span class="key fitting"></span> passend</p>
      </div>
      <ul class="balance ${series.styles.length > 4 ? 'compact' : ''}">
        ${series.styles.map((style) => this.renderBalance(style, tally.total))}
      </ul>
      <p class="per-situation">
        Goed per situatie:
        ${series.situations.map(
          (situation, index) => html`<span class="chip" data-situation=${index}>${index + 1}: ${situation.right} van ${situation.total}</span>`,
        )}
      </p>
    `;
  }

  private renderBalance(style: StyleBalance, total: number) {
    const chosen = percent(style.chosen, total);
    const fitting = percent(style.fitting, total);
    return html`<li data-style=${style.style} data-balance=${style.balance}>
      <span class="name">${style.style}</span>
      <span class="pair">
        <span class="track"><span class="bar chosen" style="width:${chosen}%"></span></span>
        <span class="figure">gekozen ${chosen}%</span>
        <span class="track"><span class="bar fitting" style="width:${fitting}%"></span></span>
        <span class="figure">passend ${fitting}%</span>
      </span>
      <span class="verdict ${style.balance}">${BALANCE_TEXT[style.balance]}</span>
    </li>`;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .series { display: flex; align-items: center; gap: 12px; margin: 0 0 10px; font-size: 24px; }
      /* The trainer's stepping buttons stay in reach at the top when a long situation scrolls. */
      :host(:not([print])) .series { position: sticky; top: 0; z-index: 2; background: var(--mw-bg); }
      .where { font-weight: 700; color: var(--mw-accent); }
      .moves { margin-left: auto; display: flex; gap: 8px; }
      .situation { font-size: 30px; line-height: 1.3; font-weight: 600; margin: 0 0 14px; }
      .situation.long { font-size: 26px; }
      .styles { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
      .styles.three { grid-template-columns: 1fr 1fr 1fr; }
      .styles.three li { font-size: 26px; padding: 4px 12px; gap: 8px; }
      .styles li {
        position: relative; display: flex; align-items: center; gap: 12px; min-height: 56px; padding: 4px 18px;
        border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); overflow: hidden;
        font-size: 28px;
      }
      .styles .bar { position: absolute; inset: 0 auto 0 0; background: var(--mw-accent-soft); transition: width 0.4s ease; }
      .styles .name { z-index: 1; font-weight: 700; }
      .styles .count { z-index: 1; margin-left: auto; white-space: nowrap; font-variant-numeric: tabular-nums; font-weight: 700; color: var(--mw-muted); }
      .badge { z-index: 1; font-size: 24px; font-weight: 700; padding: 0 10px; border-radius: 8px; background: var(--mw-correct); color: var(--mw-on-accent); }
      .styles li.fitting { border-color: var(--mw-correct); border-width: 4px; }
      .styles li.fitting .bar { background: var(--mw-correct-soft); }
      .styles li.other { opacity: 0.7; }
      .print-styles { list-style: none; margin: 0 0 16px; padding: 0; display: flex; flex-wrap: wrap; gap: 10px; }
      .print-styles li { font-size: 26px; font-weight: 700; padding: 4px 16px; border: 2px solid var(--mw-border);
        border-radius: var(--mw-radius); background: var(--mw-surface); }
      .print-situations { margin: 0; padding-left: 1.4em; font-size: 28px; line-height: 1.3; font-weight: 600; }
      .print-situations li + li { margin-top: 8px; }
      .print-situations.several { font-size: 24px; }
      .print-situations.many { font-size: 19px; font-weight: 400; columns: 2; column-gap: 48px; }
      .print-situations.many li { break-inside: avoid; margin: 0 0 6px; }
      .why { font-size: 26px; line-height: 1.35; margin: 14px 0 0; padding: 10px 18px;
        border-left: 6px solid var(--mw-correct); background: var(--mw-correct-soft); }
      .moves button.primary { background: var(--mw-accent); color: var(--mw-on-accent); }
      .headline { display: flex; align-items: baseline; gap: 24px; margin: 0 0 10px; }
      .overall { font-size: 28px; margin: 0; }
      .legend { display: flex; align-items: center; gap: 10px; font-size: 24px; color: var(--mw-muted); margin: 0 0 0 auto; white-space: nowrap; }
      .key { display: inline-block; width: 36px; height: 18px; border-radius: 4px; }
      .key + .key, .legend .fitting { margin-left: 14px; }
      .key.chosen, .balance .bar.chosen { background: var(--mw-bar); }
      .key.fitting, .balance .bar.fitting { background: var(--mw-correct-soft); box-shadow: inset 0 0 0 3px var(--mw-correct); }
      .balance { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
      .balance li { display: grid; grid-template-columns: 200px 1fr 230px; align-items: center; gap: 16px;
        padding: 6px 14px; border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
      .balance .name { font-size: 28px; font-weight: 700; }
      .pair { display: grid; grid-template-columns: 1fr 190px; align-items: center; gap: 4px 12px; font-size: 24px; line-height: 1.15; }
      .track { height: 22px; border-radius: 6px; background: var(--mw-bg); overflow: hidden; }
      .compact li { padding: 2px 14px; }
      .compact .pair { gap: 0 12px; line-height: 1.05; }
      .compact .track { height: 16px; }
      .balance .bar { display: block; height: 100%; border-radius: 6px; transition: width 0.4s ease; }
      .figure { font-variant-numeric: tabular-nums; color: var(--mw-muted); font-weight: 600; }
      .verdict { justify-self: end; font-size: 24px; font-weight: 700; padding: 4px 12px; border-radius: 10px; border: 2px solid var(--mw-border); }
      .verdict.over { background: var(--mw-wrong); border-color: var(--mw-wrong); color: var(--mw-on-accent); }
      .verdict.under { background: var(--mw-accent); border-color: var(--mw-accent); color: var(--mw-on-accent); }
      .verdict.even { color: var(--mw-muted); }
      .per-situation { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; font-size: 24px; margin: 10px 0 0; color: var(--mw-muted); }
      .chip { padding: 0 10px; border-radius: 8px; border: 2px solid var(--mw-border); color: var(--mw-text); font-variant-numeric: tabular-nums; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-stylequiz-screen': MwStylequizScreen;
  }
}
