/**
 * Sliding session expiry. A session ends after `SESSION_IDLE_MS` without a request, and in any case
 * `SESSION_MAX_MS` after signing in. Both live in the store: a session is made to end an idle period
 * after signing in, and each request moves that end (`store.sessions.extend`, never past the maximum),
 * so every admin process, and this one after a restart, agrees when a session ends. Nothing about it
 * is kept in the browser beyond the session's token.
 */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** The end is moved at most once a minute: more often would write to the store on every request for nothing. */
export const ACTIVITY_RENEW_MS = 60 * 1000;
/**
 * How far the clocks of two admin machines may disagree: a session ending more than an idle period
 * plus this from now was not made to slide (see app.tsx).
 */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
