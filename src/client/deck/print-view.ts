/**
 * The deck as a PDF (`?print-pdf`, Reveal's print view; `&notes=1` adds each slide's speaker
 * notes on a page of its own). It joins no live room: every exercise shows its question and
 * options from the definition alone, the join card a line instead of a QR code. Once Reveal has
 * laid out the pages and every element has rendered, `<html data-print="ready">` tells
 * `npm run export` it may print.
 */
import type { RevealConfig } from 'reveal.js';
import { JOIN_LINE } from '../../shared/deck/static-lines.ts';
import './print-view.css';


/** Reveal 6 still reads `?print-pdf` itself; we also set `view: 'print'` so the intent is explicit. */
export function isPrintView(params: URLSearchParams): boolean {
  return params.has('print-pdf');
}

export function hasPrintedNotes(params: URLSearchParams): boolean {
  const notes = params.get('notes');
  return notes !== null && notes !== '0';
}

/**
 * Pages of exactly 1280×720 (no margin) with one page per slide whatever its content; fragments
 * shown at once (Reveal would clone them per step, and a clone loses the Lit views' content).
 */
export function printConfig(params: URLSearchParams): Partial<RevealConfig> {
  return {
    view: 'print',
    margin: 0,
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    // Reveal 6 accepts 'separate-page' here at run time; its types only know the boolean.
    showNotes: (hasPrintedNotes(params) ? 'separate-page' : false) as boolean,
  };
}

/** Static content in place of the live parts, before Reveal lays out the pages. */
export function prepareForPrint(slidesRoot: HTMLElement, withNotes: boolean): void {
  for (const element of slidesRoot.querySelectorAll<HTMLElement & { isPrint?: boolean }>('[exercise-id]')) element.isPrint = true;
  for (const card of slidesRoot.querySelectorAll('mw-join-card')) {
    const line = document.createElement('p');
    line.className = 'mw-print-join';
    line.textContent = JOIN_LINE;
    card.replaceWith(line);
  }
  if (withNotes) labelNotes(slidesRoot);
}

/**
 * Each notes page says which slide it belongs to, and the debrief prompts read as conditions
 * (nothing is marked on paper, so "wat nu geldt, is gemarkeerd" would mislead).
 */
function labelNotes(slidesRoot: HTMLElement): void {
  const slides = [...slidesRoot.querySelectorAll<HTMLElement>('section')].filter((section) => !section.querySelector('section'));
  slides.forEach((slide, index) => {
    const notes = slide.querySelector('aside.notes');
    if (!notes) return;
    const heading = slide.querySelector('h1, h2, h3')?.textContent?.trim();
    const label = document.createElement('p');
    label.className = 'mw-notes-label';
    label.textContent = `Notities bij dia ${index + 1}${heading ? `: ${heading}` : ''}`;
    notes.prepend(label);
    for (const title of notes.querySelectorAll('.mw-debrief > p:first-child')) {
      title.innerHTML = '<strong>Nabespreken</strong>, afhankelijk van de antwoorden:';
    }
  });
}

/** Resolves when Reveal has built the pages (its `pdf-ready` event on the `.reveal` element). */
export function whenPagesReady(revealElement: HTMLElement): Promise<void> {
  return new Promise((resolve) => revealElement.addEventListener('pdf-ready', () => resolve(), { once: true }));
}

/** Every custom element rendered and the fonts loaded: then the pages are final. */
export async function markPrintReady(root: HTMLElement): Promise<void> {
  const elements = [...root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((el) => el.localName.includes('-'));
  await Promise.all(elements.map((element) => element.updateComplete));
  await document.fonts.ready;
  document.documentElement.dataset.print = 'ready';
}
