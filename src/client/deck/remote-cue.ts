/**
 * What the remote shows of the slide on screen (decision 0086), read from the deck's own DOM: its
 * title, the next slide's, the notes as lines of text with the debrief prompts that apply now (as
 * the live debrief marked them), the `Tijd:` line, and the kind's own buttons on its screen.
 */
import type { RevealApi } from 'reveal.js';
import { isTimeLine, minutesOfLine, type Cue, type CueMove, type CueNote } from '../../shared/remote/cue.ts';

const titleOf = (slide: Element | undefined): string =>
  slide?.querySelector('h1, h2, h3')?.textContent?.trim() || slide?.querySelector('[exercise-id]')?.getAttribute('exercise-id') || 'Dia zonder titel';

const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The notes of a slide as lines; the time line is left out (the cue has its minutes). */
export function notesOf(slide: Element): { notes: CueNote[]; minutes: number | null } {
  const notes: CueNote[] = [];
  let minutes: number | null = null;
  const aside = slide.querySelector(':scope > aside.notes');
  for (const element of aside?.querySelectorAll('p, li') ?? []) {
    // A paragraph inside a list item is read with its item.
    if (element.tagName === 'P' && element.closest('li')) continue;
    const text = textOf(element);
    if (!text) continue;
    if (isTimeLine(text)) {
      minutes ??= minutesOfLine(text);
      continue;
    }
    if (element.matches('li[data-rule]')) notes.push({ kind: 'prompt', text, applies: (element as HTMLElement).dataset.applies === 'true' });
    else notes.push({ kind: element.tagName === 'LI' ? 'item' : 'line', text });
  }
  return { notes, minutes };
}

/** The kind's own buttons on the exercise's screen (`data-move`), e.g. "Neem meerderheid". */
export function movesOf(slide: Element): CueMove[] {
  const screen = slide.querySelector('[exercise-id]');
  const buttons = screen?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[data-move]') ?? [];
  return [...buttons].map((button) => ({ name: button.dataset.move!, label: textOf(button), isEnabled: !button.disabled }));
}

/** The kind's button `name` on the current slide's screen, to press for a remote. */
export function moveButton(slide: Element | undefined, name: string): HTMLButtonElement | null {
  const screen = slide?.querySelector('[exercise-id]');
  return screen?.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-move="${CSS.escape(name)}"]`) ?? null;
}

/** The cue for the slide on screen; `times` keeps the session's start and when this slide was shown. */
export function cueOf(deck: RevealApi, times: { startedAt: number; slideShownAt: number; now: number }): Cue {
  const slides = deck.getSlides();
  const current = deck.getCurrentSlide();
  const index = current ? slides.indexOf(current) : 0;
  const screen = current?.querySelector('[exercise-id]');
  const { notes, minutes } = current ? notesOf(current) : { notes: [], minutes: null };
  return {
    title: titleOf(current),
    next: index + 1 < slides.length ? titleOf(slides[index + 1]) : null,
    position: { index: index + 1, total: slides.length },
    notes,
    minutes,
    slideShownAt: times.slideShownAt,
    startedAt: times.startedAt,
    at: times.now,
    exercise: screen ? { id: screen.getAttribute('exercise-id')!, kind: screen.tagName.toLowerCase().replace(/^mw-|-screen$/g, '') } : null,
    moves: current ? movesOf(current) : [],
  };
}
