/** One presenter at a time (decision 0092): who presents, and this browser's device id. */
import { describe, expect, test } from 'vitest';
import { deviceIdOf } from '../../src/client/deck/device-id.ts';
import { isPresenter } from '../../src/shared/presenter.ts';

/** The part of Storage deviceIdOf uses, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) } as Storage;
}

describe('who presents', () => {
  test('the device the stage names presents; another device follows', () => {
    expect(isPresenter('laptop-a', 'laptop-a')).toBe(true);
    expect(isPresenter('laptop-a', 'laptop-b')).toBe(false);
  });

  test('a stage that names nobody (an old room, the first open) is taken by whoever opens it', () => {
    for (const named of [undefined, null, '', 42, { id: 'laptop-a' }]) expect(isPresenter(named, 'laptop-b')).toBe(true);
  });
});

describe("this browser's device id", () => {
  test('is made once and kept, so a reload keeps presenting', () => {
    const storage = memoryStorage();
    let made = 0;
    const make = () => `id-${++made}`;
    expect(deviceIdOf(storage, make)).toBe('id-1');
    expect(deviceIdOf(storage, make)).toBe('id-1');
    expect(made).toBe(1);
  });

  test('is 32 random hex digits, different per browser', () => {
    const [a, b] = [deviceIdOf(memoryStorage()), deviceIdOf(memoryStorage())];
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });
});
