import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The admin's cookies: always `HttpOnly` and `SameSite=Lax`; `Secure` with the `__Host-` prefix
 * behind TLS (the prefix makes the browser refuse the cookie from a sub-domain or another path).
 */
export interface CookiePolicy {
  secure: boolean;
}

export type CookieName = 'session' | 'csrf' | 'lang';

const fullName = (policy: CookiePolicy, name: CookieName) => (policy.secure ? `__Host-mosty_${name}` : `mosty_${name}`);

export function readCookie(c: Context, policy: CookiePolicy, name: CookieName): string | undefined {
  return getCookie(c, fullName(policy, name));
}

export function writeCookie(
  c: Context,
  policy: CookiePolicy,
  name: CookieName,
  value: string,
  maxAgeSeconds?: number,
): void {
  setCookie(c, fullName(policy, name), value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: policy.secure,
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  });
}

export function clearCookie(c: Context, policy: CookiePolicy, name: CookieName): void {
  deleteCookie(c, fullName(policy, name), { path: '/', secure: policy.secure });
}
