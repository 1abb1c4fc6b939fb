/**
 * <mw-stylequiz-phone>: pick the fitting leadership style for the situation on screen. At reveal
 * the phone marks its own choice; at the summary it works out its own score from its own answers
 * and the fitting styles the trainer revealed, so no one else ever sees it.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ExerciseStatus } from '../../../shared/room-schema.ts';
import type { RevealedSituation, StyleQuizAnswer, StyleQuizPrompt, StyleQuizReveal } from '../model.ts';
import { fits, scoreOf } from '../scoring.ts';
import { phoneStyles } from '../../../client/exercise/phone-styles.ts';

@customElement('mw-stylequiz-phone')
export class MwStylequizPhone extends LitElement {
  @property({ attribute: false }) prompt?: StyleQuizPrompt;
  @property() status: ExerciseStatus = 'open';
  @property({ attribute: false }) reveal?: StyleQuizReveal;
  /** This participant's answers to the series in the current round, if any. */
  @property({ attribute: false }) answer?: StyleQuizAnswer;

  /** This participant's choices so far, by situation. */
  private get series(): StyleQuizAnswer {
    const answer = this.answer;
    return typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? answer : {};
  }

  private choose(style: string) {
    const value: StyleQuizAnswer = { ...this.series, [String(this.prompt!.situation)]: style };
    this.dispatchEvent(new CustomEvent('answer-submitted', { detail: { value }, bubbles: true, composed: true }));
  }

  override render() {
    const prompt = this.prompt;
    if (!prompt) return nothing;
    const reveal = this.status === 'revealed' ? this.reveal : undefined;
    if (prompt.summary) {
      return reveal?.view === 'summary'
        ? this.renderSummary(reveal.situations)
        : html`<p class="hint" role="status">Het overzicht staat op het scherm.</p>`;
    }
    const shown = reveal?.view === 'situation' && reveal.situation === prompt.situation ? reveal : undefined;
    const mine = this.series[String(prompt.situation)];
    return html`
      <p class="where">Situatie ${prompt.situation + 1} van ${prompt.count}</p>
      <h2 class="situation" id="situation">${prompt.text}</h2>
      <p class="ask" id="ask">Welke stijl past?</p>
      <div class="options" role="group" aria-labelledby="ask situation">
        ${prompt.styles.map((style) => {
          const isMine = mine === style;
          const isFitting = shown?.fitting.includes(style) ?? false;
          const classes = [isMine ? 'mine' : '', isFitting ? 'fitting' : '', shown && isMine && !isFitting ? 'wrong' : ''];
          return html`<button
            type="button"
            class=${classes.filter(Boolean).join(' ')}
            data-style=${style}
            aria-pressed=${isMine ? 'true' : 'false'}
            ?disabled=${this.status !== 'open'}
            @click=${() => this.choose(style)}
          >
            <span class="name">${style}</span>
            ${isMine ? html`<span class="tag">jouw keuze</span>` : nothing}
            ${isFitting ? html`<span class="tag fits">past</span>` : nothing}
            ${shown ? html`<span class="count">${shown.tally.counts[style] ?? 0} van ${shown.tally.total}</span>` : nothing}
          </button>`;
        })}
      </div>
      <p class="hint" role="status">${this.hint(mine, shown?.fitting)}</p>
      ${shown ? html`<p class="why">${shown.why}</p>` : nothing}
    `;
  }

  private hint(mine: string | undefined, fitting: string[] | undefined) {
    if (fitting) {
      const named = `Passend: ${fitting.join(' of ')}.`;
      if (mine === undefined) return `Je hebt deze situatie niet beantwoord. ${named}`;
      return fitting.includes(mine) ? `Goed! ${mine[0].toUpperCase()}${mine.slice(1)} past hier.` : `Niet de passende stijl. ${named}`;
    }
    if (this.status === 'locked') return mine === undefined ? 'Deze situatie is gesloten.' : 'Antwoord ontvangen. De trainer heeft de situatie gesloten.';
    return mine === undefined ? 'Tik op de stijl die past.' : 'Antwoord ontvangen. Je mag nog wisselen.';
  }

  private renderSummary(situations: RevealedSituation[]) {
    const own = this.series;
    const score = scoreOf(situations, own);
    return html`
      <h2 class="score" data-right=${score.right} data-of=${score.of}>Jouw score: ${score.right} van ${score.of}</h2>
      <p class="private">Alleen jij ziet je score. Het scherm toont alleen de groep.</p>
      <ol class="detail">
        ${situations.map((situation, index) => {
          const chosen = own[String(index)];
          const state = chosen === undefined ? 'open' : fits(situation, chosen) ? 'right' : 'wrong';
          return html`<li class=${state} data-situation=${index}>
            <span class="mark">${state === 'right' ? 'Goed' : state === 'wrong' ? 'Niet passend' : 'Niet beantwoord'}</span>
            <span class="text">${situation.text}</span>
            <span class="choice">Jij: ${chosen ?? '–'} · Passend: ${situation.fitting.join(' of ')}</span>
          </li>`;
        })}
      </ol>
      <p class="hint" role="status">Het overzicht van de groep staat op het scherm.</p>
    `;
  }

  static override styles = [
    phoneStyles,
    css`
    .where { font-size: 16px; font-weight: 700; color: var(--mw-accent); margin: 0 0 6px; }
    .situation { font-size: 20px; font-weight: 600; line-height: 1.35; margin: 0 0 12px; }
    .ask { font-size: 18px; font-weight: 700; margin: 0 0 10px; }
    .options { display: grid; gap: 10px; }
    button {
      display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; text-align: left;
      min-height: 56px; padding: 8px 16px; font: inherit; font-size: 20px; color: inherit;
      background: var(--mw-surface); border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
    }
    button[disabled] { color: inherit; }
    .name { font-weight: 700; }
    .tag { font-size: 14px; font-weight: 700; padding: 2px 8px; border-radius: 8px; background: var(--mw-accent); color: var(--mw-on-accent); }
    .tag.fits { background: var(--mw-correct); }
    .count { margin-left: auto; font-size: 16px; color: var(--mw-muted); font-variant-numeric: tabular-nums; }
    .mine { border-color: var(--mw-accent); border-width: 3px; background: var(--mw-accent-soft); }
    .fitting { border-color: var(--mw-correct); border-width: 3px; background: var(--mw-correct-soft); }
    .wrong { border-color: var(--mw-wrong); background: var(--mw-wrong-soft); }
    .wrong .tag { background: var(--mw-wrong); }
    .why { font-size: 17px; line-height: 1.4; margin: 10px 0 0; padding: 10px 12px;
      border-left: 5px solid var(--mw-correct); background: var(--mw-correct-soft); }
    .score { font-size: 28px; margin: 0 0 4px; }
    .private { font-size: 16px; color: var(--mw-muted); margin: 0 0 12px; }
    .detail { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
    .detail li { display: grid; gap: 4px; padding: 10px 12px; border: 2px solid var(--mw-border); border-left-width: 6px;
      border-radius: var(--mw-radius); background: var(--mw-surface); font-size: 16px; }
    .detail li.right { border-left-color: var(--mw-correct); }
    .detail li.wrong { border-left-color: var(--mw-wrong); }
    .mark { font-weight: 700; font-size: 17px; }
    .right .mark { color: var(--mw-correct); }
    .wrong .mark { color: var(--mw-wrong); }
    .text { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; line-height: 1.35; }
    .choice { font-weight: 600; }
  `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-stylequiz-phone': MwStylequizPhone;
  }
}
