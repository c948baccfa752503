/**
 * Limits failed sign-ins per account and per client address in a sliding window.
 *
 * IN-PROCESS ONLY: `@org/store` offers no table for counters, so these live in this process's
 * memory. They are lost on restart and not shared between admin processes; move them into the
 * store when it offers a place for them (see the admin's report).
 */
export interface RateLimitOptions {
  windowMs: number;
  maxPerAccount: number;
  maxPerAddress: number;
  now: () => number;
}

export const DEFAULT_RATE_LIMIT: Omit<RateLimitOptions, 'now'> = {
  windowMs: 15 * 60_000,
  maxPerAccount: 5,
  maxPerAddress: 20,
};

export class InProcessLoginRateLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #options: RateLimitOptions;

  constructor(options: Partial<RateLimitOptions> = {}) {
    this.#options = { ...DEFAULT_RATE_LIMIT, now: Date.now, ...options };
  }

  #recent(key: string): number[] {
    const since = this.#options.now() - this.#options.windowMs;
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, kept);
    return kept;
  }

  /** Whether another attempt for this account from this address may be tried now. */
  allows(account: string, address: string): boolean {
    return (
      this.#recent(`a:${account.toLowerCase()}`).length < this.#options.maxPerAccount &&
      this.#recent(`ip:${address}`).length < this.#options.maxPerAddress
    );
  }

  /** Records a failed attempt against both the account and the address. */
  fail(account: string, address: string): void {
    const now = this.#options.now();
    for (const key of [`a:${account.toLowerCase()}`, `ip:${address}`])
      this.#failures.set(key, [...this.#recent(key), now]);
  }

  /** Forgets the account's failures after a successful sign-in (the address keeps its count). */
  succeed(account: string): void {
    this.#failures.delete(`a:${account.toLowerCase()}`);
  }
}
