import { createHmac } from 'node:crypto';
import { tokensMatch } from './csrf.js';

/**
 * Sliding session expiry. A session ends after `SESSION_IDLE_MS` without a request, and in any case
 * `SESSION_MAX_MS` after signing in (the store's own expiry, fixed at sign-in, is that maximum). The
 * time of the last request travels in a cookie signed under the session's secret (kept in the database,
 * never sent to the browser): a browser cannot move it forward, only send an older stamp, which ends
 * the session sooner. The store is not written on every request.
 */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** The stamp is renewed at most once a minute: more often would set a cookie on every response for nothing. */
export const ACTIVITY_RENEW_MS = 60 * 1000;

const mac = (secret: string, atMs: number) =>
  createHmac('sha256', secret).update(`mosty-admin-activity-v1:${atMs}`).digest('base64url');

/** The signed stamp of a request at `atMs`, for the `active` cookie. */
export const activityStamp = (secret: string, atMs: number): string => `${atMs}.${mac(secret, atMs)}`;

/**
 * The time of the last request of the session whose secret is `secret`, from its stamp; null when the
 * stamp is missing, malformed, signed under another secret or from the future.
 */
export function lastActivity(secret: string, stamp: string | undefined, nowMs: number): number | null {
  const match = /^(\d{1,15})\.([\w-]{1,100})$/.exec(stamp ?? '');
  if (!match?.[1] || !match[2]) return null;
  const at = Number(match[1]);
  if (!tokensMatch(mac(secret, at), match[2]) || at > nowMs + ACTIVITY_RENEW_MS) return null;
  return at;
}
