/** Lit ReactiveController: re-renders its host whenever one of the given Y.Maps changes. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** Any Y.Map (or Y type): all the controller needs is observe / unobserve. */
export type AnyMap = { observe(f: () => void): void; unobserve(f: () => void): void };

export class YMapController implements ReactiveController {
  private observed: AnyMap[] = [];
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly maps: () => AnyMap[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostDisconnected(): void {
    for (const map of this.observed) map.unobserve(this.onChange);
    this.observed = [];
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
