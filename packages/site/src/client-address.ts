import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { z } from 'zod';

/**
 * The address a request comes from, for per-client limits: the admin's sign-in limits and a session's record, the
 * website's rate limit of its API and calendars. Both apps read it here, with the same `TRUSTED_PROXIES`. Behind a
 * reverse proxy the socket's peer is the proxy, so every client would share one count; the proxy says whom
 * it serves in `X-Forwarded-For`, which anyone can also send. So the header is read only when the peer is a
 * proxy the operator listed (`TRUSTED_PROXIES`), and then from the right: each proxy appends the address it was
 * connected from, so the rightmost entry that is not a trusted proxy is the client; whatever stands left of
 * it was written by the client and is ignored. Trusting nobody (the default) uses the socket's address.
 */

/** An IPv4 address mapped into IPv6 (`::ffff:10.0.0.1`, as a dual-stack socket reports it) as IPv4. */
const unmapped = (address: string): string => /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1] ?? address;

/**
 * One address of `X-Forwarded-For` or of the socket as a plain IP address, or null when it is none: a port
 * (`10.0.0.1:5678`, `[2001:db8::1]:443`) and brackets are dropped, a mapped IPv4 address unmapped.
 *
 * @example
 * plainAddress(' [2001:db8::1]:443 ') // '2001:db8::1'
 * plainAddress('::ffff:10.0.0.1') // '10.0.0.1'
 * plainAddress('unknown') // null
 */
export function plainAddress(text: string): string | null {
  const trimmed = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed)?.[1];
  const withoutPort = bracketed ?? (/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(trimmed)?.[1] || trimmed);
  const address = unmapped(withoutPort);
  return isIPv4(address) || isIPv6(address) ? address : null;
}

/**
 * One entry of `TRUSTED_PROXIES`: an IP address or a CIDR block (`10.0.0.0/8`, `fd00::/8`), or null when it
 * is neither.
 *
 * @example
 * proxyEntry('10.0.0.0/8') // { address: '10.0.0.0', prefix: 8, family: 'ipv4' }
 * proxyEntry('10.0.0.300') // null
 */
export function proxyEntry(text: string): { address: string; prefix?: number; family: 'ipv4' | 'ipv6' } | null {
  const [raw = '', prefixText, ...rest] = text.trim().split('/');
  const address = unmapped(raw);
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (!family || rest.length > 0) return null;
  if (prefixText === undefined) return { address, family };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > (family === 'ipv4' ? 32 : 128)) return null;
  return { address, prefix: Number(prefixText), family };
}

/**
 * Whether an address is one of the trusted proxies (addresses and blocks as `proxyEntry` reads them;
 * entries it cannot read are never trusted).
 *
 * @example
 * const trusted = trustedProxies(['10.0.0.0/8', '::1'])
 * trusted('10.1.2.3') // true
 * trusted('::ffff:10.1.2.3') // true
 * trusted('192.168.0.1') // false
 */
export function trustedProxies(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const e = proxyEntry(entry);
    if (!e) continue;
    if (e.prefix === undefined) list.addAddress(e.address, e.family);
    else list.addSubnet(e.address, e.prefix, e.family);
  }
  return (address) => {
    const plain = plainAddress(address);
    if (entries.length === 0 || plain === null) return false;
    return list.check(plain, isIPv4(plain) ? 'ipv4' : 'ipv6');
  };
}

/**
 * The client's address: the socket's peer, unless it is a trusted proxy; then the rightmost address of
 * `X-Forwarded-For` that is not a trusted proxy (the leftmost when all are). A header with something other
 * than an address where the client should be is not guessed at: the peer's address stands.
 *
 * @example
 * const trusted = trustedProxies(['10.0.0.2'])
 * clientAddress('203.0.113.9', '198.51.100.1', trusted) // '203.0.113.9' (no proxy: the header is the client's own word)
 * clientAddress('10.0.0.2', '198.51.100.1, 203.0.113.7', trusted) // '203.0.113.7' (what the proxy saw)
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: (address: string) => boolean,
): string {
  const socket = peer ?? 'unknown';
  if (!forwardedFor || !trusted(socket)) return socket;
  const hops = forwardedFor.split(',');
  let address: string | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    address = plainAddress(hops[i] ?? '');
    if (address === null) return socket;
    if (!trusted(address)) return address;
  }
  return address ?? socket;
}

/**
 * `TRUSTED_PROXIES` as both apps read it from the environment: comma-separated IP addresses or CIDR blocks, spaces
 * and empty entries ignored; empty (default) trusts nobody. Each entry is checked (`proxyEntry`), and a wrong one
 * is named in the error.
 *
 * @example
 * TRUSTED_PROXIES_SCHEMA.parse('10.0.0.1, fd00::/8') // ['10.0.0.1', 'fd00::/8']
 */
export const TRUSTED_PROXIES_SCHEMA = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .pipe(
    z.array(
      z.string().refine((entry) => proxyEntry(entry) !== null, {
        error: (issue) =>
          `expected an IP address or a CIDR block (10.0.0.1, 10.0.0.0/8, fd00::/8), got "${String(issue.input)}"`,
      }),
    ),
  );
