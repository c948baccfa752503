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

/**
 * Where a POST came from when that is not this admin, as a second line of defence behind the token: the
 * browser's Origin header when it names another origin (or `null`, an opaque one: a sandboxed frame, a
 * redirect from elsewhere), or Sec-Fetch-Site when it says `cross-site` or `same-site` (a sibling subdomain is
 * another origin too). This admin is its own `ADMIN_URL` or the host the request was sent to (a proxy in
 * front may know the admin by a name `ADMIN_URL` does not). A request without either header (an old browser,
 * a script) is left to the token.
 *
 * @example
 * foreignOrigin({ origin: 'https://evil.example', host: 'admin.example.org' }, 'https://admin.example.org')
 * // 'https://evil.example'
 */
export function foreignOrigin(
  headers: { origin?: string | undefined; host?: string | undefined; secFetchSite?: string | undefined },
  adminUrl: string,
): string | null {
  const { origin, host, secFetchSite } = headers;
  if (origin !== undefined) {
    if (origin === new URL(adminUrl).origin) return null;
    try {
      if (origin !== 'null' && new URL(origin).host === host) return null;
    } catch {
      // Not a URL: not this admin.
    }
    return origin.slice(0, 200);
  }
  if (secFetchSite === 'cross-site' || secFetchSite === 'same-site') return `Sec-Fetch-Site: ${secFetchSite}`;
  return null;
}
