/**
 * How long the primary waits before it replaces a server process that ended unexpectedly: 1 s, doubling
 * with each crash to at most 30 s, so a process that dies at start (a database that is down, a bad
 * deployment) is retried without spinning a core; back to 1 s once a process had served for 60 s, so one
 * crash a day is replaced at once.
 */
export const RESTART_BACKOFF = { firstMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 } as const;

/**
 * The wait before the next replacement, given the last wait (undefined before the first) and how long
 * the process that ended had lived.
 *
 * @example
 * restartDelay(undefined, 500) // 1000
 * restartDelay(16_000, 500) // 30000
 * restartDelay(30_000, 120_000) // 1000
 */
export function restartDelay(previousMs: number | undefined, livedMs: number): number {
  if (previousMs === undefined || livedMs >= RESTART_BACKOFF.resetAfterMs) return RESTART_BACKOFF.firstMs;
  return Math.min(previousMs * 2, RESTART_BACKOFF.maxMs);
}
