/** The address a phone on the same wifi can reach this machine at. */
import type { NetworkInterfaceInfo } from 'node:os';

/** First non-internal IPv4 address, preferring private ranges (venue wifi, phone hotspot). */
export function pickLanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string | null {
  const candidates = Object.values(interfaces)
    .flat()
    .filter((info): info is NetworkInterfaceInfo => !!info && info.family === 'IPv4' && !info.internal)
    .map((info) => info.address);
  const isPrivate = (address: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}
