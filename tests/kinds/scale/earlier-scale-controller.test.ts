import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import type { EarlierRoom, OpenEarlierRoom } from '../../../src/client/rooms/earlier-room-context.ts';
import { EarlierScaleController } from '../../../src/kinds/scale/views/earlier-scale-controller.ts';
import type { ScaleTally } from '../../../src/kinds/scale/model.ts';
import type { LiveRoom } from '../../../src/sync/live-room.ts';

const COMPARE = { deck: 'meting-1', exercise: 'zelfvertrouwen', line: 8 };
const TALLY: ScaleTally = { total: 2, counts: { 4: 1, 5: 1 }, mean: 4.5, median: 4.5 };

/** A Lit element as a controller sees it: it counts the updates it was asked for. */
function createHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void (host.updates += 1),
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host satisfies ReactiveControllerHost;
}

/** The earlier room as the controller uses it: its maps, its tally, and whether it was closed. */
function createEarlierRoom() {
  const doc = new Y.Doc();
  const room = { exercises: doc.getMap('exercises'), answers: doc.getMap('answers'), tallyOf: () => TALLY, isDestroyed: false, destroy: () => void (room.isDestroyed = true) };
  return room;
}

const found = (room: ReturnType<typeof createEarlierRoom>): EarlierRoom => ({ found: true, room: room as unknown as LiveRoom });

describe('EarlierScaleController', () => {
  afterEach(() => vi.restoreAllMocks());

  test('opens the compared deck with the loader the page provides, and counts what that room counted', async () => {
    const host = createHost();
    const room = createEarlierRoom();
    const asked: string[] = [];
    const open: OpenEarlierRoom = async (deckId) => {
      asked.push(deckId);
      return found(room);
    };
    const controller = new EarlierScaleController(host, () => open);
    expect(controller.tally()).toBeNull();
    controller.open(COMPARE);
    expect(controller.status).toBe('loading');
    await expect.poll(() => controller.status).toBe('ready');
    expect(asked).toEqual(['meting-1']);
    expect(controller.tally()).toEqual(TALLY);
  });

  test('re-renders its host when the earlier room changes, until the host leaves', async () => {
    const host = createHost();
    const room = createEarlierRoom();
    const controller = new EarlierScaleController(host, () => async () => found(room));
    controller.open(COMPARE);
    await expect.poll(() => controller.status).toBe('ready');
    const before = host.updates;
    room.answers.set('late', { round: 0, value: 3 });
    expect(host.updates).toBe(before + 1);
    host.disconnect();
    expect(room.isDestroyed).toBe(true);
    room.answers.set('later', { round: 0, value: 3 });
    expect(host.updates).toBe(before + 1);
  });

  test('reads as no room on a page that provides no loader', async () => {
    const controller = new EarlierScaleController(createHost(), () => undefined);
    controller.open(COMPARE);
    await expect.poll(() => controller.status).toBe('no-room');
  });

  test('says it failed when the loader fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing: OpenEarlierRoom = async () => {
      throw new Error('server weg');
    };
    const controller = new EarlierScaleController(createHost(), () => failing);
    controller.open(COMPARE);
    await expect.poll(() => controller.status).toBe('failed');
  });

  test('closes a room that arrives after its host left', async () => {
    const host = createHost();
    const room = createEarlierRoom();
    let arrive: (earlier: EarlierRoom) => void = () => {};
    const controller = new EarlierScaleController(host, () => () => new Promise((resolve) => (arrive = resolve)));
    controller.open(COMPARE);
    host.disconnect();
    arrive(found(room));
    await expect.poll(() => room.isDestroyed).toBe(true);
    expect(controller.status).toBe('idle');
    expect(controller.tally()).toBeNull();
  });
});
