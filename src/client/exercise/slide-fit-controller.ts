/**
 * Keeps an exercise screen inside its slide on the projector, whatever the room sends and the
 * trainer reveals: the screen gets the height left under the slide's title; content taller than
 * that is first drawn smaller (down to FIT_FLOOR of its size) and what still does not fit
 * scrolls inside the screen, while the trainer's buttons stay pinned at its bottom
 * (`fitStyles`). Only the projector: the print view (PDF export) is laid out once, as it is.
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * The smallest share of its designed size a screen is drawn at. Below it the 24 px status line
 * would drop under 20 px, too small for the back of a room; a longer text scrolls instead.
 */
export const FIT_FLOOR = 0.8;

/** The scales tried, largest first, when a screen does not fit at its designed size. */
export const FIT_STEPS: readonly number[] = [0.975, 0.95, 0.925, 0.9, 0.875, 0.85, 0.825, 0.8];

/**
 * The largest scale at which the screen fits `room` px, trying FIT_STEPS in turn: `heightAt`
 * lays the screen out at a scale and says how high it then is (text wraps differently at each
 * scale, so each is measured, not computed). FIT_FLOOR when none fits: the rest scrolls.
 */
export function fitScale(room: number, heightAt: (scale: number) => number): number {
  if (heightAt(1) <= room) return 1;
  return FIT_STEPS.find((scale) => heightAt(scale) <= room) ?? FIT_FLOOR;
}

type FitHost = ReactiveControllerHost & HTMLElement & { isPrint: boolean };

export class SlideFitController implements ReactiveController {
  private readonly resized = new ResizeObserver(() => this.fit());
  private observed = new Set<Element>();

  constructor(private readonly host: FitHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Fires when the slide comes into view (from display: none) and when a nested view changes size.
    this.resized.observe(this.host);
  }

  hostDisconnected(): void {
    this.resized.disconnect();
    this.observed.clear();
  }

  hostUpdated(): void {
    if (this.host.isPrint) return;
    // A nested element (the role-play's debrief) re-renders by itself: its size says when.
    for (const child of this.host.shadowRoot?.children ?? []) {
      if (this.observed.has(child)) continue;
      this.observed.add(child);
      this.resized.observe(child);
    }
    this.fit();
  }

  /** Measures the natural height, then sets the scale and the height that make the screen fit. */
  private fit(): void {
    const host = this.host;
    const slide = host.offsetParent as HTMLElement | null;
    if (host.isPrint || !slide?.matches('section[data-exercise]')) return;
    const room = slide.clientHeight - parseFloat(getComputedStyle(slide).paddingBottom) - host.offsetTop;
    const style = host.style;
    style.maxHeight = '';
    const scale = fitScale(room, (scale) => {
      style.zoom = scale === 1 ? '' : String(scale);
      return host.scrollHeight * scale;
    });
    style.zoom = scale === 1 ? '' : String(scale);
    // `zoom` scales the element's own lengths too: its height in unzoomed px is the room divided by the scale.
    style.maxHeight = `${Math.floor(room / scale)}px`;
  }
}

/**
 * Shared by every exercise screen: the screen scrolls within the height the controller gives it,
 * and its rows of trainer buttons (`.footer`, `.status-row`) stay at its bottom edge, on the
 * slide's own background so scrolled text passes under them.
 */
export const fitStyles = css`
  :host(:not([print])) { overflow-y: auto; overscroll-behavior: contain; }
  .footer, .status-row { position: sticky; bottom: 0; z-index: 2; background: var(--mw-bg); }
  .footer .status-row { position: static; }
`;
