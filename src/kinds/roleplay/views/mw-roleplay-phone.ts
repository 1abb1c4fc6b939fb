/**
 * <mw-roleplay-phone>: the role-play on a phone: vote the leidinggevende's next move with one
 * tap and see what the last choice led to; in group practice, only this phone's own role and
 * briefing (the observer ticks a checklist); in the debrief, the path the room took.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import type { RoleplayAnswer, RoleplayOwn, RoleplayPrompt, RoleplayReveal } from '../model.ts';
import { DECIDED_BY, ROLE_NAMES } from '../role-names.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-roleplay-phone')
export class MwRoleplayPhone extends LitElement {
  @property({ attribute: false }) prompt?: RoleplayPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: RoleplayReveal;
  /** This participant's answer in the current round, if any. */
  @property({ attribute: false }) answer?: RoleplayAnswer;
  /** In group practice: this phone's own group, role and briefing (no phone receives another's). */
  @property({ attribute: false }) own?: RoleplayOwn;
  /** The observer's ticks not yet sent. */
  @state() private ticked: number[] | null = null;

  protected override willUpdate(changed: Map<string, unknown>): void {
    // Every trainer move brings a new prompt: ticks not sent are dropped then, as on a new card.
    if (changed.has('answer') || changed.has('prompt') || changed.has('own')) this.ticked = null;
  }

  private send(value: RoleplayAnswer) {
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    if (prompt.phase === 'groups') return this.renderRole();
    if (prompt.phase === 'debrief') return this.renderDebrief(prompt);
    return this.renderVote(prompt);
  }

  private renderVote(prompt: RoleplayPrompt) {
    const { scene } = prompt;
    const canVote = this.status === 'open' && scene.choices.length > 0;
    return html`
      ${prompt.previous
        ? html`<p class="previous"><span class="label">Gekozen:</span> ${prompt.previous.text}
            ${prompt.previous.consequence ? html`<strong>→ ${prompt.previous.consequence}</strong>` : nothing}</p>`
        : html`<p class="situation">${prompt.situation}</p>`}
      <p class="step">Stap ${prompt.step}</p>
      ${scene.text ? html`<blockquote class="line" id="line">${scene.text}</blockquote>` : nothing}
      ${scene.ending !== undefined
        ? html`<p class="ending"><strong>Einde.</strong> ${scene.ending}</p>`
        : html`<p class="ask" id="ask">Wat doe jij als leidinggevende?</p>
            <div class="choices" role="group" aria-labelledby="ask">
              ${scene.choices.map((choice) => {
                const isMine = this.answer === choice.id;
                return html`<button type="button" class=${isMine ? 'mine' : ''} data-choice=${choice.id} aria-pressed=${isMine ? 'true' : 'false'}
                  ?disabled=${!canVote} @click=${() => this.send(choice.id)}>
                  <span class="letter" aria-hidden="true">${choice.letter.toUpperCase()}</span><span>${choice.text}</span>
                </button>`;
              })}
            </div>`}
      <p class="hint" role="status">${this.voteHint(prompt)}</p>
    `;
  }

  private voteHint(prompt: RoleplayPrompt): string {
    if (prompt.scene.ending !== undefined) return 'Het gesprek is afgelopen. De trainer bespreekt het na.';
    const tally = this.status === 'revealed' ? this.reveal?.tally : undefined;
    if (tally) {
      const votes = prompt.scene.choices.map((c) => `${c.letter.toUpperCase()} ${tally.counts[c.id] ?? 0}`).join(' · ');
      return `De groep stemde: ${votes}.`;
    }
    if (this.status === 'locked') return this.answer === undefined ? 'Het stemmen is gesloten.' : 'Stem ontvangen. Het stemmen is gesloten.';
    return this.answer === undefined ? 'Tik op wat jij zou doen.' : 'Stem ontvangen. Je mag nog wisselen.';
  }

  private renderRole() {
    const card = this.own;
    // The card comes through the phone's inbox, the phase through the public stage: either may
    // arrive first, so this must also hold for the moment in between.
    if (!card) return html`<p class="hint" role="status">Nog geen rol voor jou. Vraag de trainer bij welke groep je aansluit.</p>`;
    const { group, role, briefing, checklist } = card;
    const isObserver = role === 'observator';
    const sent = typeof this.answer === 'object' ? this.answer.checklist : null;
    const ticked = this.ticked ?? sent ?? [];
    const isUnsent = this.ticked !== null && this.ticked.join() !== (sent ?? []).join();
    const toggle = (i: number) => (this.ticked = ticked.includes(i) ? ticked.filter((t) => t !== i) : [...ticked, i].sort((a, b) => a - b));
    return html`
      <p class="group">Groep ${group}</p>
      <h2 class="role" data-role=${role}>Jouw rol: ${ROLE_NAMES[role]}</h2>
      <p class="briefing">${briefing}</p>
      <p class="private">Alleen jij ziet deze briefing. Laat hem niet aan de anderen zien.</p>
      ${isObserver && checklist
        ? html`<fieldset class="checklist">
              <legend>Kijkpunten: vink aan wat je zag</legend>
              ${checklist.map(
                (item, i) => html`<label><input type="checkbox" data-item=${i} .checked=${ticked.includes(i)}
                  ?disabled=${this.status !== 'open'} @change=${() => toggle(i)} />${item}</label>`,
              )}
            </fieldset>
            <button type="button" class="send" ?disabled=${this.status !== 'open' || (sent !== null && !isUnsent)} @click=${() => this.send({ checklist: ticked })}>
              Verstuur kijkpunten
            </button>
            <p class="hint" role="status">${sent === null ? 'Nog niet verstuurd.' : isUnsent ? 'Gewijzigd, nog niet verstuurd.' : 'Kijkpunten ontvangen. Je mag nog aanpassen.'}</p>`
        : html`<p class="hint" role="status">Speel het gesprek met je groepje. De observator kijkt mee.</p>`}
    `;
  }

  private renderDebrief(prompt: RoleplayPrompt) {
    const debrief = prompt.debrief!;
    return html`
      <h2 class="role">Nabespreking</h2>
      <p class="hint" role="status">${debrief.steps.length ? 'Dit is de route die de groep koos.' : 'Er is nog geen keuze gemaakt.'}</p>
      <ol class="path">
        ${debrief.steps.map(({ scene, taken }, i) => {
          const chosen = scene.choices.find((c) => c.letter === taken.choice)!;
          return html`<li data-step=${i + 1}>
            ${scene.text ? html`<p class="line small">${scene.text}</p>` : nothing}
            <p class="taken"><span class="label">${chosen.letter.toUpperCase()}, ${DECIDED_BY[taken.decidedBy]}:</span> ${chosen.text}</p>
            ${chosen.consequence ? html`<p class="consequence">→ ${chosen.consequence}</p>` : nothing}
            <p class="others-label" id="others-${i}">Niet gekozen:</p>
            <ul class="others" aria-labelledby="others-${i}">
              ${scene.choices.filter((c) => c !== chosen).map((c) => html`<li>${c.letter.toUpperCase()}: ${c.text}${c.consequence ? ` → ${c.consequence}` : ''}</li>`)}
            </ul>
          </li>`;
        })}
      </ol>
      ${debrief.ending ? html`<p class="ending"><strong>Einde.</strong> ${debrief.ending.ending}</p>` : nothing}
    `;
  }

  static override styles = [
    phoneStyles,
    css`
    :host { display: block; font-family: var(--mw-font); color: var(--mw-text); font-size: 18px; line-height: 1.4; }
    p { margin: 0 0 12px; }
    .situation, .previous { font-size: 17px; color: var(--mw-muted); }
    .previous strong { color: var(--mw-text); }
    .label { font-weight: 700; }
    .step, .group { font-size: 15px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: var(--mw-accent); margin-bottom: 6px; }
    .line { font-size: 21px; font-weight: 600; margin: 0 0 14px; padding: 8px 14px; border-left: 6px solid var(--mw-accent); background: var(--mw-accent-soft); }
    .line.small { font-size: 17px; }
    .ask { font-weight: 700; }
    .choices { display: grid; gap: 10px; }
    .choices button { display: grid; grid-template-columns: 36px 1fr; gap: 10px; align-items: center; text-align: left; min-height: 56px;
      padding: 10px 14px; font: inherit; font-size: 18px; color: inherit; background: var(--mw-surface);
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .letter { display: grid; place-items: center; width: 32px; height: 32px; border-radius: 50%; background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; }
    .choices button.mine { border: 3px solid var(--mw-accent); background: var(--mw-accent); color: var(--mw-on-accent); }
    .choices button.mine .letter { background: var(--mw-on-accent); color: var(--mw-accent); }
    .choices button[disabled]:not(.mine) { color: inherit; }
    .ending { padding: 10px 14px; border: 2px solid var(--mw-accent); border-radius: var(--mw-radius); }
    .hint { font-weight: 600; margin-top: 14px; }
    .role { font-size: 24px; margin: 0 0 10px; }
    .briefing { font-size: 19px; padding: 12px 14px; background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius); }
    .private { font-size: 15px; color: var(--mw-muted); }
    .checklist { border: 0; padding: 0; margin: 0; display: grid; gap: 8px; }
    legend { font-weight: 700; margin-bottom: 8px; }
    .checklist label { display: flex; gap: 12px; align-items: center; min-height: 52px; padding: 6px 12px;
      border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
    input[type='checkbox'] { width: 26px; height: 26px; flex: none; accent-color: var(--mw-accent); }
    .path { padding-left: 22px; margin: 0; }
    .path > li { margin-bottom: 16px; }
    .taken { margin-bottom: 4px; }
    .consequence { font-style: italic; margin-bottom: 6px; }
    .others-label { font-size: 16px; font-weight: 700; color: var(--mw-muted); margin: 0 0 2px; }
    .others { color: var(--mw-muted); font-size: 16px; padding-left: 18px; margin: 0; }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-roleplay-phone': MwRoleplayPhone;
  }
}
