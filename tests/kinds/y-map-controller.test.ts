/**
 * The screens' redraw limit (YMapController `atMostEveryMs`): a burst of room changes redraws at
 * once, then at most once per window, and the last change always shows. Fake timers: the rule is
 * about a clock, not about how fast this machine is.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { YMapController, type AnyMap } from '../../src/client/lib/y-map-controller.ts';

function fakeMap() {
  const observers = new Set<() => void>();
  const map: AnyMap = { observe: (f) => void observers.add(f), unobserve: (f) => void observers.delete(f) };
  return { map, change: () => observers.forEach((f) => f()) };
}

function hostWith(maps: AnyMap[], atMostEveryMs?: number) {
  const host = { updates: 0, requestUpdate: () => void (host.updates += 1), addController: () => {}, removeController: () => {}, updateComplete: Promise.resolve(true) };
  const controller = new YMapController(host, () => maps, { atMostEveryMs });
  controller.hostConnected();
  return { host, controller };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

test('without a limit every change asks for a redraw', () => {
  const { map, change } = fakeMap();
  const { host } = hostWith([map]);
  for (let i = 0; i < 5; i++) change();
  expect(host.updates).toBe(5);
});

test('with a limit a burst redraws at once, then once per window, and the last change shows', () => {
  const { map, change } = fakeMap();
  const { host } = hostWith([map], 100);
  change();
  expect(host.updates).toBe(1); // the first change shows at once
  for (let i = 0; i < 50; i++) change();
  expect(host.updates).toBe(1);
  vi.advanceTimersByTime(100);
  expect(host.updates).toBe(2); // the burst's last state, once
  change();
  vi.advanceTimersByTime(99);
  expect(host.updates).toBe(2);
  vi.advanceTimersByTime(1);
  expect(host.updates).toBe(3);
  vi.advanceTimersByTime(1000); // quiet: nothing more
  expect(host.updates).toBe(3);
  change(); // after a quiet window a change shows at once again
  expect(host.updates).toBe(4);
});

test('a disconnected host gets no late redraw', () => {
  const { map, change } = fakeMap();
  const { host, controller } = hostWith([map], 100);
  change();
  change();
  controller.hostDisconnected();
  vi.advanceTimersByTime(500);
  expect(host.updates).toBe(1);
});
