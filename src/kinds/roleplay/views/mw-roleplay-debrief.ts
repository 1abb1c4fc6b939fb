/**
 * <mw-roleplay-debrief>: the debrief on the projector: the route taken as a row of steps, and
 * per step the choice the room took beside the ones it did not take, with what each led to and
 * which goals and working components it practised ("oefent") or missed ("mist"); last, the end
 * and the observers' checklist.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { debriefOf, routeCodes, type RoleplayDefinition, type RoleplayProgress } from '../model.ts';
import { DECIDED_BY } from '../role-names.ts';

@customElement('mw-roleplay-debrief')
export class MwRoleplayDebrief extends LitElement {
  @property({ attribute: false }) definition?: RoleplayDefinition;
  @property({ attribute: false }) progress?: RoleplayProgress;
  /** Which page is shown: a step of the path, or the last page (end and checklist). */
  @state() private page = 0;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('progress') && (changed.get('progress') as RoleplayProgress | undefined)?.path.length !== this.progress?.path.length) this.page = 0;
  }

  override render() {
    if (!this.definition || !this.progress) return nothing;
    const debrief = debriefOf(this.definition, this.progress);
    const hasClosing = !!debrief.ending || !!debrief.checklist;
    const pages = debrief.steps.length + (hasClosing ? 1 : 0);
    const page = Math.min(this.page, Math.max(0, pages - 1));
    const { practised, missed } = routeCodes(debrief.steps);
    return html`
      <p class="title"><strong>Nabespreking</strong>${practised.length ? html` · deze route oefende <span class="tags">${practised.join(', ')}</span>` : nothing}${
        missed.length ? html` · mist <span class="misses">${missed.join(', ')}</span>` : nothing
      }</p>
      <nav class="route" aria-label="Route">
        ${debrief.steps.map(
          ({ taken }, i) => html`<button type="button" aria-current=${page === i ? 'step' : 'false'} @click=${() => (this.page = i)}>
            ${i + 1}. ${taken.choice.toUpperCase()}
          </button>`,
        )}
        ${hasClosing
          ? html`<button type="button" aria-current=${page === debrief.steps.length ? 'step' : 'false'} @click=${() => (this.page = debrief.steps.length)}>
              ${debrief.ending ? 'Einde' : ''}${debrief.ending && debrief.checklist ? ' en ' : ''}${debrief.checklist ? 'kijkpunten' : ''}
            </button>`
          : nothing}
      </nav>
      ${pages === 0 ? html`<p class="empty">Er is nog geen keuze gemaakt.</p>` : page < debrief.steps.length ? this.renderStep(debrief.steps[page], page) : this.renderClosing(debrief)}
    `;
  }

  private renderStep({ scene, taken }: ReturnType<typeof debriefOf>['steps'][number], index: number) {
    const total = Object.values(taken.votes).reduce((sum, n) => sum + n, 0);
    return html`<section class="step" data-step=${index + 1}>
      ${scene.text ? html`<blockquote class="line">${scene.text}</blockquote>` : nothing}
      <ol class="choices">
        ${scene.choices.map((choice) => {
          const isTaken = choice.letter === taken.choice;
          return html`<li class=${isTaken ? 'taken' : 'not-taken'} data-choice=${choice.id}>
            <span class="letter">${choice.letter.toUpperCase()}</span>
            <div class="body">
              <p class="text">${choice.text}${choice.isStrongest ? html` <span class="star">★ sterkste</span>` : nothing}</p>
              ${choice.consequence ? html`<p class="consequence">→ ${choice.consequence}</p>` : nothing}
              <p class="meta">
                ${isTaken ? html`<strong class="decided">${DECIDED_BY[taken.decidedBy]}</strong> · ` : nothing}
                <span class="votes">${taken.votes[choice.letter] ?? 0} van ${total} stemmen</span>
                ${choice.tags.length ? html` · oefent <span class="tags">${choice.tags.join(', ')}</span>` : nothing}
                ${choice.misses.length ? html` · mist <span class="misses">${choice.misses.join(', ')}</span>` : nothing}
              </p>
            </div>
          </li>`;
        })}
      </ol>
    </section>`;
  }

  private renderClosing(debrief: ReturnType<typeof debriefOf>) {
    const checklist = debrief.checklist;
    return html`<section class="closing">
      ${debrief.ending
        ? html`<p class="ending" data-ending=${debrief.ending.id}>
            ${debrief.ending.text ? html`${debrief.ending.text} ` : nothing}<strong>Einde:</strong> ${debrief.ending.ending}
          </p>`
        : nothing}
      ${checklist
        ? html`<h3>Kijkpunten (${checklist.observers} ${checklist.observers === 1 ? 'observator' : 'observatoren'})</h3>
            <ul class="checklist">
              ${debrief.items.map(
                (item, i) => html`<li data-item=${i} data-count=${checklist.counts[i] ?? 0}>
                  <span class="bar" style="width:${checklist.observers ? ((checklist.counts[i] ?? 0) / checklist.observers) * 100 : 0}%"></span>
                  <span class="item">${item}</span><span class="seen">${checklist.counts[i] ?? 0} van ${checklist.observers} zag het</span>
                </li>`,
              )}
            </ul>`
        : nothing}
    </section>`;
  }

  static override styles = css`
    :host { display: block; font-family: var(--mw-font); color: var(--mw-text); font-size: 24px; }
    p { margin: 0; }
    .title { font-size: 26px; margin-bottom: 8px; }
    .title strong { color: var(--mw-accent); font-size: 30px; }
    .tags { font-weight: 700; color: var(--mw-accent); }
    .misses { font-weight: 700; color: var(--mw-wrong); }
    .route { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .route button { font: inherit; font-size: 24px; padding: 4px 14px; border-radius: 10px; cursor: pointer;
      border: 2px solid var(--mw-accent); background: var(--mw-surface); color: var(--mw-accent); }
    .route button[aria-current='step'] { background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; }
    .line { font-size: 26px; font-weight: 600; margin: 0 0 10px; padding: 6px 16px; border-left: 8px solid var(--mw-accent); background: var(--mw-accent-soft); }
    .choices { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
    .choices li { display: grid; grid-template-columns: 44px 1fr; gap: 12px; padding: 6px 14px; border-radius: var(--mw-radius); line-height: 1.25; }
    .taken { border: 4px solid var(--mw-accent); background: var(--mw-surface); }
    .not-taken { border: 2px dashed var(--mw-border); color: var(--mw-muted); }
    .letter { display: grid; place-items: center; width: 40px; height: 40px; border-radius: 50%; font-weight: 700;
      background: var(--mw-accent); color: var(--mw-on-accent); }
    .not-taken .letter { background: var(--mw-border); color: var(--mw-text); }
    .taken .text { font-weight: 700; }
    .consequence { font-style: italic; }
    .meta { color: var(--mw-muted); }
    .star { font-weight: 700; color: var(--mw-correct); white-space: nowrap; }
    .ending { font-size: 28px; padding: 12px 18px; border: 3px solid var(--mw-accent); border-radius: var(--mw-radius); margin-bottom: 12px; }
    h3 { font-size: 26px; margin: 0 0 8px; color: var(--mw-accent); }
    .checklist { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
    .checklist li { position: relative; display: flex; justify-content: space-between; gap: 16px; padding: 6px 14px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); overflow: hidden; }
    .checklist .bar { position: absolute; inset: 0 auto 0 0; background: var(--mw-correct-soft); }
    .item, .seen { position: relative; }
    .seen { font-weight: 700; white-space: nowrap; }
    .empty { font-size: 28px; color: var(--mw-muted); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-roleplay-debrief': MwRoleplayDebrief;
  }
}
