import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens. Signed-in staff: the token is an HMAC of a fixed label under the session's own secret
 * (kept in the database with the session), so it is valid exactly as long as the session is.
 * Before sign-in (login and setup forms): a random value in an HttpOnly cookie that the form repeats.
 */
export const sessionCsrfToken = (csrfSecret: string): string =>
  createHmac('sha256', csrfSecret).update('mosty-admin-csrf-v1').digest('base64url');

/** A fresh random value for the pre-sign-in CSRF cookie. */
export const newPreSessionToken = (): string => randomBytes(32).toString('base64url');

/** Compares a submitted token with the expected one in constant time. */
export function tokensMatch(expected: string, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length === 0 || submitted.length > 200) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}
