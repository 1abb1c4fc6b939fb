/**
 * <mw-terugblik-phone>: the member's own task from last time, read from their own history (never
 * from the room), and how it went: a step from 1 to 5 and, if they like, a short story they may
 * share with the trainer (not by default). Outside a leergang, or without a task, it says so kindly
 * and still asks.
 */
import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';
import { memberHistoryContext } from '../../../client/lib/member-history-context.ts';
import { normalizeFreeText } from '../../../shared/kind/free-text.ts';
import type { ModerationOwn } from '../../../shared/kind/moderation.ts';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import type { MemberHistory } from '../../../sync/member-api.ts';
import type { TerugblikAnswer, TerugblikPrompt, TerugblikReveal } from '../model.ts';
import type { Score } from '../scores.ts';
import { ownTaskOf } from './own-task.ts';

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

const NO_TASK: Record<'none' | 'missed' | 'unknown', string> = {
  none: 'Je schreef vorige keer geen opdracht op deze telefoon.',
  missed: 'Je was er vorige keer niet.',
  unknown: 'Je opdracht van vorige keer staat niet op deze telefoon.',
};

@customElement('mw-terugblik-phone')
export class MwTerugblikPhone extends LitElement {
  @property({ attribute: false }) prompt?: TerugblikPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: TerugblikReveal;
  @property({ attribute: false }) answer?: TerugblikAnswer;
  /** Set while the projector shows this phone's shared story: the text it shows. */
  @property({ attribute: false }) own?: ModerationOwn;
  /** The member's own history in the leergang (the join page provides it); undefined outside one. */
  @consume({ context: memberHistoryContext, subscribe: true })
  @state()
  private history?: MemberHistory;
  /** What is chosen, typed and ticked and not yet saved; null while it equals the saved answer. */
  @state() private score: Score | null = null;
  @state() private draft: string | null = null;
  @state() private sharing: boolean | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // A new round (or a saved answer) drops what was not saved; the trainer's moves re-send the same prompt.
    if (changed.has('answer') || (changed.get('prompt') && JSON.stringify(changed.get('prompt')) !== JSON.stringify(this.prompt))) {
      this.score = this.draft = this.sharing = null;
    }
  }

  private current(): { score?: Score; story: string; share: boolean } {
    const isOpen = this.status === 'open';
    const sent = this.answer;
    return {
      score: (isOpen ? this.score : null) ?? sent?.score,
      story: (isOpen ? this.draft : null) ?? sent?.story ?? '',
      share: (isOpen ? this.sharing : null) ?? sent?.share ?? false,
    };
  }

  /** The answer as it would be saved now, or null while nothing new is chosen. */
  private pending(): TerugblikAnswer | null {
    const { score, story, share } = this.current();
    if (!score) return null;
    const text = normalizeFreeText(story);
    const value: TerugblikAnswer = text ? { score, share, story: text } : { score, share };
    const sent = this.answer;
    return sent && sent.score === value.score && sent.share === value.share && sent.story === value.story ? null : value;
  }

  private send(event: Event) {
    event.preventDefault();
    const value = this.pending();
    if (value) this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const task = ownTaskOf(this.history, prompt.task);
    const canAnswer = this.status === 'open';
    const { score, story, share } = this.current();
    const isUnsaved = this.pending() !== null;
    const sent = this.answer;
    return html`
      <h2 class="question" id="question">${prompt.question}</h2>
      <section class="task" data-task=${task.kind}>
        ${task.kind === 'task'
          ? html`<h3>Jouw opdracht van vorige keer</h3><p class="own-task">${task.text}</p>`
          : html`<p>${NO_TASK[task.kind]}</p>`}
      </section>
      <form @submit=${this.send}>
        <div class="scores" role="group" aria-labelledby="question">
          ${SCORES.map(
            (value) => html`<button type="button" class=${score === value ? 'mine' : ''} data-score=${value} aria-pressed=${score === value}
              ?disabled=${!canAnswer} @click=${() => (this.score = value)}>${prompt.labels[value - 1]}</button>`,
          )}
        </div>
        <label for="story">Vertel kort hoe het ging (hoeft niet)</label>
        <p class="reminder" id="reminder">Noem geen namen of diagnoses van medewerkers.</p>
        <textarea id="story" rows="3" maxlength=${prompt.max} aria-describedby="reminder" .value=${story} ?disabled=${!canAnswer}
          @input=${(event: InputEvent) => (this.draft = (event.target as HTMLTextAreaElement).value)}></textarea>
        <label class="share">
          <input type="checkbox" .checked=${share} ?disabled=${!canAnswer}
            @change=${(event: Event) => (this.sharing = (event.target as HTMLInputElement).checked)} />
          Deel mijn verhaal met de trainer
        </label>
        ${canAnswer ? html`<button type="submit" class="send" ?disabled=${!isUnsaved}>${sent ? 'Bewaar wijziging' : 'Bewaar'}</button>` : nothing}
      </form>
      <p class="hint" role="status">${this.hint(isUnsaved)}</p>
      ${sent
        ? html`<section class="saved">
            <h3>Bewaard: ${prompt.labels[sent.score - 1]}</h3>
            ${sent.story ? html`<p class="own-story">${sent.story}</p>` : nothing}
            <p class="who">${sent.story && sent.share ? 'Je verhaal is gedeeld met de trainer.' : 'De trainer ziet hoe het ging, niet je verhaal.'}</p>
          </section>`
        : nothing}
      ${this.status === 'revealed' && this.reveal ? this.renderReveal(prompt, this.reveal) : nothing}
    `;
  }

  private renderReveal(prompt: TerugblikPrompt, { total, counts, mean }: TerugblikReveal) {
    return html`<section class="room">
      <h3>De groep: ${total} ${total === 1 ? 'antwoord' : 'antwoorden'}, gemiddeld ${String(mean ?? '–').replace('.', ',')}</h3>
      <ul>${SCORES.map((value) => html`<li>${prompt.labels[value - 1]}: <b>${counts[value]}</b></li>`)}</ul>
    </section>`;
  }

  private hint(isUnsaved: boolean): string {
    if (isUnsaved && this.status === 'open') return this.current().score ? 'Nog niet bewaard.' : 'Kies eerst hoe het ging.';
    if (!this.answer) return this.status === 'open' ? 'Kies hoe het ging en bewaar.' : 'De vraag is gesloten.';
    const onScreen = this.answer.story && this.own?.shownText === this.answer.story ? 'De trainer toont je verhaal op het scherm. ' : '';
    return `${onScreen}${this.status === 'open' ? 'Je mag het nog aanpassen.' : 'De vraag is gesloten.'}`;
  }

  static override styles = [
    phoneStyles,
    css`
      .question { font-size: 22px; line-height: 1.3; margin: 0 0 12px; }
      h3 { font-size: 17px; margin: 0 0 6px; }
      p { margin: 0; }
      .task, .saved, .room { padding: 10px 12px; border-radius: var(--mw-radius); background: var(--mw-surface); border: 1px solid var(--mw-border);
        border-left: 5px solid var(--mw-accent); font-size: 18px; line-height: 1.4; overflow-wrap: anywhere; }
      .saved, .room { margin-top: 16px; }
      .saved { border-left-color: var(--mw-correct); }
      .scores { display: grid; gap: 8px; margin: 16px 0; }
      .scores button { min-height: 52px; font: inherit; font-size: 18px; font-weight: 700; text-align: left; padding: 0 16px; color: inherit;
        background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
      .scores .mine { border-color: var(--mw-accent); background: var(--mw-accent); color: var(--mw-on-accent); }
      label { display: block; font-size: 18px; font-weight: 600; margin-bottom: 6px; }
      .reminder { font-size: 16px; margin: 0 0 8px; padding: 8px 10px; border-left: 5px solid var(--mw-accent); background: var(--mw-surface); }
      textarea { box-sizing: border-box; width: 100%; font: inherit; font-size: 19px; padding: 10px 12px; color: inherit;
        border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
      .share { display: flex; align-items: center; gap: 12px; min-height: 48px; margin-top: 12px; }
      .share input { width: 28px; height: 28px; margin: 0; flex: none; accent-color: var(--mw-accent); }
      .who { font-size: 15px; color: var(--mw-muted); margin-top: 6px; }
      .room ul { margin: 0; padding-left: 20px; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-terugblik-phone': MwTerugblikPhone;
  }
}
