/**
 * Lit ReactiveController: re-renders its host whenever one of the given Y.Maps changes. With
 * `atMostEveryMs`, a burst of changes re-renders at once and then at most once per that many
 * milliseconds (the last change always shows): a projector's tally of 2,000 phones' votes
 * otherwise redraws on every message and falls seconds behind. A change this page made itself
 * (the trainer's own click) always redraws at once: only what arrives from others is limited.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** What a Y type's observer is told; only whether the change was made on this page matters here. */
export type ChangeEvent = { transaction: { local: boolean } };
/** Any Y.Map (or Y type): all the controller needs is observe / unobserve. */
export type AnyMap = { observe(f: (event: ChangeEvent) => void): void; unobserve(f: (event: ChangeEvent) => void): void };

export class YMapController implements ReactiveController {
  private observed: AnyMap[] = [];
  /** While set, an update was just requested; `isDue` says a change came in meanwhile. */
  private quiet: ReturnType<typeof setTimeout> | undefined;
  private isDue = false;
  private readonly onChange = (event: ChangeEvent) => {
    const every = this.options.atMostEveryMs;
    if (!every || event.transaction.local) return this.host.requestUpdate();
    if (this.quiet !== undefined) return void (this.isDue = true);
    this.host.requestUpdate();
    const endQuiet = () => {
      this.quiet = undefined;
      if (!this.isDue) return;
      this.isDue = false;
      this.host.requestUpdate();
      this.quiet = setTimeout(endQuiet, every);
    };
    this.quiet = setTimeout(endQuiet, every);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly maps: () => AnyMap[],
    private readonly options: { atMostEveryMs?: number } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostDisconnected(): void {
    for (const map of this.observed) map.unobserve(this.onChange);
    this.observed = [];
    clearTimeout(this.quiet);
    this.quiet = undefined;
    this.isDue = false;
  }

  /** Call when the maps the host depends on were replaced (e.g. a room was attached). */
  refresh(): void {
    this.hostDisconnected();
    this.observe();
    this.host.requestUpdate();
  }

  private observe(): void {
    this.observed = this.maps();
    for (const map of this.observed) map.observe(this.onChange);
  }
}
