/**
 * The headers that tell a browser what a response may do. Pages run no script of ours, so their
 * policy allows none: styles come from the site's own stylesheet, images from anywhere (a funder's
 * logo is linked from the funder's site), and the event list's filter form goes to the site
 * (SITE_URL's origin too, where links are absolute). Everything that is not a page (feeds,
 * calendars, the JSON API) may load nothing at all. A page may be framed by the site itself only.
 */
export interface SecurityHeaders {
  /** For `text/html` responses. */
  readonly page: Readonly<Record<string, string>>;
  /** For everything else. */
  readonly other: Readonly<Record<string, string>>;
}

/**
 * The website's security headers for a site whose links lead to `siteUrl`.
 *
 * @example
 * securityHeaders('https://mosty.example/fundacja').page['content-security-policy']
 * // "default-src 'none'; style-src 'self' https://mosty.example; img-src * data:; form-action 'self' https://mosty.example; base-uri 'none'; frame-ancestors 'self'"
 */
export function securityHeaders(siteUrl: string): SecurityHeaders {
  const origin = new URL(siteUrl).origin;
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
  return {
    page: {
      'content-security-policy': [
        "default-src 'none'",
        `style-src 'self' ${origin}`,
        'img-src * data:',
        `form-action 'self' ${origin}`,
        "base-uri 'none'",
        "frame-ancestors 'self'",
      ].join('; '),
      'x-frame-options': 'SAMEORIGIN',
      ...common,
    },
    other: {
      'content-security-policy': "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      ...common,
    },
  };
}

/** The headers for a response of `contentType`. */
export const securityHeadersFor = (headers: SecurityHeaders, contentType: string | null | undefined) =>
  contentType?.startsWith('text/html') ? headers.page : headers.other;
