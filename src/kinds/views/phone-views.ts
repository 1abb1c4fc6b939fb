/** The phone view of each exercise kind, chosen by the kind named in the stage's prompt. */
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ExerciseState } from '../../shared/room-schema.ts';
import '../choice/views/mw-choice-phone.ts';
import '../scale/views/mw-scale-phone.ts';
import '../feedback/views/mw-feedback-phone.ts';
import '../open/views/mw-open-phone.ts';
import '../roleplay/views/mw-roleplay-phone.ts';
import '../sort/views/mw-sort-phone.ts';
import '../stylequiz/views/mw-stylequiz-phone.ts';
import '../../client/exercise/mw-countdown.ts';

/** Kinds with a `<mw-<kind>-phone>` element; anything else in a prompt renders nothing. */
const PHONE_KINDS = new Set(['choice', 'scale', 'stylequiz', 'roleplay', 'feedback', 'open', 'sort']);

/**
 * Every phone element gets `.prompt`, `.status`, `.reveal`, `.progress` (what the kind's
 * `forPhones` shares of the trainer's progress), `.answer` (this participant's answer in the
 * current round) and `.own` (what this phone alone may see: the kind's `ownParts` for it), and
 * fires `answer-submitted` with `{ value }`.
 */
export function renderPhoneView({ state, answer, own }: { state: ExerciseState; answer: unknown; own: unknown }, onAnswer: (value: unknown) => void) {
  const kind = (state.prompt as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !PHONE_KINDS.has(kind)) return nothing;
  const tag = unsafeStatic(`mw-${kind}-phone`);
  const countdown =
    state.status === 'open' && state.closesAt !== undefined
      ? html`<p class="countdown"><mw-countdown .closesAt=${state.closesAt}></mw-countdown></p>`
      : nothing;
  return html`${countdown}<${tag}
    .prompt=${state.prompt}
    .status=${state.status}
    .reveal=${state.reveal}
    .progress=${state.progress}
    .answer=${answer}
    .own=${own}
    @answer-submitted=${(event: CustomEvent<{ value: unknown }>) => onAnswer(event.detail.value)}
  ></${tag}>`;
}
