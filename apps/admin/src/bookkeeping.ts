import type { Store } from '@org/store';
import type { AdminEnv } from './env.js';
import { FORM_TOKEN_WINDOW_MS } from './security/form-token.js';

/** How often a running admin prunes the store's bookkeeping: counters and sessions pile up slowly. */
export const PRUNE_EVERY_MS = 3_600_000;

/**
 * The longest window any of the admin's counters in `store.rateLimits` is counted in: a counter whose window
 * started that long ago can no longer refuse anything, so pruning it loses nothing. Every limiter's window
 * belongs here (`src/security/login-rate-limit.ts`, the create forms' tokens of `src/security/form-token.ts`), or pruning would reset a count still being kept.
 */
export const longestCounterWindowMs = (env: AdminEnv): number =>
  Math.max(env.loginLimits.windowMs, env.loginLimits.accountWindowMs, FORM_TOKEN_WINDOW_MS);

/** Deletes ended counters and sessions; how many of each went. */
export async function pruneBookkeeping(
  store: Pick<Store, 'rateLimits' | 'sessions'>,
  env: AdminEnv,
): Promise<{ counters: number; sessions: number }> {
  const counters = await store.rateLimits.prune(longestCounterWindowMs(env));
  const sessions = await store.sessions.prune();
  return { counters, sessions };
}

/**
 * Prunes now, then every `PRUNE_EVERY_MS` on a timer that does not keep the process alive; resolves once the
 * first prune is done (a failure is logged, not thrown: bookkeeping left for an hour harms nothing).
 * `stop` ends the timer.
 *
 * @example
 * const pruning = await startPruning(store, env, console.error);
 * process.once('SIGTERM', () => pruning.stop());
 */
export async function startPruning(
  store: Pick<Store, 'rateLimits' | 'sessions'>,
  env: AdminEnv,
  logError: (message: string, cause: unknown) => void,
): Promise<{ stop(): void }> {
  const prune = () =>
    pruneBookkeeping(store, env).catch((err: unknown) =>
      logError('admin: pruning ended sessions and sign-in counters failed.', err),
    );
  await prune();
  const timer = setInterval(prune, PRUNE_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
