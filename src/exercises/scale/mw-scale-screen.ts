/** <mw-scale-screen>: a rating on the projector: a column per value, the mean and the median. */
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ExerciseScreen } from '../exercise-screen.ts';
import { controlsStyles } from '../screen-controls.ts';
import { formatScore, type ScaleDefinition, type ScaleTally } from './model.ts';

@customElement('mw-scale-screen')
export class MwScaleScreen extends ExerciseScreen<ScaleDefinition, ScaleTally> {
  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.tally({ total: 0, counts: {}, mean: null, median: null });
    const highest = Math.max(1, ...Object.values(tally.counts));
    const values = Array.from({ length: definition.max - definition.min + 1 }, (_, i) => definition.min + i);
    const labelOf = (value: number) => definition.labels.find((label) => label.value === value)?.text;
    const isLikert = definition.labels.length === values.length;
    return html`
      <p class="question">${definition.question}</p>
      <div class="chart" style="--columns:${values.length}">
        ${values.map((value) => {
          const count = tally.counts[value] ?? 0;
          return html`<div class="column" data-value=${value}>
            <span class="count" data-count=${count}>${count}</span>
            <span class="bar" style="height:${(count / highest) * 100}%"></span>
            <span class="value">${isLikert ? labelOf(value) : value}</span>
          </div>`;
        })}
      </div>
      ${!isLikert && definition.labels.length
        ? html`<div class="ends"><span>${labelOf(definition.min) ?? ''}</span><span>${labelOf(definition.max) ?? ''}</span></div>`
        : nothing}
      <p class="summary" data-mean=${tally.mean ?? ''}>
        gemiddeld <strong>${formatScore(tally.mean)}</strong> · mediaan <strong>${formatScore(tally.median)}</strong>
      </p>
      ${this.controls(tally.total, 'Toon uitslag')}
    `;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .question { font-size: 34px; line-height: 1.25; font-weight: 600; margin: 0 0 16px; }
      .chart { display: grid; grid-template-columns: repeat(var(--columns), 1fr); gap: 10px; height: 300px; align-items: end; }
      .column { display: grid; grid-template-rows: auto 1fr auto; height: 100%; text-align: center; gap: 6px; }
      .bar { align-self: end; background: var(--mw-bar); border-radius: 8px 8px 0 0; min-height: 4px; transition: height 0.4s ease; }
      .count { font-size: 26px; font-weight: 700; color: var(--mw-muted); align-self: end; }
      .value { font-size: 24px; font-weight: 700; border-top: 3px solid var(--mw-border); padding-top: 6px; line-height: 1.15; }
      .ends { display: flex; justify-content: space-between; font-size: 24px; color: var(--mw-muted); margin-top: 6px; }
      .summary { font-size: 28px; margin: 14px 0 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-scale-screen': MwScaleScreen;
  }
}
