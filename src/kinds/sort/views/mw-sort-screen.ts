/**
 * <mw-sort-screen>: the statements to sort on the projector. While the room sorts only the
 * number of answers shows (a visible majority would steer whoever is still sorting); at reveal
 * a row per statement shows how many put it on each pile, with the model's pile marked.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import { countKey, pileLabel, sortModel, type SortDefinition, type SortTally } from '../model.ts';

/** From this many statements rows tighten, so ten still fit 720 px with the explanation. */
const COMPACT_FROM = 6;

@customElement('mw-sort-screen')
export class MwSortScreen extends LitElement {
  @property({ attribute: false }) definition?: SortDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<SortDefinition, SortTally>(this);

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally({ total: 0, counts: {} });
    const isRevealed = this.exercise.state?.status === 'revealed';
    const right = isRevealed ? sortModel.measures!(definition, tally, undefined).goed : undefined;
    return html`
      <p class="question">${definition.question}</p>
      <table class=${definition.statements.length > COMPACT_FROM ? 'compact' : ''} style="--piles:${definition.piles.length}">
        <thead>
          <tr>
            <th scope="col" class="statement-head">Uitspraak</th>
            ${definition.piles.map((pile) => html`<th scope="col" class="pile">${pileLabel(pile)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${definition.statements.map(
            (statement, index) => html`<tr data-statement=${statement.id}>
              <th scope="row" class="statement"><span class="number">${index + 1}.</span> ${statement.text}</th>
              ${definition.piles.map((pile) => {
                if (!isRevealed) return html`<td class="cell"></td>`;
                const count = tally.counts[countKey(statement.id, pile)] ?? 0;
                const share = tally.total ? Math.round((count / tally.total) * 100) : 0;
                const isModel = definition.model[statement.id] === pile;
                return html`<td class="cell ${isModel ? 'model' : 'other'}" data-pile=${pile} data-count=${count} style="--share:${share}%">
                  <span class="figure">${isModel ? html`<span class="mark">✓</span>` : nothing}${count}</span>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      ${isRevealed && right !== undefined ? html`<p class="right" data-goed=${right}>${right}% van alle plaatsingen was goed.</p>` : nothing}
      ${isRevealed && definition.explanation ? html`<p class="explanation"><strong>Uitleg.</strong> ${definition.explanation}</p>` : nothing}
      ${this.exercise.controls(tally.total, 'Toon uitslag')}
    `;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .question { font-size: 32px; line-height: 1.25; font-weight: 600; margin: 0 0 12px; }
      table { width: 100%; border-collapse: separate; border-spacing: 0 6px; font-size: 24px; }
      th, td { text-align: left; font-weight: 400; }
      thead th { font-size: 24px; font-weight: 700; color: var(--mw-muted); padding: 0 12px; }
      .pile { width: calc(44% / var(--piles)); text-align: center; }
      .statement { line-height: 1.2; padding: 6px 12px; background: var(--mw-surface); border: 2px solid var(--mw-border);
        border-right: 0; border-radius: var(--mw-radius) 0 0 var(--mw-radius); }
      .number { font-weight: 700; color: var(--mw-muted); }
      .cell { --fill: var(--mw-accent-soft); text-align: center; padding: 6px 10px;
        background: linear-gradient(to right, var(--fill) var(--share, 0%), var(--mw-surface) var(--share, 0%));
        border-top: 2px solid var(--mw-border); border-bottom: 2px solid var(--mw-border); }
      .cell:last-child { border-right: 2px solid var(--mw-border); border-radius: 0 var(--mw-radius) var(--mw-radius) 0; }
      .model { --fill: var(--mw-correct-soft); }
      .figure { font-weight: 700; font-variant-numeric: tabular-nums; }
      .model { box-shadow: inset 0 0 0 4px var(--mw-correct); }
      .model .figure { color: var(--mw-correct); }
      .other .figure { color: var(--mw-muted); }
      .mark { margin-right: 8px; }
      .compact { border-spacing: 0 3px; }
      .compact .statement, .compact .cell { padding-top: 1px; padding-bottom: 1px; line-height: 1.15; }
      .compact thead th { line-height: 1.1; }
      .right { font-size: 26px; font-weight: 700; margin: 10px 0 0; }
      .explanation { font-size: 24px; line-height: 1.3; margin: 8px 0 0; padding: 8px 16px;
        border-left: 6px solid var(--mw-correct); background: var(--mw-correct-soft); }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-sort-screen': MwSortScreen;
  }
}
