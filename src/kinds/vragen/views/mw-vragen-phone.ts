/**
 * <mw-vragen-phone>: ask a question of the speaker (anonymous unless you add your name) and vote
 * for the questions of others, one vote each, which you can take back. The list holds only the
 * questions the trainer approved, with their counts, as the server publishes them; who asked or
 * voted is not in it. The phone keeps below the server's limits and says why in plain Dutch.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { cleanText } from '../../../shared/clean-text.ts';
import { NICKNAME_MAX_LENGTH, cleanNickname, type ExerciseStatus } from '../../../shared/room-schema.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';
import type { PublicQuestion, VragenPrompt, VragenPublicParts } from '../model.ts';
import { SLOW_DOWN, createPhoneBudget, newQuestionId, questionProblem } from '../phone-checks.ts';
import { publicQuestionId } from '../public-id.ts';
import type { VragenAnswer } from '../rules.ts';

/** The free-text reminder of every phone (managers ask about their own staff), with what this list does with a name. */
const REMINDER = 'Noem geen namen of diagnoses van medewerkers. Je vraag is anoniem, tenzij je je eigen naam erbij zet.';
const STATE_TEXT = { answering: 'Nu aan de beurt', done: 'Beantwoord' } as const;

@customElement('mw-vragen-phone')
export class MwVragenPhone extends LitElement {
  @property({ attribute: false }) prompt?: VragenPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) answer?: VragenAnswer;
  /** The server's public tally: the approved questions and their counts. */
  @property({ attribute: false }) live?: Partial<VragenPublicParts>;
  @state() private draft = '';
  @state() private name = '';
  @state() private message = '';
  private readonly budget = createPhoneBudget(() => Date.now());

  private get mine(): VragenAnswer {
    return this.answer ?? { questions: [], votes: [] };
  }

  private send(value: VragenAnswer): boolean {
    if (!this.budget.take()) {
      this.message = SLOW_DOWN;
      return false;
    }
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
    return true;
  }

  private ask(event: Event) {
    event.preventDefault();
    const prompt = this.prompt!;
    const problem = questionProblem(this.draft, this.mine, prompt);
    if (problem) {
      this.message = problem;
      return;
    }
    const name = cleanNickname(this.name);
    const question = { id: newQuestionId(), text: cleanText(this.draft), ...(name ? { name } : {}) };
    if (!this.send({ ...this.mine, questions: [...this.mine.questions, question] })) return;
    this.draft = '';
    this.message = prompt.moderated ? 'Je vraag is verstuurd. De trainer zet hem op de lijst.' : 'Je vraag staat op de lijst.';
  }

  private toggleVote(id: string) {
    const votes = this.mine.votes;
    const next = votes.includes(id) ? votes.filter((vote) => vote !== id) : [...votes, id];
    if (this.send({ ...this.mine, votes: next })) this.message = '';
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const canAct = this.status === 'open';
    return html`
      <h2 class="question">${prompt.question}</h2>
      ${canAct ? this.renderForm(prompt) : html`<p class="hint" role="status">De vragenronde is gesloten.</p>`}
      ${canAct ? html`<p class="hint" role="status" aria-live="polite">${this.message}</p>` : nothing}
      ${this.renderOwn()}
      ${this.renderList(canAct)}
    `;
  }

  private renderForm(prompt: VragenPrompt) {
    const left = prompt.perSeat - this.mine.questions.length;
    return html`<form @submit=${this.ask}>
      <label for="text">Jouw vraag</label>
      <p class="reminder" id="reminder">${REMINDER}</p>
      <textarea id="text" rows="3" maxlength=${prompt.max} aria-describedby="reminder length" .value=${this.draft}
        @input=${(event: InputEvent) => (this.draft = (event.target as HTMLTextAreaElement).value)}></textarea>
      <p class="length" id="length">${this.draft.length} van ${prompt.max} tekens · nog ${left} ${left === 1 ? 'vraag' : 'vragen'}</p>
      <label for="name" class="small">Je naam erbij (leeg = anoniem)</label>
      <input id="name" autocomplete="off" maxlength=${NICKNAME_MAX_LENGTH} .value=${this.name}
        @input=${(event: InputEvent) => (this.name = (event.target as HTMLInputElement).value)} />
      <button type="submit" class="send">Stuur je vraag</button>
    </form>`;
  }

  /** The phone's own questions, with where each stands. */
  private renderOwn() {
    const { questions } = this.mine;
    if (questions.length === 0) return nothing;
    const listed = new Map((this.live?.questions ?? []).map((q) => [q.id, q]));
    return html`<h3>Jouw vragen</h3>
      <ul class="own">${questions.map((question) => {
        const id = publicQuestionId(question.id);
        const onList = listed.get(id);
        const where = !onList ? 'wacht op goedkeuring' : onList.state === 'open' ? `op de lijst · ${this.votesOf(id)} ${this.votesOf(id) === 1 ? 'stem' : 'stemmen'}` : STATE_TEXT[onList.state].toLowerCase();
        return html`<li data-id=${id}><span class="text">${question.text}</span> <span class="where">${where}</span></li>`;
      })}</ul>`;
  }

  private votesOf(id: string): number {
    return this.live?.votes?.[id] ?? 0;
  }

  /** Every approved question, most votes first; the one being answered on top, the done ones last. */
  private renderList(canVote: boolean) {
    const own = new Set(this.mine.questions.map((q) => publicQuestionId(q.id)));
    const order = (q: PublicQuestion) => (q.state === 'answering' ? 0 : q.state === 'open' ? 1 : 2);
    const list = [...(this.live?.questions ?? [])].sort(
      (a, b) => order(a) - order(b) || this.votesOf(b.id) - this.votesOf(a.id) || a.text.localeCompare(b.text, 'nl'),
    );
    if (list.length === 0) return html`<p class="none">Nog geen vragen op de lijst.</p>`;
    return html`<h3 id="list-title">Vragen uit de zaal</h3>
      <ul class="list" aria-labelledby="list-title">${list.map((q) => {
        const hasVoted = this.mine.votes.includes(q.id);
        const count = this.votesOf(q.id);
        return html`<li data-id=${q.id} class=${q.state}>
          <span class="text">${q.state !== 'open' ? html`<strong>${STATE_TEXT[q.state]}:</strong> ` : nothing}${q.text}${q.name ? html` <bdi class="name">— ${q.name}</bdi>` : nothing}</span>
          ${own.has(q.id)
            ? html`<span class="count" data-votes=${count}>${count} ${count === 1 ? 'stem' : 'stemmen'} · jouw vraag</span>`
            : html`<button type="button" class="vote" aria-pressed=${hasVoted ? 'true' : 'false'} data-votes=${count} ?disabled=${!canVote || q.state === 'done'}
                @click=${() => this.toggleVote(q.id)}>${hasVoted ? '✓ ' : '+ '}${count}<span class="sr"> ${count === 1 ? 'stem' : 'stemmen'}, ${hasVoted ? 'jij stemde mee; tik om terug te nemen' : 'tik om mee te stemmen'}</span></button>`}
        </li>`;
      })}</ul>`;
  }

  static override styles = [
    phoneStyles,
    css`
      label { display: block; font-size: 18px; font-weight: 600; margin-bottom: 6px; }
      textarea, input { box-sizing: border-box; width: 100%; font: inherit; color: inherit; padding: 8px 12px;
        border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
      textarea { font-size: 20px; resize: vertical; }
      .reminder { font-size: 16px; margin: 0 0 8px; padding: 8px 10px; border-left: 5px solid var(--mw-accent); background: var(--mw-surface); }
      .length, .none, .where, .count { font-size: 15px; color: var(--mw-muted); }
      .length { margin: 4px 0 0; text-align: right; }
      h3 { font-size: 18px; margin: 20px 0 8px; }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      .question { font-size: 22px; line-height: 1.3; margin: 0 0 14px; }
      label.small { font-size: 16px; margin-top: 10px; }
      input { font-size: 18px; }
      .own, .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
      .own li { font-size: 16px; padding: 8px 12px; border-radius: 10px; background: var(--mw-surface); border: 1px dashed var(--mw-border); overflow-wrap: anywhere; }
      .where { display: block; margin-top: 2px; }
      .list li { display: grid; grid-template-columns: 1fr auto; align-items: center; gap: 10px; padding: 8px 10px 8px 12px;
        border-radius: 10px; background: var(--mw-surface); border: 1px solid var(--mw-border); border-left: 5px solid var(--mw-accent); }
      .list li.answering { border-left-color: var(--mw-correct); background: var(--mw-correct-soft); }
      .list li.done { opacity: 0.7; }
      .list .text { font-size: 17px; line-height: 1.35; overflow-wrap: anywhere; }
      .name { color: var(--mw-muted); }
      .vote { min-width: 64px; min-height: 48px; font: inherit; font-size: 18px; font-weight: 700; border-radius: 10px; cursor: pointer;
        border: 2px solid var(--mw-accent); background: var(--mw-surface); color: var(--mw-accent); }
      .vote[aria-pressed='true'] { background: var(--mw-accent); color: var(--mw-on-accent); }
      .vote[disabled] { opacity: 0.5; }
      .count { text-align: right; max-width: 7.5em; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-vragen-phone': MwVragenPhone;
  }
}
