/** The status line and trainer buttons every exercise screen shows under its content. */
import { css, html, nothing } from 'lit';
import type { ExerciseState, StageAction } from '../../shared/room-schema.ts';
import './mw-countdown.ts';
import { fitStyles } from './slide-fit-controller.ts';

const STATUS_TEXT = { open: 'open', locked: 'vergrendeld', revealed: 'antwoord getoond' } as const;
const BUTTONS: { action: StageAction; label: string }[] = [
  { action: 'open', label: 'Open' },
  { action: 'lock', label: 'Vergrendel' },
  { action: 'reveal', label: 'Toon antwoord' },
  { action: 'reset', label: 'Opnieuw' },
];

export function renderControls(options: {
  state: ExerciseState | undefined;
  total: number;
  isTrainer: boolean;
  /** What the reveal button says; "Toon antwoord" by default. */
  revealLabel?: string;
  /** Generic buttons this kind leaves out (e.g. a role-play has its own "Opnieuw spelen"). */
  hidden?: readonly StageAction[];
  onAction: (action: StageAction) => void;
}) {
  const { state, total, isTrainer, onAction, revealLabel, hidden = [] } = options;
  return html`<div class="status-row">
    <span class="answered" data-answered=${total}>${total} ${total === 1 ? 'antwoord' : 'antwoorden'}</span>
    <span class="status" data-status=${state?.status ?? 'none'}>${state ? STATUS_TEXT[state.status] : 'nog niet gestart'}</span>
    ${state?.status === 'open' && state.closesAt !== undefined ? html`<mw-countdown .closesAt=${state.closesAt}></mw-countdown>` : nothing}
    ${isTrainer && state
      ? html`<span class="controls">
          ${BUTTONS.filter(({ action }) => !hidden.includes(action)).map(
            ({ action, label }) =>
              html`<button type="button" data-action=${action} ?disabled=${!isEnabled(state, action)} @click=${() => onAction(action)}>
                ${action === 'reveal' && revealLabel ? revealLabel : label}
              </button>`,
          )}
        </span>`
      : nothing}
  </div>`;
}

function isEnabled(state: ExerciseState, action: StageAction): boolean {
  if (action === 'open') return state.status === 'locked';
  if (action === 'lock') return state.status === 'open';
  if (action === 'reveal') return state.status !== 'revealed';
  return true;
}

/** The status row's and buttons' look, and how every screen fits its slide (fitStyles). */
export const controlsStyles = [
  fitStyles,
  css`
  /* A follower deck (decision 0092) writes nothing: its stage buttons are hidden, in place, so nothing moves. */
  button[data-action], button[data-move] { visibility: var(--mw-presenter-buttons, visible); }
  .status-row { display: flex; align-items: center; gap: 18px; margin-top: 16px; font-size: 24px; }
  .answered { font-weight: 700; }
  .status { color: var(--mw-muted); }
  .controls { margin-left: auto; display: flex; gap: 8px; }
  button {
    font: inherit; font-size: 24px; padding: 6px 14px; border-radius: 10px; cursor: pointer;
    border: 2px solid var(--mw-accent); background: var(--mw-surface); color: var(--mw-accent);
  }
  button:hover:not([disabled]) { background: var(--mw-accent); color: var(--mw-on-accent); }
  button[disabled] { opacity: 0.35; cursor: default; }
  /* The print view (PDF export) has no room: live counts and bars would only show zeros. */
  :host([print]) .count, :host([print]) .bar { display: none; }
  .print-note { margin: 20px 0 0; font-size: 24px; color: var(--mw-muted); font-style: italic; }
`,
];
