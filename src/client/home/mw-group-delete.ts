/**
 * <mw-group-delete>: deleting a whole leergang from the start page, with every answer, task and
 * name in it. It cannot be undone, so the trainer types the group's name first.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { deleteGroup, type GroupSummary } from '../../sync/group-api.ts';
import { ApiError } from '../../sync/room-api.ts';
import { groupChanged, groupStyles } from './group-styles.ts';

@customElement('mw-group-delete')
export class MwGroupDelete extends LitElement {
  @property({ attribute: false }) group!: GroupSummary;
  @state() private typed = '';
  @state() private problem = '';

  private async delete(event: SubmitEvent) {
    event.preventDefault();
    try {
      await deleteGroup(location.origin, this.group.id, this.typed);
      this.dispatchEvent(groupChanged());
    } catch (error) {
      this.problem = error instanceof ApiError ? error.message : 'De server is niet bereikbaar.';
    }
  }

  override render() {
    const matches = this.typed.trim() === this.group.name.trim();
    return html`<details>
      <summary>Leergang verwijderen</summary>
      <form @submit=${this.delete}>
        <p>Alles van deze leergang gaat weg: de deelnemers, hun antwoorden, opdrachten en namen, en de aanwezigheid. Dat kan niet ongedaan worden.</p>
        <label>Typ ter bevestiging de naam: <strong>${this.group.name}</strong>
          <input name="name" autocomplete="off" .value=${this.typed} @input=${(event: Event) => (this.typed = (event.target as HTMLInputElement).value)} />
        </label>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        <button type="submit" class="danger" ?disabled=${!matches}>Leergang definitief verwijderen</button>
      </form>
    </details>`;
  }

  static override styles = [
    groupStyles,
    css`
      form { display: grid; gap: 10px; justify-items: start; }
      p { margin: 6px 0 0; }
      label { display: grid; gap: 4px; justify-self: stretch; }
      input { font: inherit; padding: 8px 10px; border: 2px solid var(--mw-border); border-radius: 8px; box-sizing: border-box; width: 100%; max-width: 24em; }
      button.danger { background: var(--mw-danger, #a4262c); border-color: var(--mw-danger, #a4262c); color: #fff; font-weight: 700; }
      button:disabled { opacity: 0.5; cursor: not-allowed; }
      .problem { color: var(--mw-danger, #a4262c); font-weight: 700; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-group-delete': MwGroupDelete;
  }
}
