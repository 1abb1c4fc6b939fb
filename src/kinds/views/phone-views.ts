/** The phone view of each exercise kind, chosen by the kind named in the stage's prompt. */
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { ExerciseState } from '../../shared/room-schema.ts';
import '../../client/exercise/mw-countdown.ts';

/**
 * Each kind's phone view, `src/kinds/<kind>/views/mw-<kind>-phone.ts`, found by that name and
 * loaded the first time an exercise of its kind opens: the join page stays small, and a phone
 * downloads only the kinds the session uses.
 */
const phoneViewLoaders = new Map(
  Object.entries(import.meta.glob('../*/views/mw-*-phone.ts')).flatMap(([path, load]) => {
    const [, folder, kind] = /^\.\.\/([^/]+)\/views\/mw-([^/]+)-phone\.ts$/.exec(path) ?? [];
    return folder === kind ? [[kind, load] as const] : [];
  }),
);

/** Starts loading the phone view of `kind`; until it is defined, the element waits un-upgraded (Lit keeps the properties set on it). */
function ensurePhoneView(kind: string): void {
  if (customElements.get(`mw-${kind}-phone`)) return;
  void phoneViewLoaders.get(kind)?.();
}

/**
 * Every phone element gets `.prompt`, `.status`, `.reveal`, `.progress` (what the kind's
 * `forPhones` shares of the trainer's progress), `.answer` (this participant's answer in the
 * current round) and `.own` (what this phone alone may see: the kind's `ownParts` for it), and
 * fires `answer-submitted` with `{ value }`.
 */
export function renderPhoneView({ state, answer, own }: { state: ExerciseState; answer: unknown; own: unknown }, onAnswer: (value: unknown) => void) {
  const kind = (state.prompt as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !phoneViewLoaders.has(kind)) return nothing;
  ensurePhoneView(kind);
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
