/**
 * Phone pieces of the kinds with free text: the reminder above every text box, the text box's look,
 * the list of shown texts and a small word cloud.
 */
import { css, html, nothing } from 'lit';
import type { WordCount } from '../../kinds/open/word-cloud.ts';

/** Whether a new prompt is another question, not the same one re-sent with the trainer's latest move. */
export function isOtherPrompt(previous: unknown, next: unknown): boolean {
  return previous !== undefined && JSON.stringify(previous) !== JSON.stringify(next);
}

/** What every free-text box on a phone reminds: managers write about their own staff. */
export const NO_NAMES_REMINDER = 'Noem geen namen of diagnoses van medewerkers.';

/** The reminder above a text box; give the box `aria-describedby="reminder …"`. */
export const renderNoNamesReminder = () => html`<p class="reminder" id="reminder">${NO_NAMES_REMINDER}</p>`;

/** The cloud on a phone: 16-34 px by use, each word's count for screen readers. */
export function renderPhoneCloud(words: readonly WordCount[]) {
  if (words.length === 0) return nothing;
  const most = Math.max(1, ...words.map((w) => w.count));
  const size = (count: number) => (most === 1 ? 22 : Math.round(16 + ((count - 1) / (most - 1)) * 18));
  return html`<h3 id="cloud-title">Woordwolk</h3>
    <ul class="cloud" aria-labelledby="cloud-title">
      ${words.map(
        (w) => html`<li data-word=${w.word} style="font-size:${size(w.count)}px">${w.word}<span class="sr">, ${w.count} keer</span></li>`,
      )}
    </ul>`;
}

/** The text box and the shown answers; use after `phoneStyles`. */
export const freeTextStyles = css`
  label { display: block; font-size: 18px; font-weight: 600; margin-bottom: 6px; }
  textarea { box-sizing: border-box; width: 100%; font: inherit; font-size: 20px; padding: 10px 12px; resize: vertical;
    color: inherit; border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); }
  textarea[disabled] { opacity: 0.75; }
  .reminder { font-size: 16px; margin: 0 0 8px; padding: 8px 10px; border-left: 5px solid var(--mw-accent); background: var(--mw-surface); }
  .length { font-size: 15px; color: var(--mw-muted); margin: 4px 0 0; text-align: right; }
  .none { font-size: 17px; color: var(--mw-muted); }
  h3 { font-size: 18px; margin: 20px 0 8px; }
  .shown { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .shown li { font-size: 17px; line-height: 1.35; padding: 8px 12px; border-radius: 10px; background: var(--mw-surface);
    border: 1px solid var(--mw-border); border-left: 5px solid var(--mw-accent); overflow-wrap: anywhere; }
  .cloud { list-style: none; margin: 0; padding: 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline;
    justify-content: center; background: var(--mw-surface); border-radius: var(--mw-radius); }
  /* One long word (an 80-letter answer) wraps inside the phone's width instead of widening the page. */
  .cloud li { font-weight: 700; color: var(--mw-accent); max-width: 100%; overflow-wrap: anywhere; text-align: center; }
  .cloud li:nth-child(even) { color: var(--mw-text); }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
