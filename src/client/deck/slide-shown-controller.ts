/**
 * Lit ReactiveController: calls back each time Reveal shows the slide its host sits on (on
 * `ready` when the deck opens there, and on every `slidechanged` to it). The deck's events are
 * the outside world here, so the element itself never listens to Reveal.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type RevealSlideEvent = Event & { currentSlide?: Element };

export class SlideShownController implements ReactiveController {
  private deck: Element | null = null;
  private readonly onDeckEvent = (event: Event) => {
    const shown = (event as RevealSlideEvent).currentSlide;
    if (shown && this.slide && (shown === this.slide || this.slide.contains(shown))) this.onShown();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onShown: () => void,
  ) {
    host.addController(this);
  }

  private get slide(): Element | null {
    return this.host.closest('section');
  }

  hostConnected(): void {
    this.deck = this.host.closest('.reveal');
    this.deck?.addEventListener('ready', this.onDeckEvent);
    this.deck?.addEventListener('slidechanged', this.onDeckEvent);
    // Connected while its slide is already the one shown (Reveal was running before it came in).
    if (this.slide?.classList.contains('present')) this.onShown();
  }

  hostDisconnected(): void {
    this.deck?.removeEventListener('ready', this.onDeckEvent);
    this.deck?.removeEventListener('slidechanged', this.onDeckEvent);
    this.deck = null;
  }
}
