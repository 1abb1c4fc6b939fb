/** The host names this server answers to: its own names and addresses, plus any configured. */
import type { NetworkInterfaceInfo } from 'node:os';

export function allowedHosts(options: {
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
  hostname: string;
  publicHost?: string;
  extra?: readonly string[];
}): Set<string> {
  const addresses = Object.values(options.interfaces)
    .flat()
    .filter((info): info is NetworkInterfaceInfo => !!info)
    .map((info) => info.address);
  const names = ['localhost', '127.0.0.1', '::1', options.hostname, `${options.hostname}.local`, ...addresses];
  if (options.publicHost) names.push(options.publicHost);
  return new Set([...names, ...(options.extra ?? [])].map((name) => name.trim().toLowerCase()).filter(Boolean));
}
