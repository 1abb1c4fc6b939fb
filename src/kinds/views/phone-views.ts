/** The phone view of each exercise kind, chosen by the kind named in the stage's prompt. */
import { html, nothing } from 'lit';
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

type PhoneElement = HTMLElement & Record<'prompt' | 'status' | 'reveal' | 'progress' | 'answer' | 'own' | 'live', unknown>;

/** One element per exercise (and kind), kept while the page lives: its state survives re-renders. */
const phoneElements = new Map<string, PhoneElement>();
/** The latest answer handler of each element (the page's session may have changed since it was made). */
const answerHandlers = new WeakMap<PhoneElement, (value: unknown) => void>();

/**
 * Every phone element gets `.prompt`, `.status`, `.reveal`, `.progress` (what the kind's
 * `forPhones` shares of the trainer's progress), `.answer` (this participant's answer in the
 * current round), `.own` (what this phone alone may see: the kind's `ownParts` for it) and `.live`
 * (what the server publishes from everyone's answers: the kind's `publicTally`), and
 * fires `answer-submitted` with `{ value }`. The element is made by name rather than with
 * lit/static-html's dynamic tags, which would cost the join page half a kilobyte.
 */
export function renderPhoneView(
  { id, state, answer, own, live }: { id: string; state: ExerciseState; answer: unknown; own: unknown; live?: unknown },
  onAnswer: (value: unknown) => void,
) {
  const kind = (state.prompt as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !phoneViewLoaders.has(kind)) return nothing;
  ensurePhoneView(kind);
  const key = `${id}|${kind}`;
  let element = phoneElements.get(key);
  if (!element) {
    const made = document.createElement(`mw-${kind}-phone`) as PhoneElement;
    made.addEventListener('answer-submitted', (event) => answerHandlers.get(made)?.((event as CustomEvent<{ value: unknown }>).detail.value));
    phoneElements.set(key, made);
    element = made;
  }
  answerHandlers.set(element, onAnswer);
  Object.assign(element, { prompt: state.prompt, status: state.status, reveal: state.reveal, progress: state.progress, answer, own, live });
  const countdown =
    state.status === 'open' && state.closesAt !== undefined
      ? html`<p class="countdown"><mw-countdown .closesAt=${state.closesAt}></mw-countdown></p>`
      : nothing;
  return html`${countdown}${element}`;
}
