import { isIPv6 } from 'node:net';

/**
 * The client address that sign-in attempts are counted under: an IPv4 address
 * as it is, an IPv6 address by its /64 network (one subscriber commonly holds a
 * whole /64, so counting single addresses would give an attacker 2^64 fresh
 * counters). The address is the TCP peer's: the API trusts no X-Forwarded-For,
 * so behind a proxy every client counts as the proxy (docs/decisions/024).
 */
export function addressKey(remoteAddress: string | undefined): string {
  if (!remoteAddress) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(remoteAddress);
  if (mapped) return mapped[1]!;
  if (!isIPv6(remoteAddress)) return remoteAddress;
  return `${expandIPv6(remoteAddress).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, each as four lower-case hex digits ("::" expanded, a zone dropped). */
export function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('%')[0]!.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => g.padStart(4, '0'));
}
