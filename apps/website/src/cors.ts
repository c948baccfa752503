/**
 * CORS for what other sites may read from a browser: the JSON API, and the data files (feeds, calendars,
 * sitemaps), e.g. a municipality's widget of coming events. Validators (ETag, Last-Modified) are visible
 * and conditional requests (If-None-Match, If-Modified-Since) allowed. Pages need none.
 */
export const READ_CORS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Last-Modified',
};

/**
 * `READ_CORS` for an answer that tells the client its rate limit (`rate-limit.ts`): a page on another site may read
 * how long to wait and how many requests are left.
 */
export const READ_CORS_RATE_LIMITED: Readonly<Record<string, string>> = {
  ...READ_CORS,
  'access-control-expose-headers': `${READ_CORS['access-control-expose-headers']}, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset`,
};

/** The answer to a preflight of a conditional GET of something `READ_CORS` opens, kept a day by browsers. */
export const READ_PREFLIGHT: Readonly<Record<string, string>> = {
  ...READ_CORS,
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
  'access-control-max-age': '86400',
};
