import type { MiddlewareHandler } from 'hono';

/**
 * The content security policy: scripts and styles only from our own origin (the browser bundle and
 * the stylesheet are files, never inline), no framing of the admin by anyone, forms post only here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * HSTS for a year, subdomains included: once a browser has seen the admin over https it never tries it over http
 * again, so nobody on the path can strip TLS from a later visit and read a session cookie or a password.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Sets the security headers on every response; HTML is never cached (it carries CSRF tokens). `adminUrl` is the
 * admin's own address (`ADMIN_URL`): when it is https, every response also carries `Strict-Transport-Security`.
 * Not over http, where browsers ignore it (RFC 6797 §8.1) and where local development runs.
 *
 * @example
 * app.use(securityHeaders('https://admin.example.org')) // … Strict-Transport-Security: max-age=31536000; includeSubDomains
 */
export const securityHeaders = (adminUrl: string): MiddlewareHandler => {
  const https = new URL(adminUrl).protocol === 'https:';
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (https) h.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'same-origin');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (!c.req.path.startsWith('/assets/')) h.set('Cache-Control', 'no-store');
  };
};
