/**
 * The screens' redraw limit (YMapController `atMostEveryMs`): a burst of room changes redraws at
 * once, then at most once per window, and the last change always shows. Fake timers: the rule is
 * about a clock, not about how fast this machine is.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { YMapController, type AnyMap, type ChangeEvent } from '../../src/client/lib/y-map-controller.ts';

function fakeMap() {
  const observers = new Set<(event: ChangeEvent) => void>();
  const map: AnyMap = { observe: (f) => void observers.add(f), unobserve: (f) => void observers.delete(f) };
  const tell = (local: boolean) => observers.forEach((f) => f({ transaction: { local } }));
  // `change` is what arrives from others (phones); `changeHere` is what this page did itself.
  return { map, change: () => tell(false), changeHere: () => tell(true) };
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

test("the page's own change redraws at once, even inside a window", () => {
  const { map, change, changeHere } = fakeMap();
  const { host } = hostWith([map], 100);
  change();
  change(); // held back
  expect(host.updates).toBe(1);
  changeHere(); // the trainer's click
  expect(host.updates).toBe(2);
  vi.advanceTimersByTime(100);
  expect(host.updates).toBe(3); // the held-back change still shows once
});

test('a real Y.Map tells its own changes from arriving ones', async () => {
  vi.useRealTimers();
  const Y = await import('yjs');
  const here = new Y.Doc();
  const there = new Y.Doc();
  const { host } = hostWith([here.getMap('answers')], 100);
  there.getMap('answers').set('a', 1);
  Y.applyUpdate(here, Y.encodeStateAsUpdate(there)); // arrives: shows at once (first of a burst)
  there.getMap('answers').set('b', 2);
  Y.applyUpdate(here, Y.encodeStateAsUpdate(there)); // arrives within the window: held back
  expect(host.updates).toBe(1);
  here.getMap('answers').set('c', 3); // made here: at once
  expect(host.updates).toBe(2);
});
