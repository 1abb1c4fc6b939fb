/**
 * <mw-feedback-phone>: tick the criteria a feedback statement meets (none is an answer too)
 * and, where asked, write a better version; send both with one button. The reveal sets each
 * tick beside the verdict, with the explanation, a better version and the rewrites shown.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import { normalizeFreeText } from '../../../shared/kind/free-text.ts';
import { freeTextStyles, isOtherPrompt, renderNoNamesReminder } from '../../../client/exercise/free-text-phone.ts';
import type { ModerationOwn } from '../../../shared/kind/moderation.ts';
import type { FeedbackAnswer, FeedbackPrompt, FeedbackReveal } from '../model.ts';
import { isRight } from '../scoring.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-feedback-phone')
export class MwFeedbackPhone extends LitElement {
  @property({ attribute: false }) prompt?: FeedbackPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: FeedbackReveal;
  @property({ attribute: false }) answer?: FeedbackAnswer;
  /** Set while the projector shows this phone's rewrite: the text it shows. */
  @property({ attribute: false }) own?: ModerationOwn;
  /** Ticks and text not yet sent; null while they equal what was sent. */
  @state() private ticked: string[] | null = null;
  @state() private draft: string | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Every trainer move brings a new prompt object; only another drill drops what is ticked and typed.
    if (changed.has('answer') || isOtherPrompt(changed.get('prompt'), this.prompt)) {
      this.ticked = null;
      this.draft = null;
    }
  }

  /** While open, what is ticked and typed; afterwards only what was sent. */
  private get ticks(): string[] {
    return (this.status === 'open' ? this.ticked : null) ?? this.answer?.ticks ?? [];
  }

  private get text(): string {
    return (this.status === 'open' ? this.draft : null) ?? this.answer?.rewrite ?? '';
  }

  /** The answer as it would be sent now. */
  private pending(): FeedbackAnswer {
    const rewrite = this.prompt?.rewrite ? normalizeFreeText(this.text) : '';
    return rewrite ? { ticks: this.ticks, rewrite } : { ticks: this.ticks };
  }

  private hasUnsent(): boolean {
    const pending = this.pending();
    const sent = this.answer;
    return !sent || pending.ticks.join() !== sent.ticks.join() || (pending.rewrite ?? '') !== (sent.rewrite ?? '');
  }

  private toggle(id: string) {
    const ticks = this.ticks;
    this.ticked = (ticks.includes(id) ? ticks.filter((t) => t !== id) : [...ticks, id]).sort();
  }

  private send(event: Event) {
    event.preventDefault();
    if (!this.hasUnsent()) return;
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value: this.pending() }, bubbles: true, composed: true }));
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const canAnswer = this.status === 'open';
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    const ticks = this.ticks;
    const unsent = canAnswer && this.hasUnsent();
    return html`
      <blockquote class="statement" id="statement">${prompt.statement}</blockquote>
      <form @submit=${this.send}>
        <p class="how" id="how">Aan welke criteria voldoet deze feedback? Vink ze aan (geen is ook een antwoord).</p>
        <div class="criteria" role="group" aria-labelledby="how">
          ${prompt.criteria.map((criterion) => {
            const isTicked = ticks.includes(criterion.id);
            const meets = reveal?.meets.includes(criterion.id);
            const share = reveal?.total ? Math.round(((reveal.counts[criterion.id] ?? 0) / reveal.total) * 100) : 0;
            return html`<button type="button" class="criterion ${isTicked ? 'ticked' : ''}" data-criterion=${criterion.id}
                aria-pressed=${isTicked ? 'true' : 'false'} ?disabled=${!canAnswer} @click=${() => this.toggle(criterion.id)}>
              <span class="box" aria-hidden="true">${isTicked ? '✓' : ''}</span>
              <span class="text">${criterion.text}</span>
              ${reveal
                ? html`<span class="verdict ${meets ? 'meets' : 'misses'}">${meets ? 'voldoet' : 'ontbreekt'} · groep ${share}%</span>`
                : nothing}
            </button>`;
          })}
        </div>
        ${prompt.rewrite
          ? html`<label for="rewrite">Jouw betere versie (mag leeg blijven)</label>
              ${renderNoNamesReminder()}
              <textarea id="rewrite" rows="4" maxlength=${prompt.max} aria-describedby="reminder length" .value=${this.text} ?disabled=${!canAnswer}
                @input=${(event: InputEvent) => (this.draft = (event.target as HTMLTextAreaElement).value)}></textarea>
              <p class="length" id="length">${this.text.length} van ${prompt.max} tekens</p>`
          : nothing}
        ${canAnswer ? html`<button type="submit" class="send" ?disabled=${!unsent}>Verstuur</button>` : nothing}
      </form>
      <p class="hint" role="status">${this.hint(reveal, unsent)}</p>
      ${reveal ? this.renderReveal(reveal) : nothing}
    `;
  }

  private hint(reveal: FeedbackReveal | undefined, unsent: boolean) {
    const sent = this.answer;
    if (reveal) {
      if (!sent) return 'Je hebt niet geantwoord. Hieronder zie je het oordeel.';
      return isRight(reveal, sent) ? 'Goed gezien! Jouw vinkjes kloppen precies.' : 'Niet helemaal: vergelijk je vinkjes met het oordeel.';
    }
    const isTouched = this.ticked !== null || this.draft !== null;
    if (!sent && !isTouched) return this.status === 'open' ? 'Vink aan en verstuur.' : 'De oefening is gesloten.';
    if (unsent) return 'Nog niet verstuurd.';
    if (!sent) return 'De oefening is gesloten.';
    const onScreen =
      sent.rewrite === undefined ? '' : this.isOnScreen(sent.rewrite) ? ' Je versie staat op het scherm.' : '';
    return this.status === 'open' ? `Antwoord ontvangen.${onScreen} Je mag nog wijzigen.` : `Antwoord ontvangen.${onScreen}`;
  }

  private isOnScreen(rewrite: string): boolean {
    return this.own?.shownText === rewrite;
  }

  private renderReveal(reveal: FeedbackReveal) {
    const own = this.answer?.rewrite;
    return html`<section class="reveal">
      <p class="explanation"><strong>Uitleg.</strong> ${reveal.explanation}</p>
      <p class="better"><strong>Beter.</strong> ${reveal.better}</p>
      ${this.prompt?.rewrite
        ? html`<h3 id="shown-title">Herschrijvingen op het scherm (${reveal.shown.length} van ${reveal.rewrites})</h3>
            ${own !== undefined
              ? html`<p class="own">${this.isOnScreen(own) ? 'Jouw versie is getoond.' : 'Jouw versie is niet getoond.'}</p>`
              : nothing}
            <ul class="shown" aria-labelledby="shown-title">${reveal.shown.map((text) => html`<li>${text}</li>`)}</ul>`
        : nothing}
    </section>`;
  }

  static override styles = [
    phoneStyles,
    freeTextStyles,
    css`
      .statement { font-size: 21px; line-height: 1.35; font-style: italic; font-weight: 600; margin: 0 0 12px; padding: 8px 12px;
        border-left: 5px solid var(--mw-accent); background: var(--mw-accent-soft); border-radius: 0 10px 10px 0; }
      .how { font-size: 17px; margin: 0 0 10px; }
      .criteria { display: grid; gap: 8px; margin-bottom: 16px; }
      .criterion { display: grid; grid-template-columns: 32px 1fr; align-items: center; gap: 4px 12px; min-height: 52px; padding: 8px 12px;
        text-align: left; font: inherit; font-size: 18px; color: inherit; background: var(--mw-surface);
        border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
      .criterion[disabled] { color: inherit; }
      .box { display: grid; place-items: center; width: 28px; height: 28px; box-sizing: border-box; border: 3px solid var(--mw-accent);
        border-radius: 6px; color: var(--mw-accent); font-weight: 700; }
      .ticked { border-color: var(--mw-accent); border-width: 3px; background: var(--mw-accent-soft); }
      .ticked .box { background: var(--mw-accent); color: var(--mw-on-accent); }
      .verdict { grid-column: 2; font-size: 15px; font-weight: 700; }
      .verdict.meets { color: var(--mw-correct); }
      .verdict.misses { color: var(--mw-wrong); }
      .explanation, .better { font-size: 17px; line-height: 1.4; margin: 12px 0 0; padding: 10px 12px; }
      .explanation { border-left: 5px solid var(--mw-muted); background: var(--mw-surface); }
      .better { border-left: 5px solid var(--mw-correct); background: var(--mw-correct-soft); }
      .own { font-size: 16px; margin: 0 0 8px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-feedback-phone': MwFeedbackPhone;
  }
}
