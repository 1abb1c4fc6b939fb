/**
 * <mw-open-phone>: type a short answer to an open question. The phone says whether the trainer
 * put its own answer on screen; after the reveal it shows the shown answers and the word cloud.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import { normalizeFreeText } from '../../../shared/kind/free-text.ts';
import type { ModerationOwn } from '../../../shared/kind/moderation.ts';
import { freeTextStyles, isOtherPrompt, renderNoNamesReminder, renderPhoneCloud } from '../../../client/exercise/free-text-phone.ts';
import type { OpenPrompt, OpenReveal } from '../model.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-open-phone')
export class MwOpenPhone extends LitElement {
  @property({ attribute: false }) prompt?: OpenPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: OpenReveal;
  @property({ attribute: false }) answer?: string;
  /** Set while the projector shows this phone's answer: the text it shows. */
  @property({ attribute: false }) own?: ModerationOwn;
  /** What is typed and not yet sent; null while it equals the sent answer. */
  @state() private draft: string | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Every trainer move brings a new prompt object; only another question drops what is typed.
    if (changed.has('answer') || isOtherPrompt(changed.get('prompt'), this.prompt)) this.draft = null;
  }

  /** While open, what is typed; afterwards only what was sent. */
  private get text(): string {
    return (this.status === 'open' ? this.draft : null) ?? this.answer ?? '';
  }

  private send(event?: Event) {
    event?.preventDefault();
    const value = normalizeFreeText(this.text);
    if (!value || value === this.answer) return;
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  private onKey(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.shiftKey) this.send(event);
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const canAnswer = this.status === 'open';
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    const value = normalizeFreeText(this.text);
    const hasUnsent = value !== '' && value !== this.answer;
    return html`
      <h2 class="question" id="question">${prompt.question}</h2>
      <form @submit=${this.send}>
        <label for="text">Jouw antwoord</label>
        ${renderNoNamesReminder()}
        <textarea id="text" rows="3" maxlength=${prompt.max} aria-describedby="reminder length" .value=${this.text} ?disabled=${!canAnswer}
          @input=${(event: InputEvent) => (this.draft = (event.target as HTMLTextAreaElement).value)} @keydown=${this.onKey}></textarea>
        <p class="length" id="length">${this.text.length} van ${prompt.max} tekens</p>
        ${canAnswer ? html`<button type="submit" class="send" ?disabled=${!hasUnsent}>Verstuur</button>` : nothing}
      </form>
      <p class="hint" role="status">${this.hint(hasUnsent)}</p>
      ${reveal ? this.renderReveal(reveal) : nothing}
    `;
  }

  private hint(hasUnsent: boolean) {
    const sent = this.answer;
    if (hasUnsent && this.status === 'open') return 'Nog niet verstuurd.';
    if (sent === undefined) return this.status === 'open' ? 'Typ je antwoord en verstuur het.' : 'De vraag is gesloten.';
    const onScreen = this.own?.shownText === sent
      ? 'Je antwoord staat op het scherm.'
      : 'Je antwoord staat niet op het scherm; de trainer kiest wat er verschijnt.';
    if (this.status === 'open') return `Antwoord ontvangen. ${onScreen} Je mag het nog aanpassen.`;
    return `Antwoord ontvangen. ${onScreen}`;
  }

  private renderReveal(reveal: OpenReveal) {
    if (reveal.shown.length === 0) return html`<p class="none">De trainer heeft geen antwoorden getoond.</p>`;
    return html`<section class="reveal" aria-labelledby="shown-title">
      <h3 id="shown-title">Op het scherm (${reveal.shown.length} van ${reveal.total})</h3>
      <ul class="shown">${reveal.shown.map((text) => html`<li>${text}</li>`)}</ul>
      ${renderPhoneCloud(reveal.words)}
    </section>`;
  }

  static override styles = [
    phoneStyles,
    freeTextStyles,
    css`
      .question { font-size: 22px; line-height: 1.3; margin: 0 0 16px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-open-phone': MwOpenPhone;
  }
}
