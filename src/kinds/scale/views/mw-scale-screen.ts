/**
 * <mw-scale-screen>: a rating on the projector: a column per value, the mean and the median.
 * A scale with `vergelijk:` shows, once revealed, the earlier session's distribution beside
 * this one and the shift of the mean (read from the earlier room this laptop remembers).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import { earlierRoomContext, type OpenEarlierRoom } from '../../../client/rooms/earlier-room-context.ts';
import { EarlierScaleController } from './earlier-scale-controller.ts';
import { formatScore, formatShift, sessionName, type ScaleDefinition, type ScaleTally } from '../model.ts';

const EMPTY: ScaleTally = { total: 0, counts: {}, mean: null, median: null };

@customElement('mw-scale-screen')
export class MwScaleScreen extends LitElement {
  @property({ attribute: false }) definition?: ScaleDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  private readonly exercise = new ExerciseController<ScaleDefinition, ScaleTally>(this);
  @consume({ context: earlierRoomContext }) private openEarlierRoom?: OpenEarlierRoom;
  private readonly earlier = new EarlierScaleController(this, () => this.openEarlierRoom);

  protected override willUpdate(): void {
    // Only once the trainer is on the slide: a deck's other slides open no extra connections.
    if (this.definition?.compare && this.exercise.state) this.earlier.open(this.definition.compare);
  }

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const tally = this.exercise.tally(EMPTY);
    const isComparing = !!definition.compare && this.exercise.state?.status === 'revealed';
    return html`
      <p class="question">${definition.question}</p>
      ${isComparing ? this.renderComparison(definition, tally) : this.renderChart(definition, tally)}
      ${this.exercise.controls(tally.total, 'Toon uitslag')}
    `;
  }

  private valuesOf(definition: ScaleDefinition): number[] {
    return Array.from({ length: definition.max - definition.min + 1 }, (_, i) => definition.min + i);
  }

  private renderChart(definition: ScaleDefinition, tally: ScaleTally) {
    const highest = Math.max(1, ...Object.values(tally.counts));
    const values = this.valuesOf(definition);
    return html`
      <div class="chart" style="--columns:${values.length}">
        ${values.map((value) => {
          const count = tally.counts[value] ?? 0;
          return html`<div class="column" data-value=${value}>
            <span class="count" data-count=${count}>${count}</span>
            <span class="bar" style="height:${(count / highest) * 100}%"></span>
            ${this.valueLabel(definition, value)}
          </div>`;
        })}
      </div>
      ${this.ends(definition)}
      <p class="summary" data-mean=${tally.mean ?? ''}>
        gemiddeld <strong>${formatScore(tally.mean)}</strong> · mediaan <strong>${formatScore(tally.median)}</strong>
      </p>
    `;
  }

  /** Before and now side by side per value, as shares of each group, so groups of another size compare. */
  private renderComparison(definition: ScaleDefinition, now: ScaleTally) {
    const session = sessionName(definition.compare!.deck);
    const before = this.earlier.tally();
    if (!before || before.total === 0) {
      return html`${this.renderChart(definition, now)}
        <p class="notice" data-earlier=${this.earlier.status}>${this.missingText(session, before)}</p>`;
    }
    const share = (tally: ScaleTally, value: number) => (tally.total ? (tally.counts[value] ?? 0) / tally.total : 0);
    const values = this.valuesOf(definition);
    const highest = Math.max(0.01, ...values.flatMap((value) => [share(before, value), share(now, value)]));
    const shift = now.mean !== null && before.mean !== null ? Math.round((now.mean - before.mean) * 10) / 10 : null;
    return html`
      <p class="legend">
        <span class="swatch before" aria-hidden="true"></span><span>${capitalize(session)} · ${before.total} ${answers(before.total)}</span>
        <span class="swatch now" aria-hidden="true"></span><span>Nu · ${now.total} ${answers(now.total)}</span>
      </p>
      <div class="chart compare" style="--columns:${values.length}">
        ${values.map((value) => {
          const [was, is] = [before.counts[value] ?? 0, now.counts[value] ?? 0];
          return html`<div class="column" data-value=${value}>
            <span class="pair">
              <span class="side"><span class="count" data-before=${was}>${was}</span><span class="bar before" style="height:${(share(before, value) / highest) * 100}%"></span></span>
              <span class="side"><span class="count" data-count=${is}>${is}</span><span class="bar" style="height:${(share(now, value) / highest) * 100}%"></span></span>
            </span>
            ${this.valueLabel(definition, value)}
          </div>`;
        })}
      </div>
      ${this.ends(definition)}
      <p class="summary shift" data-before=${before.mean ?? ''} data-mean=${now.mean ?? ''} data-shift=${shift ?? ''}>
        gemiddeld <strong>${formatScore(before.mean)}</strong> → <strong>${formatScore(now.mean)}</strong>
        <span class="delta">(${formatShift(shift)})</span> · mediaan ${formatScore(before.median)} → ${formatScore(now.median)}
      </p>
    `;
  }

  private missingText(session: string, before: ScaleTally | null): string {
    if (before) return `In ${session} heeft niemand deze vraag beantwoord: er is niets om mee te vergelijken.`;
    if (this.earlier.status === 'loading' || this.earlier.status === 'idle') return `De uitslag van ${session} wordt opgehaald…`;
    if (this.earlier.status === 'failed') return `De uitslag van ${session} kon niet worden opgehaald.`;
    return `Geen vergelijking: op deze laptop is geen groep van ${session} bewaard.`;
  }

  private valueLabel(definition: ScaleDefinition, value: number) {
    const isLikert = definition.labels.length === definition.max - definition.min + 1;
    const text = isLikert ? definition.labels.find((label) => label.value === value)?.text : value;
    return html`<span class="value">${text}</span>`;
  }

  private ends(definition: ScaleDefinition) {
    const isLikert = definition.labels.length === definition.max - definition.min + 1;
    if (isLikert || definition.labels.length === 0) return nothing;
    const labelOf = (value: number) => definition.labels.find((label) => label.value === value)?.text ?? '';
    return html`<div class="ends"><span>${labelOf(definition.min)}</span><span>${labelOf(definition.max)}</span></div>`;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .question { font-size: 34px; line-height: 1.25; font-weight: 600; margin: 0 0 16px; }
      .chart { display: grid; grid-template-columns: repeat(var(--columns), 1fr); gap: 10px; height: 300px; align-items: end; }
      .chart.compare { height: 280px; }
      .column { display: grid; grid-template-rows: auto 1fr auto; height: 100%; text-align: center; gap: 6px; }
      .compare .column { grid-template-rows: 1fr auto; }
      .bar { align-self: end; background: var(--mw-bar); border-radius: 8px 8px 0 0; min-height: 4px; transition: height 0.4s ease; }
      .bar.before { background: var(--mw-muted); opacity: 0.55; }
      .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 3px; min-height: 0; }
      .side { display: grid; grid-template-rows: auto 1fr; min-height: 0; }
      .side .count { font-size: 24px; }
      .count { font-size: 26px; font-weight: 700; color: var(--mw-muted); align-self: end; }
      .value { font-size: 24px; font-weight: 700; border-top: 3px solid var(--mw-border); padding-top: 6px; line-height: 1.15; }
      .ends { display: flex; justify-content: space-between; font-size: 24px; color: var(--mw-muted); margin-top: 6px; }
      .summary { font-size: 28px; margin: 14px 0 0; }
      .delta { font-weight: 700; color: var(--mw-accent); }
      .legend { display: flex; align-items: center; gap: 10px; font-size: 24px; margin: 0 0 10px; }
      .swatch { width: 28px; height: 20px; border-radius: 4px; background: var(--mw-bar); }
      .swatch.before { background: var(--mw-muted); opacity: 0.55; }
      .swatch.now { margin-left: 22px; }
      /* Print: the values as a row of boxes, without the empty columns and the summary. */
      :host([print]) .chart { height: auto; }
      :host([print]) .value { border: 3px solid var(--mw-border); border-radius: 10px; padding: 12px 0; background: var(--mw-surface); }
      :host([print]) .summary { display: none; }
      .notice { font-size: 24px; margin: 10px 0 0; padding: 8px 14px; border-radius: 10px; background: var(--mw-warn-soft); }
    `,
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function answers(count: number): string {
  return count === 1 ? 'antwoord' : 'antwoorden';
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-scale-screen': MwScaleScreen;
  }
}
