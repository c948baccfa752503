import { isIPv6 } from 'node:net';
import { plainAddress } from '@org/site';

/**
 * A per-client request limit for what the page cache cannot absorb (the JSON API, calendars rendered for a
 * filter): at most `limit` requests in a window of `windowMs` that starts at a client's first request. A fixed
 * window, not a sliding one: one counter per client, so a client may make up to twice the limit across the end
 * of one window and the start of the next, which is still a bound on the work one client causes.
 *
 * Memory is bounded: the clients are kept in the order their windows started, so the ones whose window ended are
 * dropped from the front on each call (amortised O(1)), and at most `maxClients` are kept; past that the oldest
 * window is forgotten early, so a flood of addresses loosens the limit for the oldest clients rather than
 * growing the process. The state is the process's own: with `WORKERS` > 1 each server process counts apart.
 */
export interface RateLimitOptions {
  /** Requests allowed per client in a window; at least 1. */
  limit: number;
  /** The window, in milliseconds; a minute by default. */
  windowMs?: number;
  /** Clients remembered at once; 100 000 by default (some 15 MB at most). */
  maxClients?: number;
  /** A clock in milliseconds that never goes back; `performance.now` by default (wall-clock changes do not move it). */
  now?: () => number;
}

/** What a request left of its client's allowance, for the answer's headers. */
export interface RateLimitHit {
  /** Whether the request may be served. */
  allowed: boolean;
  limit: number;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Whole seconds until the window ends, at least 1 (Retry-After, RateLimit-Reset). */
  resetSeconds: number;
}

const MINUTE = 60_000;

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;
  // Insertion order is the order windows started (a client starting a new window is deleted and set again),
  // which is what lets `#sweep` stop at the first window still running.
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(options: RateLimitOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 1)
      throw new RangeError(`RateLimiter: limit must be a whole number of at least 1, got ${options.limit}`);
    this.limit = options.limit;
    this.windowMs = options.windowMs ?? MINUTE;
    this.#maxClients = Math.max(1, options.maxClients ?? 100_000);
    this.#now = options.now ?? (() => performance.now());
  }

  /** Clients with a window running (for tests and monitoring). */
  get size(): number {
    return this.#windows.size;
  }

  /**
   * Counts one request of `client` (a key from `rateLimitKey`) and says whether it is within the limit. A
   * refused request is not counted: a client that waits out Retry-After gets a whole window.
   *
   * @example
   * const limiter = new RateLimiter({ limit: 1, now: () => 0 })
   * limiter.hit('203.0.113.7') // { allowed: true, limit: 1, remaining: 0, resetSeconds: 60 }
   * limiter.hit('203.0.113.7') // { allowed: false, limit: 1, remaining: 0, resetSeconds: 60 }
   */
  hit(client: string): RateLimitHit {
    const t = this.#now();
    this.#sweep(t);
    let window = this.#windows.get(client);
    // Swept already unless the clock went back; then a window that has ended still ends here.
    if (window && window.start + this.windowMs <= t) {
      this.#windows.delete(client);
      window = undefined;
    }
    if (!window) {
      if (this.#windows.size >= this.#maxClients) {
        const oldest = this.#windows.keys().next();
        if (!oldest.done) this.#windows.delete(oldest.value);
      }
      window = { start: t, count: 0 };
      this.#windows.set(client, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - t) / 1000));
    if (window.count >= this.limit) return { allowed: false, limit: this.limit, remaining: 0, resetSeconds };
    window.count++;
    return { allowed: true, limit: this.limit, remaining: this.limit - window.count, resetSeconds };
  }

  #sweep(t: number): void {
    for (const [client, window] of this.#windows) {
      if (window.start + this.windowMs > t) return;
      this.#windows.delete(client);
    }
  }
}

/**
 * The key a client is counted under: its address as `plainAddress` reads it (an IPv4 address mapped into IPv6 as
 * IPv4), and for IPv6 its /64 network, since one household or phone is given a whole /64 and could otherwise
 * take a fresh address for every request. Anything that is no address (`unknown`) is its own key.
 *
 * @example
 * rateLimitKey('::ffff:203.0.113.7') // '203.0.113.7'
 * rateLimitKey('2001:db8:0:1:aaaa::1') // '2001:db8:0:1::/64'
 */
export function rateLimitKey(address: string): string {
  const plain = plainAddress(address);
  if (plain === null || !isIPv6(plain)) return plain ?? address;
  const [head = '', tail] = (plain.split('%')[0] ?? '').split('::');
  // A dotted IPv4 tail (`64:ff9b::198.51.100.1`) fills two groups, both past the first four.
  const groups = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${all
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * The headers telling a client its allowance (the fields of draft-ietf-httpapi-ratelimit-headers as most clients
 * read them, each its own header), and `Retry-After` when it is refused. `READ_CORS_RATE_LIMITED` lets other sites read them.
 *
 * @example
 * rateLimitHeaders({ allowed: false, limit: 600, remaining: 0, resetSeconds: 17 })
 * // { 'ratelimit-limit': '600', 'ratelimit-remaining': '0', 'ratelimit-reset': '17', 'retry-after': '17' }
 */
export function rateLimitHeaders(hit: RateLimitHit): Record<string, string> {
  const headers: Record<string, string> = {
    'ratelimit-limit': String(hit.limit),
    'ratelimit-remaining': String(hit.remaining),
    'ratelimit-reset': String(hit.resetSeconds),
  };
  if (!hit.allowed) headers['retry-after'] = String(hit.resetSeconds);
  return headers;
}
