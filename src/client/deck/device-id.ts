/**
 * This browser's device id for presenting (decision 0092): made once, kept in its storage, so a
 * reload or a crash of the deck keeps presenting. Tabs of one browser share it.
 */
const DEVICE_KEY = 'mentorwijs:device';

export function deviceIdOf(storage: Storage, makeId: () => string = newDeviceId): string {
  const stored = storage.getItem(DEVICE_KEY);
  if (stored) return stored;
  const id = makeId();
  storage.setItem(DEVICE_KEY, id);
  return id;
}

/** 16 random bytes as hex: getRandomValues, unlike randomUUID, also works on plain http on the venue wifi. */
function newDeviceId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
