/** <mw-coverage>: which live exercise practises which goal and working component, per session, and why. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Coverage } from '../../shared/deck/curriculum-coverage.ts';
import { MIN_EXERCISES_PER_CODE } from '../../shared/deck/curriculum-coverage.ts';
import { CURRICULUM_TAGS, type CurriculumTag } from '../../shared/kind/kind.ts';

/** The codes in the words of the BRIEF (goals after SBCM, components after the Handboek). */
const CODE_NAMES: Record<CurriculumTag, string> = {
  D1: 'Houvast voor de rol van mentor en sturend leidinggevende',
  D2: 'Zelfvertrouwen in de dagelijkse begeleiding',
  D3: 'Kennis van veelvoorkomende (psychische) beperkingen',
  D4: 'Vaardigheden: leiderschapsstijlen, observeren, feedback geven',
  WB1: 'Een inclusief werkklimaat stimuleren',
  WB2: 'Begrip en kennis van beperkingen en problemen',
  WB3: 'Nadruk op kwaliteiten in plaats van beperkingen',
  WB4: 'Leerrijk werk en leerkansen creëren',
  WB5: 'De autonomie van de medewerker bevorderen',
  WB6: 'Transformationeel leiderschap: vertrouwen, aandacht, motiveren',
};


@customElement('mw-coverage')
export class MwCoverage extends LitElement {
  @property({ attribute: false }) coverage?: Coverage;

  override render() {
    const coverage = this.coverage;
    if (!coverage || coverage.sessions.length === 0) {
      return html`<a class="back" href="#">← Terug naar de decks</a><h1>Dekking van het curriculum</h1>
        <p class="lead">Er zijn geen sessiedecks (sessie-1 … sessie-5) in deze build.</p>`;
    }
    return html`
      <a class="back" href="#">← Terug naar de decks</a>
      <h1>Dekking van het curriculum</h1>
      <p class="lead">
        Welke live oefening oefent welk doel (D1-D4) en welk werkzaam bestanddeel (WB1-WB6), en
        waarom? Een code telt alleen waar de oefening hem echt oefent; elke code komt in minstens
        ${MIN_EXERCISES_PER_CODE} oefeningen terug, anders weigert de build het deck.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col" class="exercise">Oefening</th>
            ${CURRICULUM_TAGS.map((code) => html`<th scope="col" title=${CODE_NAMES[code]}>${code}</th>`)}
          </tr>
        </thead>
        ${coverage.sessions.map(
          (session) => html`<tbody data-deck=${session.deck}>
            <tr class="session"><th scope="rowgroup" colspan=${CURRICULUM_TAGS.length + 1}>${session.title}</th></tr>
            ${session.exercises.map(
              (exercise) => html`<tr data-exercise=${exercise.id}>
                <th scope="row" class="exercise">
                  ${exercise.label} <span class="kind">${exercise.kind}</span>
                  ${exercise.reason
                    ? html`<span class="reason">${exercise.reason}</span>`
                    : html`<span class="reason none">Oefent geen code.</span>`}
                </th>
                ${CURRICULUM_TAGS.map((code) =>
                  exercise.tags.includes(code) ? html`<td class="hit" data-code=${code}><span aria-label="oefent ${code}">●</span></td>` : html`<td></td>`,
                )}
              </tr>`,
            )}
          </tbody>`,
        )}
        <tfoot>
          <tr>
            <th scope="row" class="exercise">Aantal oefeningen</th>
            ${CURRICULUM_TAGS.map((code) => html`<td class="total" data-code=${code}>${coverage.byCode[code].length}</td>`)}
          </tr>
        </tfoot>
      </table>
      <h2>De codes</h2>
      <dl>
        ${CURRICULUM_TAGS.map((code) => html`<dt>${code}</dt><dd>${CODE_NAMES[code]}</dd>`)}
      </dl>
    `;
  }

  static override styles = css`
    :host { display: block; max-width: 1100px; margin: 32px auto; padding: 0 24px; font-family: var(--mw-font); color: var(--mw-text); }
    .back { font-size: 18px; color: var(--mw-accent); }
    h1 { color: var(--mw-accent); font-size: 36px; margin: 12px 0 8px; }
    h2 { font-size: 24px; margin: 32px 0 8px; }
    .lead { font-size: 19px; color: var(--mw-muted); margin: 0 0 20px; max-width: 60em; }
    table { border-collapse: collapse; width: 100%; font-size: 17px; }
    th, td { border-bottom: 1px solid var(--mw-border); padding: 6px 8px; text-align: center; }
    thead th { position: sticky; top: 0; background: var(--mw-bg); font-size: 16px; cursor: help; }
    .exercise { text-align: left; font-weight: 600; }
    .kind { font-weight: 400; color: var(--mw-muted); font-size: 15px; }
    .reason { display: block; font-weight: 400; font-size: 15px; color: var(--mw-text); margin-top: 2px; max-width: 44em; }
    .reason.none { color: var(--mw-muted); font-style: italic; }
    tr.session th { text-align: left; background: var(--mw-accent-soft); font-size: 19px; padding: 10px 8px; }
    td.hit { color: var(--mw-accent); font-size: 20px; }
    tfoot td, tfoot th { font-weight: 700; border-top: 3px solid var(--mw-text); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 17px; }
    dt { font-weight: 700; }
    dd { margin: 0; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-coverage': MwCoverage;
  }
}
