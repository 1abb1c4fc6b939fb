/**
 * <mw-roleplay-screen>: the branching role-play on the projector: the scene, live vote bars and
 * the trainer's moves; the groups during role-card practice; the debrief of the path taken.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { isShowingNames } from '../../../shared/room-schema.ts';
import { ExerciseController } from '../../../client/exercise/exercise-controller.ts';
import { controlsStyles } from '../../../client/exercise/screen-controls.ts';
import {
  choiceOf,
  majorityOf,
  sceneOf,
  type RoleplayDefinition,
  type RoleplayMove,
  type RoleplayProgress,
  type RoleplayTally,
} from '../model.ts';
import { ROLE_NAMES } from '../role-names.ts';
import './mw-roleplay-debrief.ts';

const EMPTY: RoleplayTally = { total: 0, counts: {}, checklist: { observers: 0, counts: [] } };

@customElement('mw-roleplay-screen')
export class MwRoleplayScreen extends LitElement {
  @property({ attribute: false }) definition?: RoleplayDefinition;
  /** Static print view: the question and its options as the room first sees them. */
  @property({ type: Boolean, reflect: true, attribute: 'print' }) isPrint = false;
  /** The groups list shows names: it follows who joined and whether the trainer hid the names. */
  private readonly exercise = new ExerciseController<RoleplayDefinition, RoleplayTally>(this, { watch: (room) => [room.people, room.stage] });

  private get progress(): RoleplayProgress | undefined {
    return this.exercise.state?.progress as RoleplayProgress | undefined;
  }

  private act(move: RoleplayMove) {
    this.exercise.move(move);
  }

  override render() {
    const definition = this.definition;
    if (!definition) return nothing;
    const progress = this.progress ?? { phase: 'vote', scene: definition.scenes[0].id, path: [] };
    const tally = this.exercise.tally(EMPTY);
    if (progress.phase === 'debrief') {
      return html`<mw-roleplay-debrief .definition=${definition} .progress=${progress}></mw-roleplay-debrief>
        <div class="footer">${this.trainerRow(progress, tally)}</div>`;
    }
    if (progress.phase === 'groups') return html`${this.renderGroups(definition, progress, tally)}<div class="footer">${this.trainerRow(progress, tally)}</div>`;
    // One footer for both rows of buttons: it stays at the screen's bottom edge as one piece.
    return html`${this.renderScene(definition, progress, tally)}
      <div class="footer">${this.trainerRow(progress, tally)}${this.exercise.controls(tally.total, 'Toon stemmen', ['reset'])}</div>`;
  }

  private renderLead(definition: RoleplayDefinition, progress: RoleplayProgress) {
    const last = progress.path.at(-1);
    const choice = last && choiceOf(definition, `${last.scene}/${last.choice}`);
    return html`<p class="lead">
      <span class="step">Stap ${progress.path.length + 1}</span>
      ${choice
        ? html`<span class="previous" data-previous=${choice.id}>Gekozen: ${choice.text}${choice.consequence ? html` <strong>→ ${choice.consequence}</strong>` : nothing}</span>`
        : html`<span class="situation">${definition.situation}</span>`}
    </p>`;
  }

  private renderScene(definition: RoleplayDefinition, progress: RoleplayProgress, tally: RoleplayTally) {
    const scene = sceneOf(definition, progress.scene);
    const isEnd = scene.ending !== undefined;
    return html`
      ${this.renderLead(definition, progress)}
      ${scene.text ? html`<blockquote class="line" data-scene=${scene.id}>${scene.text}</blockquote>` : nothing}
      ${isEnd
        ? html`<p class="ending" data-ending=${scene.id}><strong>Einde.</strong> ${scene.ending}</p>`
        : html`<ol class="choices">
            ${scene.choices.map((choice) => {
              const count = tally.counts[choice.id] ?? 0;
              const share = tally.total ? Math.round((count / tally.total) * 100) : 0;
              return html`<li data-choice=${choice.id}>
                <span class="letter" aria-hidden="true">${choice.letter.toUpperCase()}</span>
                <span class="text">${choice.text}</span>
                <span class="bar" style="width:${share}%"></span>
                <span class="count" data-count=${count}>${count}</span>
                ${this.exercise.isTrainer
                  ? html`<button type="button" class="pick" aria-label="Kies deze, ${choice.letter.toUpperCase()}" @click=${() => this.act({ type: 'kies', choice: choice.id })}>
                      Kies deze
                    </button>`
                  : nothing}
              </li>`;
            })}
          </ol>`}
    `;
  }

  private renderGroups(definition: RoleplayDefinition, progress: RoleplayProgress, tally: RoleplayTally) {
    const groups = new Map<number, { name: string | null; role: string }[]>();
    const areNamesShown = !this.exercise.room || isShowingNames(this.exercise.room.stage);
    for (const [pid, { group, role }] of Object.entries(progress.groups ?? {})) {
      const nickname = this.exercise.room?.people.get(pid)?.nickname?.trim();
      const name = areNamesShown ? nickname || 'zonder naam' : null;
      groups.set(group, [...(groups.get(group) ?? []), { name, role: ROLE_NAMES[role] }]);
    }
    const observers = Object.values(progress.groups ?? {}).filter((m) => m.role === 'observator').length;
    return html`
      <p class="lead"><span class="step">Oefenen in groepjes</span><span class="situation">${definition.situation}</span></p>
      <p class="how">Elke telefoon toont je groep, je rol en een briefing die alleen jij ziet.</p>
      <ol class="groups">
        ${[...groups].sort(([a], [b]) => a - b).map(
          ([group, members]) => html`<li data-group=${group}>
            <span class="group-name">Groep ${group}</span>
            ${members.map((m) => html`<span class="member">${m.name === null ? nothing : html`<bdi>${m.name}</bdi> · `}<em>${m.role}</em></span>`)}
          </li>`,
        )}
      </ol>
      <p class="observed" data-observed=${tally.checklist.observers}>Kijkpunten ingevuld: ${tally.checklist.observers} van ${observers}</p>
    `;
  }

  private trainerRow(progress: RoleplayProgress, tally: RoleplayTally) {
    if (!this.exercise.isTrainer || !this.definition) return nothing;
    const isVote = progress.phase === 'vote';
    const scene = sceneOf(this.definition, progress.scene);
    const canVote = isVote && scene.ending === undefined;
    const isTied = canVote && tally.total > 0 && majorityOf(tally) === null;
    const button = (label: string, move: RoleplayMove, enabled = true, name: string = move.type) =>
      html`<button type="button" data-move=${name} ?disabled=${!enabled} @click=${() => this.act(move)}>${label}</button>`;
    return html`<div class="moves">
      ${canVote ? button('Neem meerderheid', { type: 'meerderheid' }, majorityOf(tally) !== null) : nothing}
      ${isTied ? html`<span class="tie" role="status">Gelijke stand: kies zelf</span>` : nothing}
      ${progress.phase === 'groups' ? button('Terug naar het spel', { type: 'einde-groepen' }) : nothing}
      ${button('Stap terug', { type: 'terug' }, progress.path.length > 0)}
      ${button('Opnieuw spelen', { type: 'opnieuw' })}
      ${progress.phase !== 'debrief' ? button('Nabespreken', { type: 'nabespreken' }) : nothing}
      ${this.definition.roles && progress.phase !== 'groups'
        ? html`${button('Tweetallen', { type: 'groepen', size: 2 }, true, 'groepen-2')}${button('Drietallen', { type: 'groepen', size: 3 }, true, 'groepen-3')}`
        : nothing}
    </div>`;
  }

  static override styles = [
    controlsStyles,
    css`
      :host { display: block; text-align: left; font-family: var(--mw-font); color: var(--mw-text); }
      .lead { display: flex; gap: 14px; align-items: baseline; font-size: 24px; line-height: 1.3; margin: 0 0 12px; color: var(--mw-muted); }
      .step { flex: none; font-weight: 700; color: var(--mw-on-accent); background: var(--mw-accent); border-radius: 8px; padding: 2px 12px; }
      .previous strong { color: var(--mw-text); }
      .line { font-size: 32px; line-height: 1.3; font-weight: 600; margin: 0 0 14px; padding: 10px 20px;
        border-left: 8px solid var(--mw-accent); background: var(--mw-accent-soft); border-radius: 0 var(--mw-radius) var(--mw-radius) 0; }
      .ending { font-size: 30px; line-height: 1.3; padding: 14px 20px; margin: 0; border: 3px solid var(--mw-accent); border-radius: var(--mw-radius); background: var(--mw-surface); }
      .choices { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
      .choices li {
        position: relative; display: grid; grid-template-columns: 48px 1fr auto auto; align-items: center; gap: 14px;
        padding: 6px 10px 6px 14px; border: 2px solid var(--mw-border); border-radius: var(--mw-radius);
        background: var(--mw-surface); overflow: hidden; font-size: 28px; line-height: 1.25; min-height: 52px;
      }
      .letter { z-index: 1; display: grid; place-items: center; width: 44px; height: 44px; border-radius: 50%;
        background: var(--mw-accent); color: var(--mw-on-accent); font-weight: 700; }
      .text, .count, .pick { z-index: 1; }
      .count { font-size: 30px; font-weight: 700; min-width: 1.5em; text-align: right; font-variant-numeric: tabular-nums; }
      .bar { position: absolute; inset: 0 auto 0 0; background: var(--mw-accent-soft); transition: width 0.4s ease; }
      .moves { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 14px; font-size: 24px; }
      .moves button, .pick { font-size: 24px; }
      .tie { font-weight: 700; color: var(--mw-text); background: var(--mw-warn-soft); padding: 6px 12px; border-radius: 10px; }
      .how { font-size: 24px; margin: 0 0 12px; }
      .groups { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 10px; }
      .groups li { display: grid; gap: 4px; padding: 10px 16px; border: 2px solid var(--mw-border); border-radius: var(--mw-radius); background: var(--mw-surface); font-size: 24px; }
      .group-name { font-weight: 700; color: var(--mw-accent); font-size: 26px; }
      .member { overflow-wrap: anywhere; }
      .member em { color: var(--mw-muted); font-style: normal; }
      .observed { font-size: 26px; font-weight: 700; margin: 12px 0 0; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'mw-roleplay-screen': MwRoleplayScreen;
  }
}
