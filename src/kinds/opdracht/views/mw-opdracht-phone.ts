/**
 * <mw-opdracht-phone>: write the transfer task and choose whether the trainer may read it (not
 * by default). Once saved, the phone shows the task back to its writer, from its own document;
 * no other phone and, unless shared, not the trainer ever gets it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import { normalizeFreeText } from '../../../shared/kind/free-text.ts';
import type { ModerationOwn } from '../../../shared/kind/moderation.ts';
import { freeTextStyles, isOtherPrompt, renderNoNamesReminder } from '../../../client/exercise/free-text-phone.ts';
import type { OpdrachtAnswer, OpdrachtPrompt, OpdrachtReveal } from '../model.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-opdracht-phone')
export class MwOpdrachtPhone extends LitElement {
  @property({ attribute: false }) prompt?: OpdrachtPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: OpdrachtReveal;
  @property({ attribute: false }) answer?: OpdrachtAnswer;
  /** Set while the projector shows this phone's shared task: the text it shows. */
  @property({ attribute: false }) own?: ModerationOwn;
  /** What is typed and ticked and not yet saved; null while it equals the saved task. */
  @state() private draft: string | null = null;
  @state() private sharing: boolean | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Every trainer move brings a new prompt object; only another task drops what is typed.
    if (changed.has('answer') || isOtherPrompt(changed.get('prompt'), this.prompt)) {
      this.draft = null;
      this.sharing = null;
    }
  }

  /** While open, what is typed and ticked; afterwards only what was saved. */
  private get text(): string {
    return (this.status === 'open' ? this.draft : null) ?? this.answer?.text ?? '';
  }

  private get share(): boolean {
    return (this.status === 'open' ? this.sharing : null) ?? this.answer?.share ?? false;
  }

  /** The task as it would be saved now, or null while there is nothing new to save. */
  private pending(): OpdrachtAnswer | null {
    const text = normalizeFreeText(this.text);
    const sent = this.answer;
    if (!text || (sent && sent.text === text && sent.share === this.share)) return null;
    return { text, share: this.share };
  }

  private send(event?: Event) {
    event?.preventDefault();
    const value = this.pending();
    if (value) this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  private onKey(event: KeyboardEvent) {
    if (event.key === 'Enter' && !event.shiftKey) this.send(event);
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const canAnswer = this.status === 'open';
    const hasUnsent = this.pending() !== null;
    const sent = this.answer;
    return html`
      <h2 class="question">${prompt.question}</h2>
      <form @submit=${this.send}>
        <label for="text">Jouw opdracht</label>
        ${renderNoNamesReminder()}
        <textarea id="text" rows="4" maxlength=${prompt.max} aria-describedby="reminder length" .value=${this.text} ?disabled=${!canAnswer}
          @input=${(event: InputEvent) => (this.draft = (event.target as HTMLTextAreaElement).value)} @keydown=${this.onKey}></textarea>
        <p class="length" id="length">${this.text.length} van ${prompt.max} tekens</p>
        <label class="share">
          <input type="checkbox" .checked=${this.share} ?disabled=${!canAnswer}
            @change=${(event: Event) => (this.sharing = (event.target as HTMLInputElement).checked)} />
          Deel mijn opdracht met de trainer
        </label>
        ${canAnswer ? html`<button type="submit" class="send" ?disabled=${!hasUnsent}>${sent ? 'Bewaar wijziging' : 'Bewaar'}</button>` : nothing}
      </form>
      <p class="hint" role="status">${this.hint(hasUnsent)}</p>
      ${sent
        ? html`<section class="saved" aria-labelledby="saved-title">
            <h3 id="saved-title">Je opdracht is bewaard</h3>
            <p class="own-text">${sent.text}</p>
            <p class="who">${sent.share ? 'Gedeeld met de trainer.' : 'Alleen jij ziet deze opdracht.'}</p>
          </section>`
        : nothing}
      ${this.status === 'revealed' && this.reveal
        ? html`<p class="none">${this.reveal.written} ${this.reveal.written === 1 ? 'deelnemer schreef' : 'deelnemers schreven'} een opdracht, ${this.reveal.shared} gedeeld.</p>`
        : nothing}
    `;
  }

  private hint(hasUnsent: boolean) {
    const sent = this.answer;
    if (hasUnsent && this.status === 'open') return 'Nog niet bewaard.';
    if (!sent) return this.status === 'open' ? 'Schrijf je opdracht en bewaar hem.' : 'De opdracht is gesloten.';
    const onScreen = this.own?.shownText === sent.text ? 'De trainer toont je opdracht op het scherm. ' : '';
    return this.status === 'open' ? `${onScreen}Je mag je opdracht nog aanpassen.` : `${onScreen}De opdracht is gesloten.`;
  }

  static override styles = [
    phoneStyles,
    freeTextStyles,
    css`
      .question { font-size: 22px; line-height: 1.3; margin: 0 0 16px; }
      .share { display: flex; align-items: center; gap: 12px; min-height: 48px; margin-top: 12px; font-weight: 600; }
      .share input { width: 28px; height: 28px; margin: 0; flex: none; accent-color: var(--mw-accent); }
      .saved { margin-top: 16px; padding: 10px 12px; border-radius: var(--mw-radius); background: var(--mw-surface);
        border: 1px solid var(--mw-border); border-left: 5px solid var(--mw-correct); }
      .saved h3 { margin: 0 0 6px; }
      .own-text { font-size: 18px; line-height: 1.4; margin: 0; overflow-wrap: anywhere; }
      .who { font-size: 15px; color: var(--mw-muted); margin: 6px 0 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-opdracht-phone': MwOpdrachtPhone;
  }
}
