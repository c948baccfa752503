/**
 * The headers that tell a browser what a response may do. The server's pages run no script, so their
 * policy allows none (a static copy's allow its search script, see `securityHeaders`): styles come from the site's own stylesheet, images from anywhere (a funder's
 * logo is linked from the funder's site), and the event list's filter form goes to the site
 * (SITE_URL's origin too, where links are absolute). Everything that is not a page (feeds,
 * calendars, the JSON API) may load nothing at all. A page may be framed by the site itself only.
 *
 * A site served over https (SITE_URL) also tells browsers to ask for nothing over plain http for a year
 * (HSTS), so that a first visit typed without `https://` cannot be held on http by someone on the
 * network. For the site's own host only, not `includeSubDomains`: the website may live under a path of
 * the foundation's own domain, whose other subdomains are not ours to decide. Over http the header is
 * left out (browsers ignore it there, and local development runs on http).
 */
export interface SecurityHeaders {
  /** For `text/html` responses. */
  readonly page: Readonly<Record<string, string>>;
  /** For everything else. */
  readonly other: Readonly<Record<string, string>>;
}

/** A year, in seconds: what browsers and the HSTS preload rules take as a long-lived policy. */
export const HSTS_MAX_AGE = 31_536_000;

/**
 * The website's security headers for a site whose links lead to `siteUrl`; with `staticCopy`, those a web server
 * serving the static export should send, whose pages run one script of the copy's own (the lists' search box:
 * static-search.ts in @org/site), which reads the copy's search files.
 *
 * @example
 * securityHeaders('https://mosty.example/fundacja').page['content-security-policy']
 * // "default-src 'none'; style-src 'self' https://mosty.example; img-src * data:; form-action 'self' https://mosty.example; base-uri 'none'; frame-ancestors 'self'"
 */
export function securityHeaders(siteUrl: string, options: { staticCopy?: boolean } = {}): SecurityHeaders {
  const url = new URL(siteUrl);
  const origin = url.origin;
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
  if (url.protocol === 'https:') common['strict-transport-security'] = `max-age=${HSTS_MAX_AGE}`;
  return {
    page: {
      'content-security-policy': [
        "default-src 'none'",
        `style-src 'self' ${origin}`,
        // A static copy's lists search in the browser: its one script, from the copy, reading the copy's files.
        ...(options.staticCopy ? [`script-src 'self' ${origin}`, `connect-src 'self' ${origin}`] : []),
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
