import { isIPv6 } from 'node:net';
import type { AdminStore } from '../store-contract.js';

/**
 * Sign-in rate limits, counted in the store (`store.rateLimits`) so that they survive a restart and
 * every admin process sees the same counters. Attempts are counted before the password is checked, so a
 * refused attempt never tells whether the password was right. Four counters, checked in this order, each
 * counting only the attempts the one before let through:
 *
 * - per client address, across accounts (`maxPerAddress` per `windowMs`): one address guessing many accounts;
 * - per IPv6 /48 (`maxPerNetwork` per `windowMs`, four times `maxPerAddress`): a /48 is what one site is routed,
 *   65,536 /64s, so counting only by /64 would hand whoever holds one 65,536 addresses' worth of attempts. An IPv4
 *   address has no such counter: one subscriber seldom holds more than a few;
 * - per account from one address (`maxPerAccount` per `windowMs`): one address guessing one account. It is the
 *   pair, not the account, so that whoever knows a colleague's e-mail cannot lock them out by failing five
 *   times from elsewhere: their own address has its own count;
 * - per account from every address (`maxPerAccountAnywhere` per `accountWindowMs`): guessing one account
 *   from many addresses. This one can still lock the owner out, and that is the trade-off: without it a
 *   botnet guesses without bound. It is higher and its window shorter, so that locking the owner out takes
 *   more addresses than one account's count allows each (20 in 5 minutes is 4 addresses at 5 each, again
 *   every 5 minutes) and ends 5 minutes after the attack does, while guessing stays slow (20 in 5 minutes,
 *   whatever the addresses). Attempts one address makes past its own counts are refused before this counter,
 *   so one address alone can never reach it.
 *
 * A successful sign-in clears the account's counts and takes itself back from the address's, so only
 * failures add up. An IPv6 address is counted by its /64, the block one subscriber is given: counting each
 * address alone would hand anyone with a /64 as many attempts as they like.
 *
 * These limit guessing; they do not limit how many passwords are hashed at once across many addresses (fresh
 * e-mails, each with its own counts): `login-hash-gate.ts` does.
 */
export interface LoginLimits {
  windowMs: number;
  maxPerAccount: number;
  maxPerAddress: number;
  maxPerNetwork: number;
  accountWindowMs: number;
  maxPerAccountAnywhere: number;
}

/**
 * What a client address is counted as: an IPv4 address (also one mapped into IPv6) as it is, an IPv6 one by
 * its first 64 bits.
 *
 * @example
 * addressBucket('::ffff:10.0.0.1') // '10.0.0.1'
 * addressBucket('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 */
export function addressBucket(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

/**
 * The IPv6 /48 an address is in, or null for an IPv4 address (also one mapped into IPv6).
 *
 * @example
 * networkBucket('2001:db8:1:2:aaaa::1') // '2001:db8:1::/48'
 * networkBucket('10.0.0.1') // null
 */
export function networkBucket(address: string): string | null {
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(address)) return null;
  const groups = ipv6Groups(address);
  return groups ? `${groups.slice(0, 3).join(':')}::/48` : null;
}

/** An IPv6 address's eight groups, in lower-case hex without leading zeros; null when it is not IPv6. */
function ipv6Groups(address: string): string[] | null {
  const plain = address.split('%')[0] ?? address;
  if (!isIPv6(plain)) return null;
  const [head = '', tail] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}

const account = (email: string) => email.toLowerCase();
export const accountKey = (email: string): string => `login:account:${account(email)}`;
export const pairKey = (email: string, address: string): string =>
  `login:pair:${addressBucket(address)}:${account(email)}`;
export const addressKey = (address: string): string => `login:address:${addressBucket(address)}`;
export const networkKey = (address: string): string | null => {
  const network = networkBucket(address);
  return network === null ? null : `login:network:${network}`;
};

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts one sign-in attempt for `email` from `address`; refused at the first count over its limit.
 *
 * @example
 * const limits = { windowMs: 900_000, maxPerAccount: 5, maxPerAddress: 50, maxPerNetwork: 200, accountWindowMs: 300_000, maxPerAccountAnywhere: 20 };
 * await countLoginAttempt(store, limits, 'ed@x.pl', '10.0.0.1')
 * // { allowed: true } five times, then { allowed: false, retryAfterMs: 899_870 }; from '10.0.0.2' allowed again
 */
export async function countLoginAttempt(
  store: Pick<AdminStore, 'rateLimits'>,
  limits: LoginLimits,
  email: string,
  address: string,
): Promise<LoginAttempt> {
  const network = networkKey(address);
  const counts: [string, number, number][] = [
    [addressKey(address), limits.windowMs, limits.maxPerAddress],
    ...(network === null ? [] : [[network, limits.windowMs, limits.maxPerNetwork] as [string, number, number]]),
    [pairKey(email, address), limits.windowMs, limits.maxPerAccount],
    [accountKey(email), limits.accountWindowMs, limits.maxPerAccountAnywhere],
  ];
  for (const [key, windowMs, max] of counts) {
    const hit = await store.rateLimits.hit(key, windowMs, max);
    if (!hit.allowed) return { allowed: false, retryAfterMs: Math.max(1000, hit.retryAfterMs) };
  }
  return { allowed: true };
}

/**
 * After a successful sign-in: clears the account's counts and takes back this attempt from the
 * address's, so colleagues signing in from one office address never lock each other out; only
 * failed attempts add up.
 */
export async function loginSucceeded(
  store: Pick<AdminStore, 'rateLimits'>,
  email: string,
  address: string,
): Promise<void> {
  await store.rateLimits.reset(pairKey(email, address));
  await store.rateLimits.reset(accountKey(email));
  await store.rateLimits.forgive(addressKey(address));
  const network = networkKey(address);
  if (network !== null) await store.rateLimits.forgive(network);
}

/**
 * Takes back an attempt `countLoginAttempt` let through but whose password was never checked (the admin was too
 * busy hashing, `login-hash-gate.ts`): it is no guess, and someone retrying while the admin is busy must not lock
 * themselves out.
 */
export async function loginNotAttempted(
  store: Pick<AdminStore, 'rateLimits'>,
  email: string,
  address: string,
): Promise<void> {
  const network = networkKey(address);
  for (const key of [
    addressKey(address),
    ...(network === null ? [] : [network]),
    pairKey(email, address),
    accountKey(email),
  ])
    await store.rateLimits.forgive(key);
}
