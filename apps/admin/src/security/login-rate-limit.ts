import type { AdminStore } from '../store-contract.js';

/**
 * Sign-in rate limits, counted in the store (`store.rateLimits`) so that they survive a restart and
 * every admin process sees the same counters. Each attempt counts against the account (the e-mail as
 * typed, lower-cased) and against the client address; a successful sign-in clears the account's count
 * and takes itself back from the address's.
 * Attempts are counted before the password is checked, so a refused attempt never tells whether the
 * password was right.
 */
export interface LoginLimits {
  windowMs: number;
  maxPerAccount: number;
  maxPerAddress: number;
}

export const accountKey = (email: string): string => `login:account:${email.toLowerCase()}`;
export const addressKey = (address: string): string => `login:address:${address}`;

export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts one sign-in attempt for `email` from `address`; refused when either count is over its limit.
 *
 * @example
 * await countLoginAttempt(store, { windowMs: 900_000, maxPerAccount: 5, maxPerAddress: 50 }, 'ed@x.pl', '10.0.0.1')
 * // { allowed: true } five times, then { allowed: false, retryAfterMs: 899_870 }
 */
export async function countLoginAttempt(
  store: Pick<AdminStore, 'rateLimits'>,
  limits: LoginLimits,
  email: string,
  address: string,
): Promise<LoginAttempt> {
  const byAccount = await store.rateLimits.hit(accountKey(email), limits.windowMs, limits.maxPerAccount);
  const byAddress = await store.rateLimits.hit(addressKey(address), limits.windowMs, limits.maxPerAddress);
  if (byAccount.allowed && byAddress.allowed) return { allowed: true };
  const waits = [byAccount, byAddress].filter((h) => !h.allowed).map((h) => h.retryAfterMs);
  return { allowed: false, retryAfterMs: Math.max(1000, ...waits) };
}

/**
 * After a successful sign-in: clears the account's count and takes back this attempt from the
 * address's, so colleagues signing in from one office address never lock each other out; only
 * failed attempts add up.
 */
export async function loginSucceeded(
  store: Pick<AdminStore, 'rateLimits'>,
  email: string,
  address: string,
): Promise<void> {
  await store.rateLimits.reset(accountKey(email));
  await store.rateLimits.forgive(addressKey(address));
}
